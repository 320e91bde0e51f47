// 预约服务: pick a service point, a working day in the next two weeks and a free slot, then book it.
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { hasOfficialCalendar, type Booking, type RouteResponse, type ServicePoint, type Slot } from '@app/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import BookingTicket from '../../components/booking/BookingTicket';
import ConfirmDialog from '../../components/booking/ConfirmDialog';
import DateStrip, { stripDays } from '../../components/booking/DateStrip';
import PointPicker from '../../components/booking/PointPicker';
import SlotList from '../../components/booking/SlotList';
import { chinaToday, dayLabel, errorText, isLive, isTransient, MAX_LIVE_BOOKINGS } from '../../components/booking/bookingText';
import { useElderly, pageClass } from '../../lib/elderly';
import { newIdempotencyKey } from '../../lib/ids';
import { currentUser, requireUser } from '../../lib/session';
import './index.scss';

const STRIP_DAYS = 14;

type Load<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };
type Slots = RouteResponse<'listSlots'>;

/** One confirmation: the slot the user tapped and the idempotency key every retry of it reuses. */
interface Pending {
  slot: Slot;
  key: string;
}

/** A 409 names no reason the app can read, so look at the slot and my bookings to word it. */
async function explainConflict(pointId: string, slot: Slot): Promise<string> {
  const [fresh, mine] = await Promise.all([
    call('listSlots', { params: { id: pointId }, query: { date: slot.date } }).catch(() => undefined),
    call('listMyBookings').catch(() => undefined),
  ]);
  const bookings = mine?.bookings ?? [];
  // A checked-in booking keeps its slot too: the API's one-booking-per-slot guard only goes on cancel.
  if (bookings.some((b) => b.state !== 'cancelled' && b.pointId === pointId && b.date === slot.date && b.time === slot.time)) {
    return '您已预约过该时段，可在“我的预约”中查看';
  }
  if (bookings.filter((b) => isLive(b)).length >= MAX_LIVE_BOOKINGS) {
    return `您已有${MAX_LIVE_BOOKINGS}个未使用的预约，请先取消不需要的预约再预约`;
  }
  const now = fresh?.slots.find((s) => s.time === slot.time);
  if (!now || now.available === 0) return '该时段已约满，请选择其他时段';
  return '该时段预约人数较多，请稍后重试';
}

async function refusalText(error: unknown, pointId: string, slot: Slot): Promise<string> {
  if (error instanceof ApiCallError && error.code === 'conflict') return explainConflict(pointId, slot);
  return errorText(error, {
    validation_failed: '该时段已结束或暂不开放预约，请选择其他时段',
    transition_refused: '关联的办件已结束，不能再预约',
    not_found: '未找到该服务网点或办件',
    forbidden: '仅群众和企业用户可以预约',
  });
}

