// 取号 on the point page: the point's queues with the people waiting and an estimated wait, and a
// number for the one the resident picks. One live number per resident per point: holding one, the
// section shows it instead. Closed days and hours say so, and why.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PointQueues } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { heading, live } from '../../lib/a11y';
import { t } from '../../lib/i18n';
import '../../i18n/resident';
import { newIdempotencyKey } from '../../lib/ids';
import { currentUser, LOGIN_PAGE, silentSignIn } from '../../lib/session';
import { askSubscription } from '../../lib/subscribe';
import { errorText } from '../booking/bookingText';
import { Button } from '../ui/Button';
import { Pressable } from '../ui/Pressable';
import { waitText } from './ticketText';
import './queue.scss';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; queues: PointQueues };

export const ticketPage = (id: string) => `/resident/ticket/index?id=${encodeURIComponent(id)}`;

export function TakeNumber({ pointId, refresh }: { pointId: string; refresh: number }) {
  const [state, setState] = useState<Load>({ status: 'loading' });
  const [taking, setTaking] = useState<string>();
  const [error, setError] = useState('');
  // One key per intent: a retry of the same tap is the same number, a new tap a new one.
  const [intent, setIntent] = useState<{ queueId: string; key: string }>();

  const load = () =>
    call('pointQueues', { params: { id: pointId } })
      .then((queues) => setState({ status: 'ready', queues }))
      .catch((e: unknown) => setState({ status: 'error', message: errorText(e) }));

  useEffect(() => {
    void load();
  }, [pointId, refresh]);

  const take = async (queueId: string) => {
    setError('');
    // Asked inside the tap (WeChat refuses it later): 请到 N 号窗口 as a WeChat message when granted.
    void askSubscription(['queueCall']);
    const user = currentUser() ?? ((await silentSignIn()) ? currentUser() : undefined);
    if (!user) {
      Taro.navigateTo({ url: LOGIN_PAGE });
      return;
    }
    if (user.role !== 'resident') {
      setError(t('queue.staffOnly'));
      return;
    }
    const key = intent?.queueId === queueId ? intent.key : newIdempotencyKey();
    setIntent({ queueId, key });
    setTaking(queueId);
    try {
      const ticket = await call('takeTicket', { body: { pointId, queueId }, idempotencyKey: key });
      setIntent(undefined);
      Taro.navigateTo({ url: ticketPage(ticket.id) });
    } catch (e) {
      setError(errorText(e));
      void load();
    } finally {
      setTaking(undefined);
    }
  };

  if (state.status === 'loading') return <View className='queue-section queue-muted'>{t('queue.loading')}</View>;
  if (state.status === 'error')
    return (
      <View className='queue-section'>
        <Text className='queue-error'>{state.message}</Text>
        <Button size='small' onClick={() => void load()}>
          {t('common.retry')}
        </Button>
      </View>
    );
  const { queues } = state;
  if (queues.queues.length === 0) return null;
  return (
    <View className='queue-section' data-testid='take-number'>
      <View className='queue-title' {...heading(2)}>
        {t('queue.title')}
      </View>
      {queues.myTicketId ? (
        <Pressable role='link' className='queue-mine' onPress={() => Taro.navigateTo({ url: ticketPage(queues.myTicketId!) })}>
          <Text>{t('queue.mine')}</Text>
        </Pressable>
      ) : !queues.open ? (
        <Text className='queue-closed'>{queues.closedLabel ?? t('queue.closed')}</Text>
      ) : (
        <Text className='queue-muted'>{t('queue.intro')}</Text>
      )}
      {queues.queues.map((q) => {
        const reason = !q.active ? t('queue.paused') : !queues.open ? (queues.closedLabel ?? t('queue.notNow')) : queues.myTicketId ? t('queue.holding') : q.issuedToday >= q.dailyCap ? t('queue.soldOut') : undefined;
        return (
          <View key={q.id} className='queue-row' data-queue-id={q.id}>
            <View className='queue-info'>
              <Text className='queue-name'>
                {q.prefix} {q.name}
              </Text>
              <Text className='queue-figures'>
                {t('queue.figures', { n: q.waiting, wait: waitText(q.estimatedWaitMinutes, q.waiting) })}
              </Text>
            </View>
            <Button
              className='queue-take'
              type='primary'
              size='small'
              aria-label={t('queue.takeFor', { name: q.name })}
              reason={reason}
              disabled={Boolean(reason) || Boolean(taking)}
              loading={taking === q.id}
              onClick={() => void take(q.id)}
            >
              {t('queue.take')}
            </Button>
          </View>
        );
      })}
      {error && (
        <Text className='queue-error' {...live('alert')}>
          {error}
        </Text>
      )}
    </View>
  );
}
