// 排队号: the number a resident took (or got by checking in a booking), updating by itself every few
// seconds while the page is shown: the people ahead, the estimated wait, and at once when called
// 请到 N 号窗口. Waiting, they may give it up; missed, they may queue again once, at the end.
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import type { TicketView } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../components/booking/bookingText';
import { standing, waitText } from '../../components/queue/ticketText';
import { Button } from '../../components/ui/Button';
import { Pressable } from '../../components/ui/Pressable';
import { formatTime } from '../../lib/format';
import { live } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import '../../components/queue/queue.scss';
import './index.scss';

/** How often the page asks where the number stands (a GetItem and one small query each time). */
const POLL_MS = 4000;

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; ticket: TicketView };

export default function TicketPage() {
  const [elderly] = useElderly();
  const id = useRouter().params.id;
  const [state, setState] = useState<Load>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState('');
  const timer = useRef<ReturnType<typeof setInterval>>();

  const load = async () => {
    if (!id) return setState({ status: 'error', message: '未指定排队号' });
    try {
      const ticket = await call('getTicket', { params: { id } });
      setState({ status: 'ready', ticket });
      // A number that has ended stops asking.
      if (!['waiting', 'called', 'serving'].includes(ticket.state)) stop();
    } catch (e) {
      setState((s) => (s.status === 'ready' ? s : { status: 'error', message: errorText(e, { not_found: '未找到该排队号' }) }));
    }
  };
  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = undefined;
  };
  const start = () => {
    stop();
    void load();
    timer.current = setInterval(() => void load(), POLL_MS);
  };

  useEffect(() => {
    void requireUser().then((user) => (user ? start() : undefined));
    return stop;
  }, [id]);
  useDidShow(() => {
    if (!timer.current && state.status === 'ready') start();
  });
  useDidHide(stop);

  const act = async (what: 'cancelTicket' | 'requeueTicket') => {
    if (state.status !== 'ready') return;
    if (what === 'cancelTicket') {
      const { confirm } = await Taro.showModal({ title: '放弃排队', content: `放弃后号码 ${state.ticket.number} 作废，需要时请重新取号。确定放弃吗？`, confirmText: '放弃排队', cancelText: '继续等候' });
      if (!confirm) return;
    }
    setBusy(true);
    setActionError('');
    try {
      const ticket = await call(what, { params: { id: state.ticket.id } });
      setState({ status: 'ready', ticket });
      if (what === 'requeueTicket') start();
    } catch (e) {
      setActionError(errorText(e));
      void load();
    } finally {
      setBusy(false);
    }
  };

  if (state.status !== 'ready') {
    return (
      <View className={pageClass(elderly, 'ticket-page')}>
        <View className='ticket-status'>{state.status === 'loading' ? '加载中…' : <Text className='queue-error'>{state.message}</Text>}</View>
      </View>
    );
  }
  const t = state.ticket;
  const holding = t.state === 'waiting' || t.state === 'called';
  return (
    <View className={pageClass(elderly, 'ticket-page')} data-ticket-id={t.id} data-state={t.state}>
      {(t.state === 'called' || t.state === 'serving') && (
        <View className='ticket-call-banner' {...live('alert')}>
          <Text>{standing(t)}</Text>
          {t.calls > 1 && t.state === 'called' && <Text className='ticket-calls'>第 {t.calls} 次叫号</Text>}
        </View>
      )}
      <View className='ticket-card'>
        <Text className='ticket-point'>{t.pointName}</Text>
        <Text className='ticket-queue'>
          {t.queueName}
          {t.priority && t.slotTime ? `（预约 ${t.slotTime}）` : ''}
        </Text>
        <Text className='ticket-number' aria-label={`您的号码 ${t.number.split('').join(' ')}`}>
          {t.number}
        </Text>
        <Text className={`ticket-standing ticket-${t.state}`} {...live('status')}>
          {standing(t)}
        </Text>
        {t.state === 'waiting' && t.ahead > 0 && <Text className='ticket-estimate'>{waitText(t.estimatedWaitMinutes, t.ahead + 1)}</Text>}
        <Text className='ticket-meta'>取号时间 {formatTime(t.issuedAt)}</Text>
        {t.caseNumber && (
          <Pressable role='link' className='ticket-case' onPress={() => Taro.navigateTo({ url: `/resident/case/index?id=${encodeURIComponent(t.caseId!)}` })}>
            <Text>关联办件 {t.caseNumber} ›</Text>
          </Pressable>
        )}
      </View>
      <View className='ticket-hint'>
        <Text>页面每隔几秒自动更新。叫到您时这里会立即显示窗口号；已订阅的还会收到微信通知。</Text>
        <Text>叫号三次未到将过号，过号后可重新排队一次。</Text>
      </View>
      {actionError && (
        <Text className='queue-error ticket-action-error' {...live('alert')}>
          {actionError}
        </Text>
      )}
      <View className='ticket-actions'>
        {t.state === 'missed' && !t.requeued && (
          <Button type='primary' block loading={busy} disabled={busy} onClick={() => void act('requeueTicket')}>
            重新排队
          </Button>
        )}
        {holding && (
          <Button block fill='outline' loading={busy} disabled={busy} onClick={() => void act('cancelTicket')}>
            放弃排队
          </Button>
        )}
        <Button block fill='none' onClick={() => Taro.navigateTo({ url: `/resident/point/index?id=${encodeURIComponent(t.pointId)}` })}>
          返回网点
        </Button>
      </View>
    </View>
  );
}
