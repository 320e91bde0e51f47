// 服务网点: a point's address, hours, phone and agents; the resident's bookings here and 签到 on the day.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Level, type Booking, type RouteResponse } from '@app/shared';
import { useEffect, useMemo, useState } from 'react';
import { call } from '../../api/client';
import { chinaToday, dayLabel, errorText, isLive } from '../../components/booking/bookingText';
import { pointRefFrom } from '../../components/booking/pointRef';
import { formatTime } from '../../lib/format';
import { pageClass, useElderly } from '../../lib/elderly';
import { currentUser, LOGIN_PAGE, silentSignIn } from '../../lib/session';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';
import { TakeNumber, ticketPage } from '../../components/queue/TakeNumber';

type Detail = RouteResponse<'getServicePoint'>;
type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; detail: Detail };
type Mine = { status: 'none' } | { status: 'signedOut' } | { status: 'ready'; bookings: Booking[] };

const CHECK_IN_REFUSALS = {
  transition_refused: '只能在预约当日签到，或该预约已签到、已取消',
  forbidden: '网点码与预约的网点不一致，请到预约的网点扫码签到',
  not_found: '未找到该预约',
};

export default function ServicePointPage() {
  const [elderly] = useElderly();
  const params = useRouter().params;
  const ref = useMemo(() => pointRefFrom(params), [params]);
  const [state, setState] = useState<Load>({ status: 'loading' });
  const [mine, setMine] = useState<Mine>({ status: 'none' });
  const [checking, setChecking] = useState<string>();
  const [checkInError, setCheckInError] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const today = chinaToday();

  useEffect(() => {
    if (ref === undefined || ref === 'invalid') {
      setState({ status: 'error', message: ref === 'invalid' ? '二维码无效，请扫描网点张贴的二维码' : '未指定服务网点' });
      return;
    }
    setState({ status: 'loading' });
    const request = 'code' in ref ? call('getServicePointByCode', { params: { code: ref.code } }) : call('getServicePoint', { params: { id: ref.id } });
    request
      .then((detail) => setState({ status: 'ready', detail }))
      .catch((e: unknown) => setState({ status: 'error', message: errorText(e, { not_found: '未找到该服务网点，二维码可能已停用' }) }));
  }, [ref, attempt]);

  const pointId = state.status === 'ready' ? state.detail.point.id : undefined;

  const loadMine = async (id: string) => {
    // Scanning a poster should not ask for a login: WeChat signs in silently when it can.
    const user = currentUser() ?? ((await silentSignIn()) ? currentUser() : undefined);
    if (!user) return setMine({ status: 'signedOut' });
    if (user.role !== 'resident') return setMine({ status: 'none' });
    try {
      const { bookings } = await call('listMyBookings');
      // Live bookings here, and today's check-ins so the resident sees that it worked.
      const here = bookings.filter((b) => b.pointId === id && (isLive(b, today) || (b.state === 'checkedIn' && b.date === today)));
      setMine({ status: 'ready', bookings: here.sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`)) });
    } catch {
      setMine({ status: 'none' }); // the point's details still help; bookings are in 我的预约
    }
  };

  useEffect(() => {
    if (pointId) void loadMine(pointId);
  }, [pointId]);
  // Back from a ticket: the queues and my number as they stand now.
  const [shown, setShown] = useState(0);
  useDidShow(() => {
    if (pointId) void loadMine(pointId);
    setShown((n) => n + 1);
  });

  const checkIn = async (booking: Booking) => {
    if (state.status !== 'ready') return;
    setChecking(booking.id);
    setCheckInError((errors) => ({ ...errors, [booking.id]: '' }));
    try {
      const done = await call('checkIn', { params: { id: booking.id }, body: { pointCode: state.detail.point.code } });
      setMine((m) => (m.status === 'ready' ? { status: 'ready', bookings: m.bookings.map((b) => (b.id === done.id ? done : b)) } : m));
      Taro.showToast({ title: '签到成功', icon: 'success' });
      setShown((n) => n + 1);
    } catch (error) {
      setCheckInError((errors) => ({ ...errors, [booking.id]: errorText(error, CHECK_IN_REFUSALS) }));
    } finally {
      setChecking(undefined);
    }
  };

  if (state.status !== 'ready') {
    return (
      <View className={pageClass(elderly, 'point-page')}>
        {state.status === 'loading' ? (
          <View className='point-status'>加载中…</View>
        ) : (
          <View className='point-status point-error'>
            <Text>{state.message}</Text>
            {ref !== undefined && ref !== 'invalid' && (
              <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
                重试
              </Button>
            )}
          </View>
        )}
      </View>
    );
  }

  const { point, agents } = state.detail;
  return (
    <View className={pageClass(elderly, 'point-page')} data-point-id={point.id}>
      <View className='point-card'>
        <View className='point-head'>
          <Text className='point-name'>{point.name}</Text>
          <Tag className='point-level' background='#e8f0fd' color='#1a5fb4'>
            {Level.labels[point.level]}
          </Tag>
        </View>
        {point.parentName && <Text className='point-parent'>隶属：{point.parentName}</Text>}
        <View className='point-row'>
          <Text className='point-label'>地址</Text>
          <Text className='point-value point-address'>{point.address}</Text>
        </View>
        <View className='point-row'>
          <Text className='point-label'>办公时间</Text>
          <Text className='point-value'>{point.hours.regular}</Text>
        </View>
        {point.hours.extended && (
          <View className='point-row'>
            <Text className='point-label'>延时服务</Text>
            <Text className='point-value'>{point.hours.extended}</Text>
          </View>
        )}
        <View className='point-row'>
          <Text className='point-label'>电话</Text>
          <Pressable className='point-value point-phone' label={`拨打电话 ${point.phone}`} onPress={() => Taro.makePhoneCall({ phoneNumber: point.phone }).catch(() => undefined)}>
            <Text>{point.phone}（点击拨打）</Text>
          </Pressable>
        </View>
      </View>

      {mine.status === 'ready' && mine.bookings.length > 0 && (
        <View className='point-section'>
          <View className='point-section-title'>我在此网点的预约</View>
          {mine.bookings.map((b) => (
            <View key={b.id} className='point-booking' data-booking-id={b.id} data-state={b.state}>
              <View className='point-booking-when'>
                <Text className='point-booking-date'>{dayLabel(b.date)}</Text>
                <Text className='point-booking-time'>
                  {b.time}-{b.endTime}
                  {b.extended ? ' 延时服务' : ''}
                </Text>
              </View>
              {b.state === 'checkedIn' && b.ticketId ? (
                <Pressable role='link' className='point-checked-in point-ticket-link' onPress={() => Taro.navigateTo({ url: ticketPage(b.ticketId!) })}>
                  <Text>已签到，查看排队号 ›</Text>
                </Pressable>
              ) : b.state === 'checkedIn' ? (
                <Text className='point-checked-in'>已签到{b.checkedInAt ? ` ${formatTime(b.checkedInAt).split(' ')[1]}` : ''}</Text>
              ) : b.date === today ? (
                <Button className='point-checkin' type='primary' size='small' loading={checking === b.id} disabled={Boolean(checking)} onClick={() => void checkIn(b)}>
                  签到
                </Button>
              ) : (
                <Text className='point-booking-later'>预约当日到达后签到</Text>
              )}
              {checkInError[b.id] && <Text className='point-error point-checkin-error'>{checkInError[b.id]}</Text>}
            </View>
          ))}
        </View>
      )}
      <TakeNumber pointId={point.id} refresh={shown} />

      {mine.status === 'signedOut' && (
        <Pressable role='link' className='point-section point-signin' onPress={() => Taro.navigateTo({ url: LOGIN_PAGE })}>
          <Text>登录后可查看您在此网点的预约并签到 ›</Text>
        </Pressable>
      )}

      <View className='point-section'>
        <View className='point-section-title'>代办帮办员</View>
        {agents.length === 0 && <Text className='point-muted'>暂无登记的代办帮办员，请咨询窗口工作人员</Text>}
        {agents.map((agent) => (
          <View key={agent.id} className='point-agent'>
            <Text className='point-agent-name'>{agent.name}</Text>
            <Text className='point-agent-title'>{agent.title}</Text>
          </View>
        ))}
      </View>

      <View className='point-actions'>
        <Button className='point-entrust' type='primary' block onClick={() => Taro.navigateTo({ url: `/pages/items/index?pointId=${encodeURIComponent(point.id)}` })}>
          在此委托办事
        </Button>
        <Button className='point-book' block fill='outline' onClick={() => Taro.navigateTo({ url: `/resident/booking/index?pointId=${encodeURIComponent(point.id)}` })}>
          预约到此网点
        </Button>
      </View>
    </View>
  );
}
