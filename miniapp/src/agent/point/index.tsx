// 网点预约: an agent of a service point sees the day's bookings at their point by number and time,
// checks a resident in, marks 未到 once a slot is over, and closes the point for days (暂停服务).
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow } from '@tarojs/taro';
import { addCalendarDays, chinaDate, type Booking, type Principal, type ServicePoint } from '@app/shared';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { bookingTone, dayLabel, errorText, toneLabel } from '../../components/booking/bookingText';
import { errorMessage, toast } from '../../components/case/messages';
import { ChipGroup } from '../../components/catalogueAdmin/ChipGroup';
import { Closures } from '../../components/schedule/Closures';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import { registerChinese } from '../../lib/i18n';
import { bookingZh } from '../../i18n/booking.zh';
import '../../components/catalogueAdmin/catalogueAdmin.scss';
import '../../components/calendarAdmin/calendarAdmin.scss';
import '../../components/agent/agent.scss';

// The agent's pages stay Chinese (decisions §95); a booking's state is worded by the booking keys.
registerChinese(bookingZh);

type DayState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; date: string; bookings: Booking[] };

const CHINA_OFFSET_MS = 8 * 3600_000;
const chinaTimeNow = () => new Date(Date.now() + CHINA_OFFSET_MS).toISOString().slice(11, 16);

export default function PointBookingsPage() {
  const [elderly] = useElderly();
  const [user, setUser] = useState<Principal | null>();
  const [point, setPoint] = useState<ServicePoint>();
  const today = chinaDate(new Date());
  const [date, setDate] = useState(today);
  const [day, setDay] = useState<DayState>({ status: 'loading' });
  const [busy, setBusy] = useState<string>();
  const pointId = user?.servicePointId;

  useDidShow(() => void requireUser().then((u) => setUser(u ?? null)));

  useEffect(() => {
    if (!pointId) return;
    call('getServicePoint', { params: { id: pointId } })
      .then((r) => setPoint(r.point))
      .catch((e: unknown) => toast(errorMessage(e)));
  }, [pointId]);

  const load = useCallback(() => {
    if (!pointId) return;
    // A refresh keeps the list on screen until the answer is in.
    setDay((current) => (current.status === 'ready' && current.date === date ? current : { status: 'loading' }));
    call('pointBookings', { params: { id: pointId }, query: { date } })
      .then((r) => setDay({ status: 'ready', date, bookings: [...r.bookings].sort((a, b) => `${a.time}${a.number}`.localeCompare(`${b.time}${b.number}`)) }))
      .catch((e: unknown) => setDay({ status: 'error', message: errorMessage(e) }));
  }, [pointId, date]);
  useEffect(load, [load]);

  const act = async (b: Booking, what: 'checkIn' | 'noShow') => {
    if (!point) return;
    setBusy(b.id);
    try {
      if (what === 'checkIn') await call('checkIn', { params: { id: b.id }, body: { pointCode: point.code } });
      else await call('markNoShow', { params: { id: b.id }, body: {} });
      toast(what === 'checkIn' ? '已签到' : '已标记未到', 'success');
      load();
    } catch (e) {
      toast(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'agent-point')}>{content}</View>;
  if (user === undefined) return page(<View className='ca-status'>加载中…</View>);
  if (!user || user.role !== 'agent') return page(<View className='ca-status'>仅限代办帮办员使用</View>);
  if (!pointId) return page(<View className='ca-status'>您不属于任何服务网点，网点预约由网点工作人员管理</View>);

  const timeNow = chinaTimeNow();
  return page(
    <>
      <View className='cal-card'>
        <Text className='sch-point'>{point?.name ?? '本网点'}</Text>
        <ChipGroup
          label='日期'
          className='point-days'
          options={[0, 1, 2, 3, 4, 5, 6].map((i) => {
            const d = addCalendarDays(today, i);
            return { value: d, label: i === 0 ? '今天' : dayLabel(d) };
          })}
          selected={[date]}
          onToggle={setDate}
        />
      </View>
      <View className='cal-card point-bookings'>
        <Text className='ca-label'>{dayLabel(date)} 的预约</Text>
        {day.status === 'loading' && <Text className='cal-muted'>加载中…</Text>}
        {day.status === 'error' && <Text className='cal-error'>{day.message}</Text>}
        {day.status === 'ready' && day.bookings.length === 0 && <Text className='cal-muted'>当天没有预约</Text>}
        {day.status === 'ready' &&
          day.bookings.map((b) => {
            const tone = bookingTone(b, today);
            const over = b.date < today || (b.date === today && b.endTime <= timeNow);
            return (
              <View key={b.id} className={`point-booking point-booking--${tone}`} data-booking-id={b.id}>
                <Text className='point-booking-number'>{b.number ?? '—'}</Text>
                <View className='point-booking-text'>
                  <Text>
                    {b.time}-{b.endTime} · {toneLabel(tone)}
                  </Text>
                  {b.itemName && <Text className='cal-muted'>{b.itemName}</Text>}
                  {b.caseNumber && <Text className='cal-muted'>{b.caseNumber}</Text>}
                </View>
                {b.state === 'booked' && b.date === today && (
                  <Button size='small' type='primary' className='point-checkin' loading={busy === b.id} onClick={() => void act(b, 'checkIn')}>
                    签到
                  </Button>
                )}
                {b.state === 'booked' && over && (
                  <Button size='small' fill='outline' className='point-no-show' loading={busy === b.id} onClick={() => void act(b, 'noShow')}>
                    未到
                  </Button>
                )}
              </View>
            );
          })}
      </View>
      {point && <Closures pointId={point.id} closures={point.schedule.closures} today={today} onChanged={(schedule) => (setPoint({ ...point, schedule }), load())} />}
      <View className='cal-actions'>
        <Button block fill='none' onClick={() => void Taro.navigateBack()}>
          返回工作台
        </Button>
      </View>
    </>,
  );
}
