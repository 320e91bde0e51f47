// 工作台收件箱: the agent's open cases and sub-tasks (mine, my department's, my service point's), soonest deadline first.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { Principal, RouteQueryInput } from '@app/shared';
import { useRef, useState } from 'react';
import { call } from '../../api/client';
import { InboxEntryCard, type InboxEntry } from '../../components/agent/InboxEntryCard';
import { errorMessage } from '../../components/case/messages';
import { pageClass, useElderly } from '../../lib/elderly';
import { isWeapp, requireUser } from '../../lib/session';
import { askSubscription, prefetchSubscriptions } from '../../lib/subscribe';
import './index.scss';
import { group } from '../../lib/a11y';
import { Pressable } from '../../components/ui/Pressable';

type InboxView = NonNullable<RouteQueryInput<'agentInbox'>['view']>;
const PAGE_SIZE = 30;

const TABS: { view: InboxView; title: string }[] = [
  { view: 'mine', title: '我的' },
  { view: 'department', title: '本部门' },
  { view: 'servicePoint', title: '本网点' },
];

type ListState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'notAgent' }
  | { status: 'error'; message: string }
  | { status: 'ready'; entries: InboxEntry[]; nextCursor?: string; loadingMore?: boolean };

export default function AgentInboxPage() {
  const [elderly] = useElderly();
  const [user, setUser] = useState<Principal>();
  const [view, setView] = useState<InboxView>('mine');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  // Answers to an older tab's request must not overwrite the tab now shown.
  const requestSeq = useRef(0);

  const load = async (which: InboxView, quiet = false) => {
    const seq = ++requestSeq.current;
    if (!quiet) setList({ status: 'loading' });
    try {
      const page = await call('agentInbox', { query: { view: which, limit: PAGE_SIZE } });
      if (seq === requestSeq.current) setList({ status: 'ready', entries: page.entries, nextCursor: page.nextCursor });
    } catch (error) {
      if (seq === requestSeq.current) setList({ status: 'error', message: errorMessage(error) });
    }
  };

  const loadMore = async () => {
    if (list.status !== 'ready' || !list.nextCursor || list.loadingMore) return;
    const seq = requestSeq.current;
    setList({ ...list, loadingMore: true });
    try {
      const page = await call('agentInbox', { query: { view, limit: PAGE_SIZE, cursor: list.nextCursor } });
      if (seq === requestSeq.current) setList({ status: 'ready', entries: [...list.entries, ...page.entries], nextCursor: page.nextCursor });
    } catch (error) {
      if (seq === requestSeq.current) setList({ ...list, loadingMore: false });
      void Taro.showToast({ title: errorMessage(error), icon: 'none' });
    }
  };

  // Also when coming back from a case: it may have left this queue meanwhile.
  useDidShow(() => {
    void requireUser().then((signedIn) => {
      setUser(signedIn);
      if (!signedIn) setList({ status: 'signedOut' });
      else if (signedIn.role !== 'agent') setList({ status: 'notAgent' });
      else {
        void load(view, list.status === 'ready');
        void prefetchSubscriptions();
      }
    });
  });

  usePullDownRefresh(() => {
    const done = () => void Taro.stopPullDownRefresh();
    if (user?.role === 'agent') void load(view, true).finally(done);
    else done();
  });

  // 接收新任务提醒: one WeChat message per accepted tap (WeChat's one-time subscription), asked in the tap.
  const askNewTaskReminders = () => {
    void askSubscription(['newTask']).then((answers) => {
      if (answers) void Taro.showToast({ title: answers[0]?.accepted ? '已开启新任务提醒' : '未开启提醒', icon: 'none' });
    });
  };

  const pick = (next: InboxView) => {
    if (next === view) return;
    setView(next);
    void load(next);
  };

  if (list.status === 'notAgent' || list.status === 'signedOut') {
    return (
      <View className={pageClass(elderly, 'agent-inbox')}>
        <Text className='inbox-status inbox-denied'>{list.status === 'notAgent' ? '仅限代办帮办员使用' : '请先登录'}</Text>
      </View>
    );
  }

  const tabs = TABS.filter((t) => (t.view !== 'servicePoint' || Boolean(user?.servicePointId)) && (t.view !== 'department' || Boolean(user?.departmentId)));
  const entries = list.status === 'ready' ? list.entries.filter((e) => !overdueOnly || e.deadline?.status === 'overdue') : [];

  return (
    <View className={pageClass(elderly, 'agent-inbox')}>
      <View className='inbox-bar'>
        <View className='inbox-tabs' {...group('tablist', '待办范围')}>
          {tabs.map((t) => (
            <Pressable key={t.view} role='tab' selected={t.view === view} className={`inbox-tab${t.view === view ? ' inbox-tab--active' : ''}`} data={{ view: t.view }} onPress={() => pick(t.view)}>
              <Text>{t.title}</Text>
            </Pressable>
          ))}
        </View>
        <View className='inbox-links'>
          <Pressable
            role='switch'
            checked={overdueOnly}
            label='只看已超期'
            className={`inbox-tab inbox-filter-overdue${overdueOnly ? ' inbox-tab--active' : ''}`}
            data={{ view: 'overdue' }}
            onPress={() => setOverdueOnly(!overdueOnly)}
          >
            <Text>{overdueOnly ? '✓ ' : ''}已超期</Text>
          </Pressable>
          <Pressable role='link' className='inbox-link inbox-rectifications' onPress={() => void Taro.navigateTo({ url: '/bureau/rectifications/index' })}>
            <Text>差评整改</Text>
          </Pressable>
          <Pressable role='link' className='inbox-link inbox-register' onPress={() => void Taro.navigateTo({ url: '/agent/register/index' })}>
            <Text>窗口登记</Text>
          </Pressable>
          {user?.servicePointId && (
            <Pressable role='link' className='inbox-link inbox-point' onPress={() => void Taro.navigateTo({ url: '/agent/point/index' })}>
              <Text>网点预约</Text>
            </Pressable>
          )}
          {user?.servicePointId && (
            <Pressable role='link' className='inbox-link inbox-window' onPress={() => void Taro.navigateTo({ url: '/agent/window/index' })}>
              <Text>窗口叫号</Text>
            </Pressable>
          )}
        </View>
      </View>

      {isWeapp() && (
        <View className='inbox-subscribe'>
          <Button className='inbox-subscribe-button' size='small' type='primary' fill='outline' onClick={askNewTaskReminders}>
            接收新任务提醒
          </Button>
        </View>
      )}

      {list.status === 'loading' && <Text className='inbox-status'>加载中…</Text>}
      {list.status === 'error' && (
        <View className='inbox-status'>
          <Text className='inbox-error'>{list.message}</Text>
          <Button size='small' onClick={() => void load(view)}>
            重试
          </Button>
        </View>
      )}
      {list.status === 'ready' && entries.length === 0 && <Text className='inbox-status inbox-empty'>{overdueOnly ? '没有已超期的办件' : '暂无待办办件'}</Text>}
      {entries.map((entry) => (
        <InboxEntryCard key={`${entry.caseId}:${entry.subTask?.id ?? ''}`} entry={entry} />
      ))}
      {list.status === 'ready' && list.nextCursor && (
        <View className='inbox-more'>
          <Button className='inbox-load-more' size='small' fill='outline' loading={list.loadingMore} onClick={() => void loadMore()}>
            加载更多
          </Button>
        </View>
      )}
    </View>
  );
}
