// The agents of one department or service point, loaded when its row is expanded, with their
// WeChat binding: the bureau issues an invitation code (生成邀请码), unbinds an agent who left (解绑),
// moves one to another unit (调岗) or signs one out everywhere (强制下线).
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
import { MoveAgentPanel, type MoveTarget } from './MoveAgent';

export type UnitRef = { kind: 'department' | 'servicePoint'; id: string };

type AgentsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; agents: Agent[] };

// The client words a named refusal (该代办帮办人员已离岗 …) as its message.
const messageOf = (error: unknown) => (error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试');

const BINDING_TAG = { bound: 'success', unbound: 'warning', left: 'default' } as const;

/** What an unbinding did, in one sentence for the bureau. */
export function unbindSummary(result: UnbindAgentResponse): string {
  const moved = result.reassigned.length - result.queued;
  if (result.reassigned.length === 0) return `${result.agent.name}已解绑，没有需要转交的在办事项`;
  const parts = [moved > 0 ? `${moved}件已转交同部门其他代办帮办员` : '', result.queued > 0 ? `${result.queued}件暂无人接手，已退回部门待办队列` : ''].filter(Boolean);
  return `${result.agent.name}已解绑：${parts.join('；')}`;
}

/** What a move did, in one sentence for the bureau. */
export function moveSummary(name: string, to: string, result: UnbindAgentResponse): string {
  const moved = result.reassigned.length - result.queued;
  const held = result.reassigned.length === 0 ? '没有需要转交的在办事项' : [moved > 0 ? `${moved}件在办事项已转交原单位其他人员` : '', result.queued > 0 ? `${result.queued}件退回原部门待办队列` : ''].filter(Boolean).join('；');
  return `${name}已调至${to}，需重新登录；${held}`;
}

export function UnitAgents({ unit, targets = [], onChanged }: { unit: UnitRef; targets?: MoveTarget[]; onChanged?: () => void }) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AgentsState>({ status: 'loading' });
  const [invitations, setInvitations] = useState<Record<string, InvitationResponse>>({});
  const [busy, setBusy] = useState<string>();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [moving, setMoving] = useState<string>();
  // A moved agent leaves this unit's list: what the move did is said above it.
  const [unitNote, setUnitNote] = useState<string>();

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

  const signOut = async (agent: Agent) => {
    const { confirm } = await Taro.showModal({
      title: `强制${agent.name}下线`,
      content: '该人员在所有设备上的登录立即失效，需重新登录后才能继续办理（如手机丢失时使用）。',
      confirmText: '确认下线',
      confirmColor: '#d83931',
    });
    if (!confirm) return;
    setBusy(`signOut:${agent.id}`);
    try {
      await call('signOutAgent', { params: { id: agent.id } });
      setNotes((prev) => ({ ...prev, [agent.id]: `${agent.name}已在所有设备上下线，需重新登录` }));
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none' });
    } finally {
      setBusy(undefined);
    }
  };

  const move = async (agent: Agent, target: MoveTarget) => {
    setBusy(`move:${agent.id}`);
    try {
      const result = await call('moveAgent', { params: { id: agent.id }, body: target.kind === 'department' ? { departmentId: target.id } : { servicePointId: target.id } });
      setUnitNote(moveSummary(agent.name, target.name, result));
      setMoving(undefined);
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
  const note = unitNote && <Text className='unit-agent-note unit-agents-note'>{unitNote}</Text>;
  if (state.agents.length === 0) {
    return (
      <View className='unit-agents-status'>
        {note}
        <Text>暂无代办帮办人员</Text>
      </View>
    );
  }
  return (
    <View className='unit-agents'>
      {note}
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
                {!agent.isHead && targets.length > 0 && (
                  <Button className='agent-move' size='small' fill='outline' disabled={Boolean(busy)} onClick={() => setMoving(moving === agent.id ? undefined : agent.id)}>
                    调岗
                  </Button>
                )}
                {agent.binding === 'bound' && (
                  <Button className='agent-sign-out' size='small' fill='outline' loading={busy === `signOut:${agent.id}`} disabled={Boolean(busy)} onClick={() => void signOut(agent)}>
                    强制下线
                  </Button>
                )}
                <Button className='agent-unbind' size='small' type='danger' fill='outline' loading={busy === `unbind:${agent.id}`} disabled={Boolean(busy)} onClick={() => void unbind(agent)}>
                  解绑
                </Button>
              </View>
            )}
            {moving === agent.id && (
              <MoveAgentPanel agent={agent} targets={targets} busy={busy === `move:${agent.id}`} onMove={(target) => void move(agent, target)} onCancel={() => setMoving(undefined)} />
            )}
          </View>
        );
      })}
    </View>
  );
}
