// 服务网点: a point's address, hours, phone and agents; the resident's bookings here and 签到 on the day.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { Booking, RouteResponse } from '@app/shared';
import { useEffect, useMemo, useState } from 'react';
import { call } from '../../api/client';
import { chinaToday, dayLabel, errorText, isLive } from '../../components/booking/bookingText';
import { pointRefFrom } from '../../components/booking/pointRef';
import { formatTime } from '../../lib/format';
import { pageClass, useElderly } from '../../lib/elderly';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/resident';
import { currentUser, LOGIN_PAGE, silentSignIn } from '../../lib/session';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';
import { TakeNumber, ticketPage } from '../../components/queue/TakeNumber';

type Detail = RouteResponse<'getServicePoint'>;
type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; detail: Detail };
type Mine = { status: 'none' } | { status: 'signedOut' } | { status: 'ready'; bookings: Booking[] };

const checkInRefusals = () => ({
  transition_refused: t('point.refusals.transition_refused'),
  forbidden: t('point.refusals.forbidden'),
  not_found: t('point.refusals.not_found'),
});

export default function ServicePointPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const root = { className: pageClass(elderly, `point-page ${languageClass(language)}`), ...languageProps(language) };
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
      setState({ status: 'error', message: ref === 'invalid' ? t('point.invalidCode') : t('point.noPoint') });
      return;
    }
    setState({ status: 'loading' });
    const request = 'code' in ref ? call('getServicePointByCode', { params: { code: ref.code } }) : call('getServicePoint', { params: { id: ref.id } });
    request
      .then((detail) => setState({ status: 'ready', detail }))
      .catch((e: unknown) => setState({ status: 'error', message: errorText(e, { not_found: t('point.notFound') }) }));
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
      Taro.showToast({ title: t('point.checkedInToast'), icon: 'success' });
      setShown((n) => n + 1);
    } catch (error) {
      setCheckInError((errors) => ({ ...errors, [booking.id]: errorText(error, checkInRefusals()) }));
    } finally {
      setChecking(undefined);
    }
  };

  if (state.status !== 'ready') {
    return (
      <View {...root}>
        {state.status === 'loading' ? (
          <View className='point-status'>{t('common.loading')}</View>
        ) : (
          <View className='point-status point-error'>
            <Text>{state.message}</Text>
            {ref !== undefined && ref !== 'invalid' && (
              <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
                {t('common.retry')}
              </Button>
            )}
          </View>
        )}
      </View>
    );
  }

  const { point, agents } = state.detail;
  return (
    <View {...root} data-point-id={point.id}>
      <View className='point-card'>
        <View className='point-head'>
          <Text className='point-name'>{point.name}</Text>
          <Tag className='point-level' background='#e8f0fd' color='#1a5fb4'>
            {t(`vocab.level.${point.level}`)}
          </Tag>
        </View>
        {point.parentName && <Text className='point-parent'>{t('point.parent', { name: point.parentName })}</Text>}
        <View className='point-row'>
          <Text className='point-label'>{t('point.address')}</Text>
          <Text className='point-value point-address'>{point.address}</Text>
        </View>
        <View className='point-row'>
          <Text className='point-label'>{t('point.hours')}</Text>
          <Text className='point-value'>{point.hours.regular}</Text>
        </View>
        {point.hours.extended && (
          <View className='point-row'>
            <Text className='point-label'>{t('point.extended')}</Text>
            <Text className='point-value'>{point.hours.extended}</Text>
          </View>
        )}
        <View className='point-row'>
          <Text className='point-label'>{t('point.phone')}</Text>
          <Pressable className='point-value point-phone' label={t('common.callPhone', { phone: point.phone })} onPress={() => Taro.makePhoneCall({ phoneNumber: point.phone }).catch(() => undefined)}>
            <Text>
              {point.phone}
              {t('common.pressToCall')}
            </Text>
          </Pressable>
        </View>
      </View>

      {mine.status === 'ready' && mine.bookings.length > 0 && (
        <View className='point-section'>
          <View className='point-section-title'>{t('point.myBookings')}</View>
          {mine.bookings.map((b) => (
            <View key={b.id} className='point-booking' data-booking-id={b.id} data-state={b.state}>
              <View className='point-booking-when'>
                <Text className='point-booking-date'>{dayLabel(b.date)}</Text>
                <Text className='point-booking-time'>
                  {b.time}-{b.endTime}
                  {b.extended ? t('point.extendedMark') : ''}
                </Text>
              </View>
              {b.state === 'checkedIn' && b.ticketId ? (
                <Pressable role='link' className='point-checked-in point-ticket-link' onPress={() => Taro.navigateTo({ url: ticketPage(b.ticketId!) })}>
                  <Text>{t('point.checkedInTicket')}</Text>
                </Pressable>
              ) : b.state === 'checkedIn' ? (
                <Text className='point-checked-in'>
                  {t('point.checkedIn')}
                  {b.checkedInAt ? ` ${formatTime(b.checkedInAt).split(' ').pop()}` : ''}
                </Text>
              ) : b.date === today ? (
                <Button className='point-checkin' type='primary' size='small' loading={checking === b.id} disabled={Boolean(checking)} onClick={() => void checkIn(b)}>
                  {t('point.checkIn')}
                </Button>
              ) : (
                <Text className='point-booking-later'>{t('point.checkInLater')}</Text>
              )}
              {checkInError[b.id] && <Text className='point-error point-checkin-error'>{checkInError[b.id]}</Text>}
            </View>
          ))}
        </View>
      )}
      <TakeNumber pointId={point.id} refresh={shown} />

      {mine.status === 'signedOut' && (
        <Pressable role='link' className='point-section point-signin' onPress={() => Taro.navigateTo({ url: LOGIN_PAGE })}>
          <Text>{t('point.signIn')}</Text>
        </Pressable>
      )}

      <View className='point-section'>
        <View className='point-section-title'>{t('point.agents')}</View>
        {agents.length === 0 && <Text className='point-muted'>{t('point.noAgents')}</Text>}
        {agents.map((agent) => (
          <View key={agent.id} className='point-agent'>
            <Text className='point-agent-name'>{agent.name}</Text>
            <Text className='point-agent-title'>{agent.title}</Text>
          </View>
        ))}
      </View>

      <View className='point-actions'>
        <Button className='point-entrust' type='primary' block onClick={() => Taro.navigateTo({ url: `/resident/items/index?pointId=${encodeURIComponent(point.id)}` })}>
          {t('point.entrust')}
        </Button>
        <Button className='point-book' block fill='outline' onClick={() => Taro.navigateTo({ url: `/resident/booking/index?pointId=${encodeURIComponent(point.id)}` })}>
          {t('point.book')}
        </Button>
      </View>
    </View>
  );
}
