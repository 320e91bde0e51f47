// The agents of one department or service point, loaded when its row is expanded.
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { Agent } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';

export type UnitRef = { kind: 'department' | 'servicePoint'; id: string };

type AgentsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; agents: Agent[] };

export function UnitAgents({ unit }: { unit: UnitRef }) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AgentsState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    const query = unit.kind === 'department' ? { departmentId: unit.id } : { servicePointId: unit.id };
    call('listAgents', { query })
      .then((page) => live && setState({ status: 'ready', agents: page.agents }))
      .catch((error: unknown) => {
        if (!live) return;
        setState({ status: 'error', message: error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试' });
      });
    return () => {
      live = false;
    };
  }, [unit.kind, unit.id, attempt]);

  if (state.status === 'loading') return <View className='unit-agents-status'>加载中…</View>;
  if (state.status === 'error') {
    return (
      <View className='unit-agents-status'>
        <Text>{state.message}</Text>
        <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
          重试
        </Button>
      </View>
    );
  }
  if (state.agents.length === 0) return <View className='unit-agents-status'>暂无代办帮办人员</View>;
  return (
    <View className='unit-agents'>
      {state.agents.map((agent) => (
        <View key={agent.id} className='unit-agent' data-agent-id={agent.id}>
          <View className='unit-agent-head'>
            <Text className='unit-agent-name'>{agent.name}</Text>
            {agent.isHead && (
              <Tag className='unit-agent-head-tag' type='primary' round>
                负责人
              </Tag>
            )}
            {!agent.active && <Text className='unit-agent-inactive'>（已停用）</Text>}
          </View>
          {agent.title && <Text className='unit-agent-line'>{agent.title}</Text>}
          <Text className='unit-agent-line'>电话：{agent.phoneMasked}</Text>
        </View>
      ))}
    </View>
  );
}
