// 叫号屏: the hall's call display, opened on a screen in the hall by the point's code
// (`#/display/hall/index?code=P01ZWZX`), no login. It asks every second with the version it
// shows (`since`): one small read answers "nothing changed"; a new call is shown large and said
// aloud once (browsers speak only after someone has touched the page: 开启语音播报 does that once).
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { Board, BoardCall } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../components/booking/bookingText';
import { Button } from '../../components/ui/Button';
import { heading, live } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/hall';
import { announce, callKey, canSpeak } from './speech';
import './index.scss';

const POLL_MS = 1000;

const clockOf = (ms: number) => {
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return t('common.dateTime', { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hms: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` });
};

export default function HallDisplay() {
  const [elderly] = useElderly();
  const code = useRouter().params.code?.toUpperCase();
  const [language] = useLanguage();
  const [board, setBoard] = useState<Board>();
  const [error, setError] = useState('');
  const [voice, setVoice] = useState(false);
  const [now, setNow] = useState(Date.now());
  const spoken = useRef<Set<string> | undefined>(undefined);
  const version = useRef<number>();
  const offset = useRef(0);
  const voiceOn = useRef(false);
  voiceOn.current = voice;

  useEffect(() => {
    if (!code) return setError(t('hall.noCode'));
    let stopped = false;
    const poll = async () => {
      try {
        const next = await call('hallBoard', { params: { code }, query: version.current === undefined ? {} : { since: version.current } });
        offset.current = Date.parse(next.at) - Date.now();
        setError('');
        if (!next.changed) return;
        version.current = next.version;
        // What stood when the screen came on is not called again; every new call or 重呼 is, even
        // one already served by the next poll (it is among the recent calls then).
        const calls = [...next.current, ...next.recent];
        const fresh = [...new Map(calls.filter((c) => !spoken.current?.has(callKey(c))).map((c) => [callKey(c), c])).values()];
        if (spoken.current === undefined) spoken.current = new Set(calls.map(callKey));
        else for (const c of fresh.sort((a, b) => a.calledAt.localeCompare(b.calledAt))) {
          spoken.current.add(callKey(c));
          if (voiceOn.current) announce(c);
        }
        setBoard(next);
      } catch (e) {
        setError(errorText(e, { not_found: t('hall.notFound') }));
      }
    };
    void poll();
    const timer = setInterval(() => {
      if (!stopped) void poll();
    }, POLL_MS);
    const tick = setInterval(() => setNow(Date.now() + offset.current), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
      clearInterval(tick);
    };
  }, [code]);

  const latest: BoardCall | undefined = board?.current.slice().sort((a, b) => (b.calledAt > a.calledAt ? 1 : -1))[0];
  return (
    <View className={`${pageClass(elderly, 'display')} ${languageClass(language)}`} {...languageProps(language)}>
      <View className='display-head'>
        <Text className='display-point' {...heading(1)}>
          {board?.pointName ?? t('hall.title')}
        </Text>
        <Text className='display-clock'>{clockOf(now)}</Text>
      </View>
      {error && <Text className='display-error'>{error}</Text>}
      <View className='display-body'>
        <View className='display-calls' {...live('alert')}>
          <Text className='display-caption'>{t('hall.calling')}</Text>
          {latest ? (
            <View className='display-latest' data-call={callKey(latest)}>
              <Text className='display-latest-number'>{latest.number}</Text>
              <Text className='display-latest-window'>{t('hall.goTo', { window: latest.window })}</Text>
            </View>
          ) : (
            <Text className='display-idle'>{t('hall.idle')}</Text>
          )}
          <View className='display-table'>
            {board?.current
              .filter((c) => c.id !== latest?.id)
              .map((c) => (
                <View key={c.id} className='display-row'>
                  <Text className='display-row-number'>{c.number}</Text>
                  <Text className='display-row-window'>{t('common.windowNo', { window: c.window })}</Text>
                </View>
              ))}
          </View>
        </View>
        <View className='display-side'>
          <Text className='display-caption'>{t('hall.waiting')}</Text>
          {board?.waiting.map((q) => (
            <View key={q.queueId} className='display-row'>
              <Text className='display-queue'>
                {q.prefix} {q.name}
              </Text>
              <Text className='display-count'>{t('common.persons', { n: q.count })}</Text>
            </View>
          ))}
          <Text className='display-caption display-recent-caption'>{t('hall.recent')}</Text>
          {board?.recent.slice(0, 6).map((c) => (
            <View key={`${c.id}:${c.calledAt}`} className='display-row display-recent'>
              <Text>{c.number}</Text>
              <Text>{t('common.windowNo', { window: c.window })}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='display-foot'>
        <Text>{t('hall.foot')}</Text>
        {canSpeak() && !voice && (
          <Button className='display-voice' size='small' onClick={() => setVoice(true)}>
            {t('hall.voiceOn')}
          </Button>
        )}
        {voice && <Text>{t('hall.voiceIsOn')}</Text>}
      </View>
    </View>
  );
}