export default function BookingPage() {
  const [elderly] = useElderly();
  const params = useRouter().params;
  const caseId = params.caseId || undefined;
  const today = useMemo(chinaToday, []);
  const firstWorkingDay = useMemo(() => stripDays(today, STRIP_DAYS).find((d) => d.working)?.date, [today]);

  const [pointId, setPointId] = useState<string | undefined>(params.pointId || undefined);
  const [picking, setPicking] = useState(!params.pointId);
  const [points, setPoints] = useState<Load<ServicePoint[]>>({ status: 'loading' });
  const [point, setPoint] = useState<Load<ServicePoint>>({ status: 'loading' });
  const [date, setDate] = useState<string | undefined>(firstWorkingDay);
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
      .catch((e: unknown) => setPoint({ status: 'error', message: errorText(e, { not_found: '未找到该服务网点' }) }));
  }, [pointId]);

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
      setPageError('仅群众和企业用户可以预约');
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
      Taro.showToast({ title: '预约成功', icon: 'success' });
    } catch (error) {
      if (isTransient(error)) {
        // Keep the same key: if the first try did book, the retry gets that booking back.
        setDialogError(`${errorText(error)}，可点击“重试”`);
      } else {
        setPending(undefined);
        setPageError(await refusalText(error, pointId, slot));
      }
    } finally {
      setBusy(false);
      setReload((n) => n + 1);
      loadMine();
    }
  };

  if (picking) {
    return (
      <View className={pageClass(elderly, 'booking-page')}>
        <View className='booking-section-title'>选择预约网点</View>
        {points.status === 'loading' && <View className='booking-status'>加载中…</View>}
        {points.status === 'error' && (
          <View className='booking-status booking-error'>
            {points.message}
            <Button size='small' onClick={() => setPoints({ status: 'loading' })}>
              重试
            </Button>
          </View>
        )}
        {points.status === 'ready' && <PointPicker points={points.data} onPick={choosePoint} />}
      </View>
    );
  }

  if (booked) {
    return (
      <View className={pageClass(elderly, 'booking-page')}>
        <View className='booking-success'>
          <Text className='booking-success-title'>预约成功</Text>
          <Text className='booking-success-hint'>请按时到网点，出示下方二维码或预约号，到达后扫网点二维码签到。</Text>
          <BookingTicket booking={booked} />
          <View className='booking-success-actions'>
            <Button className='booking-to-mine' type='primary' block onClick={() => Taro.navigateTo({ url: '/resident/bookings/index' })}>
              查看我的预约
            </Button>
            <Button className='booking-again' block fill='outline' onClick={() => setBooked(undefined)}>
              继续预约
            </Button>
          </View>
        </View>
      </View>
    );
  }

  const slotData = slots.status === 'ready' ? slots.data : undefined;
  return (
    <View className={pageClass(elderly, 'booking-page')}>
      <View className='booking-point-card'>
        {point.status === 'loading' && <Text className='booking-status'>加载网点信息…</Text>}
        {point.status === 'error' && <Text className='booking-error'>{point.message}</Text>}
        {point.status === 'ready' && (
          <>
            <View className='booking-point-head'>
              <Text className='booking-point-name'>{point.data.name}</Text>
              <Text className='booking-point-change' onClick={() => setPicking(true)}>
                更换网点
              </Text>
            </View>
            <Text className='booking-point-hours'>办公时间：{point.data.hours.regular}</Text>
            {point.data.hours.extended && <Text className='booking-point-hours'>延时服务：{point.data.hours.extended}</Text>}
          </>
        )}
        {caseId && <Text className='booking-case-note'>本次预约将关联到您的办件，经办人员会提前准备。</Text>}
      </View>

      <View className='booking-section-title'>选择日期</View>
      <DateStrip today={today} days={STRIP_DAYS} selected={date} onSelect={selectDate} />
      <Text className='booking-legend'>灰色为休息日；“班”为调休上班日，正常预约。</Text>

      <View className='booking-section-title'>{date ? `${dayLabel(date)} 可预约时段` : '可预约时段'}</View>
      {pageError && <View className='booking-error booking-page-error'>{pageError}</View>}
      {!date && <View className='booking-status'>近两周没有工作日可预约</View>}
      {date && slots.status === 'loading' && <View className='booking-status'>加载中…</View>}
      {date && slots.status === 'error' && (
        <View className='booking-status booking-error'>
          {slots.message}
          <Button size='small' onClick={() => setReload((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {slotData && slotData.slots.length === 0 && (
        <View className='booking-status'>
          {!slotData.workingDay ? '该日为休息日，不提供预约' : !hasOfficialCalendar(Number(slotData.date.slice(0, 4))) ? '该年度节假日安排尚未公布，暂不开放预约' : '该日暂无可预约时段'}
        </View>
      )}
      {slotData && slotData.slots.length > 0 && <SlotList slots={slotData.slots} mine={mineToday} onPick={pickSlot} />}

      <ConfirmDialog
        visible={Boolean(pending)}
        title='确认预约'
        confirmText={dialogError ? '重试' : '确认预约'}
        confirmClassName='booking-confirm'
        subscribeTopics={['bookingReminder']}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(undefined)}
      >
        {pending && (
          <View className='booking-confirm-body'>
            <Text className='booking-confirm-line'>网点：{point.status === 'ready' ? point.data.name : ''}</Text>
            <Text className='booking-confirm-line'>日期：{dayLabel(pending.slot.date)}</Text>
            <Text className='booking-confirm-line'>
              时段：{pending.slot.time}-{pending.slot.endTime}
              {pending.slot.extended ? '（延时服务）' : ''}
            </Text>
            <Text className='booking-confirm-note'>代办帮办服务免费。如不能按时前往，请提前取消预约。</Text>
            {dialogError && <Text className='booking-error booking-dialog-error'>{dialogError}</Text>}
          </View>
        )}
      </ConfirmDialog>
    </View>
  );
}
