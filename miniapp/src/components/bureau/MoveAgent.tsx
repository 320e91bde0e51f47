// 调岗: the bureau picks the department or service point an agent serves from now on. The API ends
// the agent's sessions and hands what they held to a colleague of the unit they leave.
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Agent } from '@app/shared';
import { useState } from 'react';

/** A unit the agent may move to: a department or a service point. */
export type MoveTarget = { kind: 'department' | 'servicePoint'; id: string; name: string };

interface Props {
  agent: Agent;
  targets: MoveTarget[];
  busy: boolean;
  onMove: (target: MoveTarget) => void;
  onCancel: () => void;
}

export function MoveAgentPanel({ agent, targets, busy, onMove, onCancel }: Props) {
  const current = (t: MoveTarget) => (t.kind === 'department' ? agent.departmentId === t.id && !agent.servicePointId : agent.servicePointId === t.id);
  const [picked, setPicked] = useState<MoveTarget>();
  const group = (kind: MoveTarget['kind'], title: string) => (
    <View className='move-group'>
      <Text className='move-group-title'>{title}</Text>
      <View className='move-chips'>
        {targets
          .filter((t) => t.kind === kind && !current(t))
          .map((t) => (
            <View
              key={`${t.kind}:${t.id}`}
              className={`move-chip${picked?.id === t.id && picked.kind === t.kind ? ' move-chip--on' : ''}`}
              data-unit-id={t.id}
              onClick={() => setPicked(t)}
            >
              <Text>{t.name}</Text>
            </View>
          ))}
      </View>
    </View>
  );
  return (
    <View className='move-panel' aria-label={`${agent.name}调岗`}>
      <Text className='move-title'>将{agent.name}调至：</Text>
      {group('department', '部门')}
      {group('servicePoint', '服务站点')}
      <Text className='move-hint'>调岗后其登录立即失效，需重新登录；在办事项转交原单位其他在岗人员。</Text>
      <View className='unit-agent-actions'>
        <Button className='move-confirm' size='small' type='primary' disabled={!picked || busy} loading={busy} onClick={() => picked && onMove(picked)}>
          {picked ? `确认调至${picked.name}` : '请选择调入单位'}
        </Button>
        <Button className='move-cancel' size='small' fill='outline' disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
