// 叫号屏: the hall's call display, opened on a screen in the hall by the point's code
// (`#/display/hall/index?code=P01ZWZX`), no login. It asks every second with the version it
// shows (`since`): one small read answers "nothing changed"; a new call is shown large and said
// aloud once (browsers speak only after someone has touched the page: 开启语音播报 does that once).
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { Board, BoardCall } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../components/booking/bookingText';
import { Button } from '../../components/ui/Button';
import { heading, live } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { announce, callKey, canSpeak } from './speech';
import './index.scss';

const POLL_MS = 1000;

const clockOf = (ms: number) => {
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

export default function HallDisplay() {
  const [elderly] = useElderly();
  const code = useRouter().params.code?.toUpperCase();
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
    if (!code) return setError('未指定网点：请在地址后加上网点编码，如 ?code=P01ZWZX');
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
        setError(errorText(e, { not_found: '未找到该网点，请检查网点编码' }));
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
    <View className={pageClass(elderly, 'display')}>
      <View className='display-head'>
        <Text className='display-point' {...heading(1)}>
          {board?.pointName ?? '叫号屏'}
        </Text>
        <Text className='display-clock'>{clockOf(now)}</Text>
      </View>
      {error && <Text className='display-error'>{error}</Text>}
      <View className='display-body'>
        <View className='display-calls' {...live('alert')}>
          <Text className='display-caption'>正在叫号</Text>
          {latest ? (
            <View className='display-latest' data-call={callKey(latest)}>
              <Text className='display-latest-number'>{latest.number}</Text>
              <Text className='display-latest-window'>请到 {latest.window} 号窗口</Text>
            </View>
          ) : (
            <Text className='display-idle'>请留意叫号，耐心等候</Text>
          )}
          <View className='display-table'>
            {board?.current
              .filter((c) => c.id !== latest?.id)
              .map((c) => (
                <View key={c.id} className='display-row'>
                  <Text className='display-row-number'>{c.number}</Text>
                  <Text className='display-row-window'>{c.window} 号窗口</Text>
                </View>
              ))}
          </View>
        </View>
        <View className='display-side'>
          <Text className='display-caption'>等候人数</Text>
          {board?.waiting.map((q) => (
            <View key={q.queueId} className='display-row'>
              <Text className='display-queue'>
                {q.prefix} {q.name}
              </Text>
              <Text className='display-count'>{q.count} 人</Text>
            </View>
          ))}
          <Text className='display-caption display-recent-caption'>最近叫号</Text>
          {board?.recent.slice(0, 6).map((c) => (
            <View key={`${c.id}:${c.calledAt}`} className='display-row display-recent'>
              <Text>{c.number}</Text>
              <Text>{c.window} 号窗口</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='display-foot'>
        <Text>请扫描网点二维码取号，叫号三次未到将过号</Text>
        {canSpeak() && !voice && (
          <Button className='display-voice' size='small' onClick={() => setVoice(true)}>
            开启语音播报
          </Button>
        )}
        {voice && <Text>语音播报已开启</Text>}
      </View>
    </View>
  );
}
