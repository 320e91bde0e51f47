// 我的预约: live bookings as QR tickets (cancel, go check in), then past and cancelled ones.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { Booking } from '@app/shared';
import { useRef, useState } from 'react';
import { call } from '../../api/client';
import BookingTicket from '../../components/booking/BookingTicket';
import ConfirmDialog from '../../components/booking/ConfirmDialog';
import { chinaToday, dayLabel, errorText, isLive } from '../../components/booking/bookingText';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import '../../i18n/booking';
import './index.scss';

type ListState = { status: 'loading' } | { status: 'signedOut' } | { status: 'error'; message: string } | { status: 'ready'; bookings: Booking[] };

const byTime = (a: Booking, b: Booking) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`);

export default function MyBookingsPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [cancelling, setCancelling] = useState<Booking>();
  const [busy, setBusy] = useState(false);
  const [cancelError, setCancelError] = useState('');
  const latest = useRef(0);

  const load = async () => {
    const ticket = ++latest.current;
    const user = await requireUser();
    if (ticket !== latest.current) return;
    if (!user) {
      setState({ status: 'signedOut' });
      return;
    }
    try {
      const { bookings } = await call('listMyBookings');
      if (ticket === latest.current) setState({ status: 'ready', bookings });
    } catch (error) {
      if (ticket === latest.current) setState({ status: 'error', message: errorText(error) });
    }
  };

  // Coming back from a point's page after checking in shows the new state.
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const askCancel = (b: Booking) => {
    setCancelError('');
    setCancelling(b);
  };

  const cancel = async () => {
    if (!cancelling) return;
    setBusy(true);
    setCancelError('');
    try {
      await call('cancelBooking', { params: { id: cancelling.id }, body: {} });
      setCancelling(undefined);
      Taro.showToast({ title: t('booking.mine.cancelled'), icon: 'success' });
    } catch (error) {
      setCancelError(errorText(error, { transition_refused: t('booking.mine.cannotCancel'), not_found: t('booking.mine.notFound') }));
    } finally {
      setBusy(false);
      void load();
    }
  };

  const today = chinaToday();
  const bookings = state.status === 'ready' ? state.bookings : [];
  const live = bookings.filter((b) => isLive(b, today)).sort(byTime);
  const past = bookings.filter((b) => !isLive(b, today)).sort((a, b) => byTime(b, a));

  return (
    <View className={pageClass(elderly, `bookings-page ${languageClass(language)}`)} {...languageProps(language)}>
      {state.status === 'loading' && <View className='bookings-status'>{t('common.loading')}</View>}
      {state.status === 'signedOut' && <View className='bookings-status'>{t('booking.mine.signIn')}</View>}
      {state.status === 'error' && (
        <View className='bookings-status bookings-error'>
          <Text>{state.message}</Text>
          <Button size='small' onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {state.status === 'ready' && bookings.length === 0 && (
        <View className='bookings-status bookings-empty'>
          <Text>{t('booking.mine.none')}</Text>
          <Button type='primary' size='small' onClick={() => Taro.navigateTo({ url: '/resident/booking/index' })}>
            {t('booking.mine.go')}
          </Button>
        </View>
      )}

      {live.length > 0 && <View className='bookings-section-title'>{t('booking.mine.live', { n: live.length })}</View>}
      {live.map((b) => (
        <BookingTicket key={b.id} booking={b} className='booking-card booking-card--live'>
          <Button className='booking-cancel' size='small' fill='outline' onClick={() => askCancel(b)}>
            {t('booking.mine.cancel')}
          </Button>
          <Button className='booking-go-checkin' size='small' type='primary' onClick={() => Taro.navigateTo({ url: `/resident/point/index?id=${encodeURIComponent(b.pointId)}` })}>
            {b.date === today ? t('booking.mine.checkIn') : t('booking.mine.pointInfo')}
          </Button>
        </BookingTicket>
      ))}

      {past.length > 0 && <View className='bookings-section-title'>{t('booking.mine.past')}</View>}
      {past.map((b) => (
        <BookingTicket key={b.id} booking={b} className='booking-card booking-card--past' />
      ))}

      {state.status === 'ready' && bookings.length > 0 && (
        <View className='bookings-more'>
          <Button fill='outline' block onClick={() => Taro.navigateTo({ url: '/resident/booking/index' })}>
            {t('booking.mine.new')}
          </Button>
        </View>
      )}

      <ConfirmDialog
        visible={Boolean(cancelling)}
        title={t('booking.mine.cancel')}
        confirmText={t('booking.mine.confirmCancel')}
        confirmClassName='booking-cancel-confirm'
        danger
        busy={busy}
        onConfirm={cancel}
        onCancel={() => setCancelling(undefined)}
      >
        {cancelling && (
          <View className='bookings-cancel-body'>
            <Text>
              {t('booking.mine.sure', {
                point: localized(cancelling.pointName, (cancelling as { pointNameMn?: string }).pointNameMn),
                date: dayLabel(cancelling.date),
                from: cancelling.time,
                to: cancelling.endTime,
              })}
            </Text>
            {cancelError && <Text className='bookings-error'>{cancelError}</Text>}
          </View>
        )}
      </ConfirmDialog>
    </View>
  );
}
