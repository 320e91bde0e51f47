// The agents of one department or service point, loaded when its row is expanded, with their
// WeChat binding: the bureau issues an invitation code (生成邀请码) or unbinds an agent who left (解绑).
import { Button as TaroButton, Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import Taro from '@tarojs/taro';
import { AGENT_BINDING_LABELS, type Agent, type InvitationResponse, type UnbindAgentResponse } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { formatTime } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { isWeapp } from '../../lib/session';

export type UnitRef = { kind: 'department' | 'servicePoint'; id: string };

type AgentsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; agents: Agent[] };

const CJK = /[\u4e00-\u9fff]/;
const messageOf = (error: unknown) =>
  error instanceof ApiCallError ? (error.reason && CJK.test(error.reason) ? error.reason : error.message) : '系统开小差了，请稍后重试';

const BINDING_TAG = { bound: 'success', unbound: 'warning', left: 'default' } as const;

/** What an unbinding did, in one sentence for the bureau. */
export function unbindSummary(result: UnbindAgentResponse): string {
  const moved = result.reassigned.length - result.queued;
  if (result.reassigned.length === 0) return `${result.agent.name}已解绑，没有需要转交的在办事项`;
  const parts = [moved > 0 ? `${moved}件已转交同部门其他代办帮办员` : '', result.queued > 0 ? `${result.queued}件暂无人接手，已退回部门待办队列` : ''].filter(Boolean);
  return `${result.agent.name}已解绑：${parts.join('；')}`;
}

export function UnitAgents({ unit, onChanged }: { unit: UnitRef; onChanged?: () => void }) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AgentsState>({ status: 'loading' });
  const [invitations, setInvitations] = useState<Record<string, InvitationResponse>>({});
  const [busy, setBusy] = useState<string>();
  const [notes, setNotes] = useState<Record<string, string>>({});

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

  const invite = async (agent: Agent) => {
    setBusy(`invite:${agent.id}`);
    try {
      const invitation = await call('inviteAgent', { params: { id: agent.id }, idempotencyKey: newIdempotencyKey() });
      setInvitations((prev) => ({ ...prev, [agent.id]: invitation }));
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none' });
    } finally {
      setBusy(undefined);
    }
  };

  const copy = (code: string) => void Taro.setClipboardData({ data: code }).catch(() => undefined);

  const unbind = async (agent: Agent) => {
    const { confirm } = await Taro.showModal({
      title: `解绑${agent.name}`,
      content: `解绑后该人员标记为已离岗，不再分派新办件；其在办事项将按在办量转交同部门其他在岗代办帮办员，无人可接手的退回部门待办队列。`,
      confirmText: '确认解绑',
      confirmColor: '#c42b21',
    });
    if (!confirm) return;
    setBusy(`unbind:${agent.id}`);
    try {
      const result = await call('unbindAgent', { params: { id: agent.id } });
      setNotes((prev) => ({ ...prev, [agent.id]: unbindSummary(result) }));
      setInvitations(({ [agent.id]: _dropped, ...rest }) => rest);
      setAttempt((n) => n + 1);
      onChanged?.();
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none' });
    } finally {
      setBusy(undefined);
    }
  };

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
      {state.agents.map((agent) => {
        const invitation = invitations[agent.id];
        return (
          <View key={agent.id} className='unit-agent' data-agent-id={agent.id} data-binding={agent.binding}>
            <View className='unit-agent-head'>
              <Text className='unit-agent-name'>{agent.name}</Text>
              {agent.isHead && (
                <Tag className='unit-agent-head-tag' type='primary' round>
                  负责人
                </Tag>
              )}
              <Tag className={`unit-agent-binding unit-agent-binding--${agent.binding}`} type={BINDING_TAG[agent.binding]} round>
                {AGENT_BINDING_LABELS[agent.binding]}
              </Tag>
            </View>
            {agent.title && <Text className='unit-agent-line'>{agent.title}</Text>}
            <Text className='unit-agent-line'>电话：{agent.phoneMasked}</Text>
            {agent.binding === 'bound' && agent.boundAt && <Text className='unit-agent-line'>绑定时间：{formatTime(agent.boundAt)}</Text>}
            {agent.binding === 'left' && agent.leftAt && <Text className='unit-agent-line'>离岗时间：{formatTime(agent.leftAt)}</Text>}

            {invitation && agent.binding === 'unbound' && (
              <View className='unit-agent-invitation'>
                <Text className='invitation-code' userSelect>
                  {invitation.code}
                </Text>
                <Text className='invitation-expiry'>有效至 {formatTime(invitation.expiresAt)}，仅可使用一次</Text>
                <Text className='invitation-hint'>请本人微信登录后，在“工作人员绑定”页面输入此邀请码</Text>
                <View className='invitation-buttons'>
                  <Button className='invitation-copy' size='small' fill='outline' onClick={() => copy(invitation.code)}>
                    复制邀请码
                  </Button>
                  {/* In WeChat: send the bind page with the code filled in to the person (the page's onShareAppMessage reads data-code). */}
                  {isWeapp() && (
                    <TaroButton className='invitation-share' size='mini' openType='share' data-code={invitation.code} data-name={agent.name}>
                      发送给本人
                    </TaroButton>
                  )}
                </View>
              </View>
            )}
            {notes[agent.id] && <Text className='unit-agent-note'>{notes[agent.id]}</Text>}

            {agent.binding !== 'left' && (
              <View className='unit-agent-actions'>
                {agent.binding === 'unbound' && (
                  <Button className='agent-invite' size='small' type='primary' fill='outline' loading={busy === `invite:${agent.id}`} disabled={Boolean(busy)} onClick={() => void invite(agent)}>
                    {invitation ? '重新生成邀请码' : '生成邀请码'}
                  </Button>
                )}
                <Button className='agent-unbind' size='small' type='danger' fill='outline' loading={busy === `unbind:${agent.id}`} disabled={Boolean(busy)} onClick={() => void unbind(agent)}>
                  解绑
                </Button>
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
