// 预约服务: pick a service point, a day of its booking calendar (its schedule on the official
// calendar: holidays, closures and 调休 make-up days shown) and a free slot, then book it.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { type Booking, type BookingDay, type RouteResponse, type ServicePoint, type Slot } from '@app/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import BookingTicket from '../../components/booking/BookingTicket';
import ConfirmDialog from '../../components/booking/ConfirmDialog';
import DateStrip from '../../components/booking/DateStrip';
import PointPicker from '../../components/booking/PointPicker';
import SlotList from '../../components/booking/SlotList';
import { chinaToday, dayLabel, errorText, isTransient } from '../../components/booking/bookingText';
import { useElderly, pageClass } from '../../lib/elderly';
import { newIdempotencyKey } from '../../lib/ids';
import { currentUser, requireUser } from '../../lib/session';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import '../../i18n/booking';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';

type Load<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };
type Slots = RouteResponse<'listSlots'>;

/** One confirmation: the slot the user tapped and the idempotency key every retry of it reuses. */
interface Pending {
  slot: Slot;
  key: string;
}

/** The API names each refusal (该时段已约满 / 您已预约该时段 / 同时有效预约最多 5 个 / 该网点当日暂停服务 …). */
const refusalText = (error: unknown): string =>
  errorText(error, {
    validation_failed: error instanceof ApiCallError ? error.message : t('booking.refusals.validation'),
    transition_refused: t('booking.refusals.caseClosed'),
    not_found: t('booking.refusals.notFound'),
    forbidden: t('booking.refusals.residentsOnly'),
  });

