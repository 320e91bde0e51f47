// One department's agents over the period: a stacked chart and a table (supervisionAgents).
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import type { SupervisionAgents } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../case/messages';
import { statusSeries, type Period } from './figures';
import { UChart } from './UChart';
import { UnitTable } from './UnitTable';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: SupervisionAgents };

export function AgentFigures({ departmentId, period }: { departmentId: string; period: Period }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call('supervisionAgents', { query: { departmentId, from: period.from, to: period.to } })
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [departmentId, period.from, period.to, attempt]);

  if (state.status === 'loading') return <View className='dash-status'>加载人员数据…</View>;
  if (state.status === 'error') {
    return (
      <View className='dash-status'>
        <Text className='dash-error'>{state.message}</Text>
        <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
          重试
        </Button>
      </View>
    );
  }
  const { data } = state;
  const units = data.agents.map((a) => ({ id: a.agentId, name: a.agentName, figures: a.figures }));
  return (
    <View className='dash-card dash-agents'>
      <Text className='dash-card-title'>{data.departmentName}：代办帮办员</Text>
      {data.unaccepted > 0 && <Text className='dash-tone-near dash-line'>尚未受理 {data.unaccepted} 件</Text>}
      {units.length === 0 ? (
        <View className='dash-empty'>本期间暂无人员数据</View>
      ) : (
        <>
          <UChart id={`dash-agents-${departmentId}`} label='人员办理情况' kind='bar' stacked {...statusSeries(units)} height={Math.max(240, 90 * units.length)} />
          <UnitTable rows={units} />
        </>
      )}
    </View>
  );
}
