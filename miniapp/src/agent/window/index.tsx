// 窗口叫号: an agent of a service point picks their window (remembered on the device), calls the
// next ticket, recalls it, marks it missed after three calls, serves it, turns it into a window
// entrustment or links it to a case, and takes desk numbers; the view refreshes every 5 s while shown.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import type { Principal, QueueConfigResponse, Ticket, WindowView } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../components/booking/bookingText';
import { toast } from '../../components/case/messages';
import { ChipGroup } from '../../components/catalogueAdmin/ChipGroup';
import { CurrentTicket } from '../../components/queue/CurrentTicket';
import { DeskTicket } from '../../components/queue/DeskTicket';
import { TicketCase } from '../../components/queue/TicketCase';
import { WindowQueues } from '../../components/queue/WindowQueues';
import { ACTION_LABELS, rememberWindow, rememberedWindow, type WindowAction } from '../../components/queue/windowLogic';
import { Button } from '../../components/ui/Button';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import '../../components/catalogueAdmin/catalogueAdmin.scss';
import './index.scss';

const POLL_MS = 5_000;

export default function AgentWindowPage() {
  const [elderly] = useElderly();
  const [user, setUser] = useState<Principal | null>();
  const [config, setConfig] = useState<QueueConfigResponse>();
  const [loadError, setLoadError] = useState<string>();
  const [windowNo, setWindowNo] = useState<number>();
  const [view, setView] = useState<WindowView>();
  const [busy, setBusy] = useState<WindowAction>();
  const [now, setNow] = useState(() => new Date());
  const [shown, setShown] = useState(true);
  // An answer for a window no longer chosen must not overwrite the one shown.
  const asked = useRef<number>();
  const pointId = user?.servicePointId;

  useDidShow(() => {
    setShown(true);
    void requireUser().then((u) => setUser(u ?? null));
  });
  useDidHide(() => setShown(false));

  useEffect(() => {
    if (!pointId) return;
    call('getQueueConfig', { params: { id: pointId } })
      .then((c) => {
        setConfig(c);
        setWindowNo((w) => w ?? rememberedWindow(c.windows));
      })
      .catch((e: unknown) => setLoadError(errorText(e)));
  }, [pointId]);

  const refresh = useCallback(async () => {
    if (!windowNo) return;
    asked.current = windowNo;
    try {
      const answer = await call('queueWindow', { query: { window: windowNo } });
      if (asked.current === windowNo) (setView(answer), setLoadError(undefined));
    } catch (e) {
      if (asked.current === windowNo) setLoadError(errorText(e));
    }
    setNow(new Date());
  }, [windowNo]);

  // Polls while the page is shown: a ticket called by a colleague leaves "next" within 5 s.
  useEffect(() => {
    if (!windowNo || !shown) return;
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [windowNo, shown, refresh]);

  const pick = (value: string) => {
    const n = Number(value);
    rememberWindow(n);
    setView(undefined);
    setWindowNo(n);
  };

  const withCurrent = (t: Ticket | undefined) => setView((v) => (v ? { ...v, current: t && ['called', 'serving'].includes(t.state) ? t : undefined } : v));

  const act = async (action: WindowAction) => {
    if (!view || !windowNo) return;
    setBusy(action);
    try {
      if (action === 'call') {
        const called = await call('callNext', { body: { window: windowNo } });
        withCurrent(called);
        toast(`请 ${called.number} 到 ${windowNo} 号窗口`, 'success');
      } else if (view.current) {
        const changed = await call('actOnTicket', { params: { id: view.current.id }, body: { action, version: view.current.version } });
        withCurrent(changed);
        toast(`${changed.number} ${ACTION_LABELS[action]}`, 'success');
      }
    } catch (e) {
      toast(errorText(e));
    } finally {
      setBusy(undefined);
      void refresh();
    }
  };

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'agent-window')}>{content}</View>;
  if (user === undefined) return page(<Text className='qw-status'>加载中…</Text>);
  if (!user || user.role !== 'agent') return page(<Text className='qw-status'>仅限代办帮办员使用</Text>);
  if (!pointId) return page(<Text className='qw-status'>您不属于任何服务网点，窗口叫号由网点工作人员使用</Text>);
  if (!config) return page(<Text className={`qw-status${loadError ? ' qw-error' : ''}`}>{loadError ?? '加载中…'}</Text>);

  return page(
    <>
      <View className='qw-card qw-head'>
        <Text className='qw-point'>{config.pointName}</Text>
        <ChipGroup
          label='我的窗口'
          className='qw-windows'
          options={Array.from({ length: config.windows }, (_, i) => ({ value: String(i + 1), label: `窗口 ${i + 1}` }))}
          selected={windowNo ? [String(windowNo)] : []}
          onToggle={pick}
        />
        {!windowNo && <Text className='qw-muted'>请选择您所在的窗口，本机会记住</Text>}
      </View>
      {loadError && <Text className='qw-banner qw-error'>{loadError}</Text>}
      {windowNo && !view && !loadError && <Text className='qw-status'>加载中…</Text>}
      {view && view.window === windowNo && (
        <>
          <CurrentTicket view={view} now={now} busy={busy} onAct={(a) => void act(a)} />
          <TicketCase ticket={view.current} onLinked={withCurrent} />
          <WindowQueues view={view} />
        </>
      )}
      <DeskTicket queues={config.queues} onTaken={() => void refresh()} />
      <View className='qw-back'>
        <Button block fill='none' onClick={() => void Taro.navigateBack()}>
          返回工作台
        </Button>
      </View>
    </>,
  );
}
