// 服务网点: the district, street/town, community and park service points, nearest first when located.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro from '@tarojs/taro';
import { Level, type ServicePoint } from '@app/shared';
import { useEffect, useMemo, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import '../../i18n/points';
import { isWeapp } from '../../lib/session';
import { describeDistance, distanceMetres } from './distance';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';
import { TabBar } from '../../components/ui/TabBar';

type ListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; points: ServicePoint[] };
type Here = ServicePoint['location'];

/** The user's position in WeChat, if they allow it; the H5 build keeps the API's order. */
async function locate(): Promise<Here | undefined> {
  if (!isWeapp()) return undefined;
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
    return { lat: latitude, lng: longitude };
  } catch {
    // Refused, or the privacy consent was declined: nearness is a nicety, not a requirement.
    return undefined;
  }
}

export default function ServicePointsPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const [level, setLevel] = useState<Level>('district');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [here, setHere] = useState<Here>();

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call('listServicePoints', {})
      .then((page) => live && setState({ status: 'ready', points: page.points }))
      .catch((error: unknown) => {
        if (!live) return;
        setState({ status: 'error', message: error instanceof ApiCallError ? error.message : t('common.systemError') });
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    locate().then(setHere);
  }, []);

  const shown = useMemo(() => {
    if (state.status !== 'ready') return [];
    const rows = state.points
      .filter((point) => point.level === level)
      .map((point) => ({ point, metres: here ? distanceMetres(here, point.location) : undefined }));
    // Array.prototype.sort is stable: without a position the API's order stays.
    return here ? rows.sort((a, b) => (a.metres ?? 0) - (b.metres ?? 0)) : rows;
  }, [state, level, here]);

  const callPoint = (phone: string) => {
    Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  };

  return (
    <View className={pageClass(elderly, `points-page ${languageClass(language)}`)} {...languageProps(language)}>
      <TabBar label={t('points.levels')} className='level-tabs' tabs={Level.values.map((value) => ({ value, title: t(`vocab.level.${value}`) }))} value={level} onChange={setLevel} />
      {here && <View className='points-hint'>{t('points.nearestFirst')}</View>}

      <View className='point-list'>
        {state.status === 'loading' && <View className='points-status'>{t('common.loading')}</View>}
        {state.status === 'error' && (
          <View className='points-status'>
            <Text>{state.message}</Text>
            <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </Button>
          </View>
        )}
        {state.status === 'ready' && shown.length === 0 && <View className='points-status'>{t('points.empty')}</View>}
        {shown.map(({ point, metres }) => {
          // The bureau may have entered the point in Mongolian too (issue 17); else the Chinese shows.
          const { nameMn, addressMn } = point as { nameMn?: string; addressMn?: string };
          const name = localized(point.name, nameMn);
          return (
            <View key={point.id} className='point-row'>
              <Pressable
                role='link'
                className='point-row-link'
                hoverClass='point-row--pressed'
                onPress={() => Taro.navigateTo({ url: `/resident/point/index?id=${encodeURIComponent(point.id)}` })}
              >
                <View className='point-head'>
                  <Text className='point-name'>{name}</Text>
                  {metres !== undefined && <Text className='point-distance'>{describeDistance(metres)}</Text>}
                </View>
                {point.parentName && <Text className='point-parent'>{t('points.parent', { name: point.parentName })}</Text>}
                <Text className='point-line'>{t('points.address', { address: localized(point.address, addressMn) })}</Text>
                <Text className='point-line'>{t('points.hours', { hours: point.hours.regular })}</Text>
                {point.hours.extended && (
                  <View className='point-extended'>
                    <Text className='point-extended-mark'>{t('points.extended')}</Text>
                    <Text className='point-extended-hours'>{point.hours.extended}</Text>
                  </View>
                )}
              </Pressable>
              <Pressable className='point-phone' label={t('points.callLabel', { name, phone: point.phone })} onPress={() => callPoint(point.phone)}>
                <Text className='point-phone-label'>{t('points.phone')}</Text>
                <Text className='point-phone-number'>{point.phone}</Text>
                <Text className='point-phone-action'>{t('points.call')}</Text>
              </Pressable>
            </View>
          );
        })}
      </View>
    </View>
  );
}
