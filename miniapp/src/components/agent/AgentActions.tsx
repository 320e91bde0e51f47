// 办理操作: one button per action the API offers this agent now; each opens its form in a bottom sheet.
import { Text, View } from '@tarojs/components';
import { Popup } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { Refusal, type CaseDetail, type Department, type MaterialSpec } from '@app/shared';
import { useState } from 'react';
import type { ActionBody } from '../case/types';
import { ActionForm } from './ActionForm';
import { AGENT_ACTIONS, actionButtonLabel, offeredActions, type AgentAction } from './agentLogic';
import './agent.scss';

interface Props {
  detail: CaseDetail;
  departments: Department[];
  specs: MaterialSpec[];
  myDepartmentId?: string;
  /** Resolves true when the action went through (the sheet then closes). */
  act: (body: ActionBody) => Promise<boolean>;
}

export function AgentActions({ detail, departments, specs, myDepartmentId, act }: Props) {
  const [open, setOpen] = useState<AgentAction>();
  const [busy, setBusy] = useState(false);
  const actions = offeredActions(detail.availableActions);
  // Steps held back by the case's facts (材料未审核 …): shown disabled, with the reason under the list.
  const blocked = detail.blockedActions.filter((b) => (AGENT_ACTIONS as readonly string[]).includes(b.action)) as { action: AgentAction; reason: Refusal }[];

  const submit = async (body: ActionBody) => {
    setBusy(true);
    try {
      if (await act(body)) setOpen(undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='case-card-block agent-actions'>
      <Text className='case-block-title'>办理操作</Text>
      {actions.length === 0 && blocked.length === 0 ? (
        <Text className='case-muted'>当前没有需要您办理的操作</Text>
      ) : (
        <View className='agent-action-list'>
          {blocked.map(({ action, reason }) => (
            <Button key={action} className='agent-action agent-action--blocked' data-action={action} size='small' disabled aria-label={`${actionButtonLabel(action)}：${Refusal.labels[reason]}`}>
              {actionButtonLabel(action)}
            </Button>
          ))}
          {actions.map((action) => (
            <Button
              key={action}
              className='agent-action'
              data-action={action}
              size='small'
              type={action === 'accept' || action === 'feedBackResult' ? 'primary' : 'default'}
              onClick={() => setOpen(action)}
            >
              {actionButtonLabel(action)}
            </Button>
          ))}
        </View>
      )}
      {blocked.map(({ action, reason }) => (
        <Text key={action} className='action-blocked-reason' data-action={action}>
          {actionButtonLabel(action)}：{Refusal.labels[reason]}
        </Text>
      ))}
      <Popup
        visible={Boolean(open)}
        position='bottom'
        round
        closeable
        destroyOnClose
        title={open ? actionButtonLabel(open) : ''}
        onClose={() => !busy && setOpen(undefined)}
      >
        {open && (
          <View className='agent-action-sheet' data-action={open}>
            <ActionForm
              key={`${open}:${detail.version}`}
              action={open}
              detail={detail}
              departments={departments}
              specs={specs}
              myDepartmentId={myDepartmentId}
              busy={busy}
              onSubmit={(body) => void submit(body)}
            />
            {/* The sheet's ✕ is an icon only a finger finds: a keyboard or a screen reader closes it here. */}
            <Button className='agent-action-cancel' fill='outline' block disabled={busy} onClick={() => setOpen(undefined)}>
              取消
            </Button>
          </View>
        )}
      </Popup>
    </View>
  );
}