export default function BookingPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const root = { className: pageClass(elderly, `booking-page ${languageClass(language)}`), ...languageProps(language) };
  const params = useRouter().params;
  const caseId = params.caseId || undefined;
  const today = useMemo(chinaToday, []);

  const [pointId, setPointId] = useState<string | undefined>(params.pointId || undefined);
  const [picking, setPicking] = useState(!params.pointId);
  const [points, setPoints] = useState<Load<ServicePoint[]>>({ status: 'loading' });
  const [point, setPoint] = useState<Load<ServicePoint>>({ status: 'loading' });
  const [days, setDays] = useState<Load<BookingDay[]>>({ status: 'loading' });
  const [date, setDate] = useState<string>();
  const [slots, setSlots] = useState<Load<Slots>>({ status: 'loading' });
  const [reload, setReload] = useState(0);
  const [mine, setMine] = useState<Booking[]>([]);
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState('');
  const [pageError, setPageError] = useState('');
  const [booked, setBooked] = useState<Booking>();
  // Only the latest slots request may write the list: a slow answer for another day must not win.
  const latest = useRef(0);

  useEffect(() => {
    if (!picking || points.status === 'ready') return;
    call('listServicePoints')
      .then((r) => setPoints({ status: 'ready', data: r.points }))
      .catch((e: unknown) => setPoints({ status: 'error', message: errorText(e) }));
  }, [picking, points.status]);

  useEffect(() => {
    if (!pointId) return;
    setPoint({ status: 'loading' });
    call('getServicePoint', { params: { id: pointId } })
      .then((r) => setPoint({ status: 'ready', data: r.point }))
      .catch((e: unknown) => setPoint({ status: 'error', message: errorText(e, { not_found: t('booking.refusals.pointNotFound') }) }));
  }, [pointId]);

  // The point's booking calendar: its window of days, each open or why not.
  useEffect(() => {
    if (!pointId) return;
    setDays({ status: 'loading' });
    call('bookingDays', { params: { id: pointId } })
      .then((r) => {
        setDays({ status: 'ready', data: r.days });
        setDate((current) => (current && r.days.some((d) => d.date === current && d.open) ? current : r.days.find((d) => d.open)?.date));
      })
      .catch((e: unknown) => setDays({ status: 'error', message: errorText(e) }));
  }, [pointId, reload]);

  useEffect(() => {
    if (!pointId || !date) return;
    const ticket = ++latest.current;
    setSlots({ status: 'loading' });
    call('listSlots', { params: { id: pointId }, query: { date } })
      .then((r) => ticket === latest.current && setSlots({ status: 'ready', data: r }))
      .catch((e: unknown) => ticket === latest.current && setSlots({ status: 'error', message: errorText(e) }));
  }, [pointId, date, reload]);

  const loadMine = () => {
    if (currentUser()?.role !== 'resident') return;
    call('listMyBookings')
      .then((r) => setMine(r.bookings))
      .catch(() => undefined); // only marks slots I hold; the booking itself still checks
  };
  useDidShow(loadMine);

  const mineToday = useMemo(
    () => new Set(mine.filter((b) => b.state !== 'cancelled' && b.pointId === pointId && b.date === date).map((b) => b.time)),
    [mine, pointId, date],
  );

  const choosePoint = (p: ServicePoint) => {
    setPointId(p.id);
    setPoint({ status: 'ready', data: p });
    setPicking(false);
    setBooked(undefined);
    setPageError('');
  };

  const selectDate = (d: string) => {
    setDate(d);
    setPageError('');
  };

  const pickSlot = async (slot: Slot) => {
    setPageError('');
    const user = await requireUser();
    if (!user) return; // the login page is open; this page stays as it is
    if (user.role !== 'resident') {
      setPageError(t('booking.refusals.residentsOnly'));
      return;
    }
    setDialogError('');
    setPending({ slot, key: newIdempotencyKey() });
  };

  const confirm = async () => {
    if (!pending || !pointId) return;
    const { slot, key } = pending;
    setBusy(true);
    setDialogError('');
    try {
      const booking = await call('bookSlot', { body: { pointId, date: slot.date, time: slot.time, caseId }, idempotencyKey: key });
      setPending(undefined);
      setBooked(booking);
      Taro.showToast({ title: t('booking.booked'), icon: 'success' });
    } catch (error) {
      if (isTransient(error)) {
        // Keep the same key: if the first try did book, the retry gets that booking back.
        setDialogError(t('booking.retryHint', { error: errorText(error) }));
      } else {
        setPending(undefined);
        setPageError(refusalText(error));
      }
    } finally {
      setBusy(false);
      setReload((n) => n + 1);
      loadMine();
    }
  };

  if (picking) {
    return (
      <View {...root}>
        <View className='booking-section-title'>{t('booking.pickPoint')}</View>
        {points.status === 'loading' && <View className='booking-status'>{t('common.loading')}</View>}
        {points.status === 'error' && (
          <View className='booking-status booking-error'>
            {points.message}
            <Button size='small' onClick={() => setPoints({ status: 'loading' })}>
              {t('common.retry')}
            </Button>
          </View>
        )}
        {points.status === 'ready' && <PointPicker points={points.data} onPick={choosePoint} />}
      </View>
    );
  }

  if (booked) {
    return (
      <View {...root}>
        <View className='booking-success'>
          <Text className='booking-success-title'>{t('booking.booked')}</Text>
          <Text className='booking-success-hint'>{t('booking.successHint')}</Text>
          <BookingTicket booking={booked} />
          <View className='booking-success-actions'>
            <Button className='booking-to-mine' type='primary' block onClick={() => Taro.navigateTo({ url: '/resident/bookings/index' })}>
              {t('booking.toMine')}
            </Button>
            <Button className='booking-again' block fill='outline' onClick={() => setBooked(undefined)}>
              {t('booking.again')}
            </Button>
          </View>
        </View>
      </View>
    );
  }

  const slotData = slots.status === 'ready' ? slots.data : undefined;
  return (
    <View {...root}>
      <View className='booking-point-card'>
        {point.status === 'loading' && <Text className='booking-status'>{t('booking.loadingPoint')}</Text>}
        {point.status === 'error' && <Text className='booking-error'>{point.message}</Text>}
        {point.status === 'ready' && (
          <>
            <View className='booking-point-head'>
              <Text className='booking-point-name'>{localized(point.data.name, (point.data as { nameMn?: string }).nameMn)}</Text>
              <Pressable className='booking-point-change' onPress={() => setPicking(true)}>
                <Text>{t('booking.changePoint')}</Text>
              </Pressable>
            </View>
            <Text className='booking-point-hours'>{t('booking.hours', { hours: point.data.hours.regular })}</Text>
            {point.data.hours.extended && <Text className='booking-point-hours'>{t('booking.extendedHours', { hours: point.data.hours.extended })}</Text>}
          </>
        )}
        {caseId && <Text className='booking-case-note'>{t('booking.caseNote')}</Text>}
      </View>

      <View className='booking-section-title'>{t('booking.pickDate')}</View>
      {days.status === 'loading' && <View className='booking-status'>{t('booking.loadingDays')}</View>}
      {days.status === 'error' && <View className='booking-status booking-error'>{days.message}</View>}
      {days.status === 'ready' && <DateStrip today={today} days={days.data} selected={date} onSelect={selectDate} />}
      <Text className='booking-legend'>{t('booking.legend')}</Text>

      <View className='booking-section-title'>{date ? t('booking.slotsOn', { day: dayLabel(date) }) : t('booking.slots')}</View>
      {pageError && <View className='booking-error booking-page-error'>{pageError}</View>}
      {days.status === 'ready' && !date && <View className='booking-status'>{t('booking.noDays')}</View>}
      {slotData?.note && <View className='booking-note'>{slotData.note}</View>}
      {date && slots.status === 'loading' && <View className='booking-status'>{t('common.loading')}</View>}
      {date && slots.status === 'error' && (
        <View className='booking-status booking-error'>
          {slots.message}
          <Button size='small' onClick={() => setReload((n) => n + 1)}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {slotData && slotData.slots.length === 0 && <View className='booking-status'>{slotData.closedLabel ?? t('booking.noSlots')}</View>}
      {slotData && slotData.slots.length > 0 && <SlotList slots={slotData.slots} mine={mineToday} onPick={pickSlot} />}

      <ConfirmDialog
        visible={Boolean(pending)}
        title={t('booking.confirmTitle')}
        confirmText={dialogError ? t('booking.retry') : t('booking.confirmTitle')}
        confirmClassName='booking-confirm'
        subscribeTopics={['bookingReminder']}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(undefined)}
      >
        {pending && (
          <View className='booking-confirm-body'>
            <Text className='booking-confirm-line'>
              {t('booking.point', { point: point.status === 'ready' ? localized(point.data.name, (point.data as { nameMn?: string }).nameMn) : '' })}
            </Text>
            <Text className='booking-confirm-line'>{t('booking.date', { date: dayLabel(pending.slot.date) })}</Text>
            <Text className='booking-confirm-line'>
              {t('booking.time', { from: pending.slot.time, to: pending.slot.endTime })}
              {pending.slot.extended ? t('booking.extendedMark') : ''}
            </Text>
            <Text className='booking-confirm-note'>{t('booking.free')}</Text>
            {dialogError && <Text className='booking-error booking-dialog-error'>{dialogError}</Text>}
          </View>
        )}
      </ConfirmDialog>
    </View>
  );
}
