// 排队号: the number a resident took (or got by checking in a booking), updating by itself every few
// seconds while the page is shown: the people ahead, the estimated wait, and at once when called
// 请到 N 号窗口. Waiting, they may give it up; missed, they may queue again once, at the end.
import '../../api/allRoutes';
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
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/resident';
import { requireUser } from '../../lib/session';
import '../../components/queue/queue.scss';
import './index.scss';

/** How often the page asks where the number stands (a GetItem and one small query each time). */
const POLL_MS = 4000;

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; ticket: TicketView };

export default function TicketPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const root = { className: pageClass(elderly, `ticket-page ${languageClass(language)}`), ...languageProps(language) };
  const id = useRouter().params.id;
  const [state, setState] = useState<Load>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState('');
  const timer = useRef<ReturnType<typeof setInterval>>();

  const load = async () => {
    if (!id) return setState({ status: 'error', message: t('ticket.noTicket') });
    try {
      const ticket = await call('getTicket', { params: { id } });
      setState({ status: 'ready', ticket });
      // A number that has ended stops asking.
      if (!['waiting', 'called', 'serving'].includes(ticket.state)) stop();
    } catch (e) {
      setState((s) => (s.status === 'ready' ? s : { status: 'error', message: errorText(e, { not_found: t('ticket.notFound') }) }));
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
      const { confirm } = await Taro.showModal({ title: t('ticket.giveUpTitle'), content: t('ticket.giveUpContent', { number: state.ticket.number }), confirmText: t('ticket.giveUp'), cancelText: t('ticket.keepWaiting') });
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
      <View {...root}>
        <View className='ticket-status'>{state.status === 'loading' ? t('common.loading') : <Text className='queue-error'>{state.message}</Text>}</View>
      </View>
    );
  }
  const ticket = state.ticket;
  const holding = ticket.state === 'waiting' || ticket.state === 'called';
  return (
    <View {...root} data-ticket-id={ticket.id} data-state={ticket.state}>
      {(ticket.state === 'called' || ticket.state === 'serving') && (
        <View className='ticket-call-banner' {...live('alert')}>
          <Text>{standing(ticket)}</Text>
          {ticket.calls > 1 && ticket.state === 'called' && <Text className='ticket-calls'>{t('ticket.calls', { n: ticket.calls })}</Text>}
        </View>
      )}
      <View className='ticket-card'>
        <Text className='ticket-point'>{ticket.pointName}</Text>
        <Text className='ticket-queue'>
          {ticket.queueName}
          {ticket.priority && ticket.slotTime ? t('ticket.bookedAt', { time: ticket.slotTime }) : ''}
        </Text>
        <Text className='ticket-number' aria-label={t('ticket.yourNumber', { number: ticket.number.split('').join(' ') })}>
          {ticket.number}
        </Text>
        <Text className={`ticket-standing ticket-${ticket.state}`} {...live('status')}>
          {standing(ticket)}
        </Text>
        {ticket.state === 'waiting' && ticket.ahead > 0 && <Text className='ticket-estimate'>{waitText(ticket.estimatedWaitMinutes, ticket.ahead + 1)}</Text>}
        <Text className='ticket-meta'>{t('ticket.issuedAt', { time: formatTime(ticket.issuedAt) })}</Text>
        {ticket.caseNumber && (
          <Pressable role='link' className='ticket-case' onPress={() => Taro.navigateTo({ url: `/resident/case/index?id=${encodeURIComponent(ticket.caseId!)}` })}>
            <Text>{t('ticket.case', { number: ticket.caseNumber })}</Text>
          </Pressable>
        )}
      </View>
      <View className='ticket-hint'>
        <Text className='ticket-hint-text'>{t('ticket.hint1')}</Text>
        <Text className='ticket-hint-text'>{t('ticket.hint2')}</Text>
      </View>
      {actionError && (
        <Text className='queue-error ticket-action-error' {...live('alert')}>
          {actionError}
        </Text>
      )}
      <View className='ticket-actions'>
        {ticket.state === 'missed' && !ticket.requeued && (
          <Button type='primary' block loading={busy} disabled={busy} onClick={() => void act('requeueTicket')}>
            {t('ticket.requeue')}
          </Button>
        )}
        {holding && (
          <Button block fill='outline' loading={busy} disabled={busy} onClick={() => void act('cancelTicket')}>
            {t('ticket.giveUp')}
          </Button>
        )}
        <Button block fill='none' onClick={() => Taro.navigateTo({ url: `/resident/point/index?id=${encodeURIComponent(ticket.pointId)}` })}>
          {t('ticket.backToPoint')}
        </Button>
      </View>
    </View>
  );
}
