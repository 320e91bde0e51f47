// 取号叫号: per service point and queue over the period, tickets issued, served and missed, the
// average and longest wait and the average service time, and the tickets taken per hour of the day.
import { Text, View } from '@tarojs/components';
import type { QueueFiguresResponse } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../case/messages';
import { ChipGroup } from '../catalogueAdmin/ChipGroup';
import type { Period } from './figures';
import { hourSeries, minutes, pointsOf, totalsOf } from './queueFigures';
import { UChart } from './UChart';
import '../catalogueAdmin/catalogueAdmin.scss';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: QueueFiguresResponse };

export function PointQueues({ period }: { period: Period }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [pointId, setPointId] = useState<string>();
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call('supervisionQueues', { query: { from: period.from, to: period.to } })
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [period]);

  const all = state.status === 'ready' ? state.data.queues : [];
  // The busiest points first; the busiest shown until the bureau picks another.
  const points = pointsOf(all).sort((a, b) => b.issued - a.issued);
  const shownId = pointId && points.some((p) => p.id === pointId) ? pointId : points[0]?.id;
  const shown = all.filter((q) => q.pointId === shownId);
  const total = totalsOf(all);
  const pointName = points.find((p) => p.id === shownId)?.name ?? '';

  return (
    <View className='dash-card dash-queues'>
      <Text className='dash-card-title'>取号叫号（按取号日期）</Text>
      {state.status === 'loading' && <View className='dash-empty'>加载中…</View>}
      {state.status === 'error' && <View className='dash-empty dash-error'>{state.message}</View>}
      {state.status === 'ready' && all.length === 0 && <View className='dash-empty'>本期间暂无取号</View>}
      {state.status === 'ready' && all.length > 0 && (
        <>
          <Text className='dash-queues-total'>
            全区取号 {total.issued} 个，办结 {total.served} 个，过号 {total.missed} 个
          </Text>
          <ChipGroup label='查看网点' className='dash-queue-points' options={points.map((p) => ({ value: p.id, label: p.name }))} selected={shownId ? [shownId] : []} onToggle={setPointId} />
          {shown.map((q) => (
            <View key={q.queueId} className='dash-queue' data-point-id={q.pointId} data-queue-id={q.queueId}>
              <Text className='dash-queue-name'>{q.queueName}</Text>
              <View className='dash-queue-grid'>
                {(
                  [
                    ['取号', `${q.issued}`],
                    ['办结', `${q.served}`],
                    ['过号', `${q.missed}`],
                    ['平均等候', minutes(q.averageWaitMinutes)],
                    ['最长等候', minutes(q.longestWaitMinutes)],
                    ['平均办理', minutes(q.averageServiceMinutes)],
                  ] as const
                ).map(([label, value]) => (
                  <View key={label} className='dash-queue-figure'>
                    <Text className='dash-queue-label'>{label}</Text>
                    <Text className='dash-queue-value'>{value}</Text>
                  </View>
                ))}
              </View>
            </View>
          ))}
          <Text className='dash-card-title dash-queue-chart-title'>{pointName}各时段取号数（时）</Text>
          <UChart id='dash-queue-hours' label={`${pointName}各时段取号数`} kind='column' stacked rotateLabels={false} {...hourSeries(shown)} height={460} />
        </>
      )}
    </View>
  );
}
