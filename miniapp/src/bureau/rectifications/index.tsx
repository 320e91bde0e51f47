// 差评整改: the rectifications of bad ratings, open or done. The bureau follows them all; agents see
// their department's and report the measures taken.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { Rectification } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../components/case/messages';
import { RectificationCard } from '../../components/dashboard/RectificationCard';
import { useSignedIn } from '../../components/dashboard/useSignedIn';
import { pageClass, useElderly } from '../../lib/elderly';
import '../../components/dashboard/dashboard.scss';
import { TabBar } from '../../components/ui/TabBar';

type Tab = 'open' | 'done';
const TABS: { value: Tab; title: string }[] = [
  { value: 'open', title: '整改中' },
  { value: 'done', title: '已整改' },
];
type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; list: Rectification[] };

export default function RectificationsPage() {
  const [elderly] = useElderly();
  const user = useSignedIn();
  const [tab, setTab] = useState<Tab>('open');
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const role = user.status === 'ready' ? user.user.role : undefined;
  const allowed = role === 'agent' || role === 'bureau';

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    setState({ status: 'loading' });
    call('listRectifications', { query: { state: tab } })
      .then((data) => live && setState({ status: 'ready', list: data.rectifications }))
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }))
      .finally(() => void Taro.stopPullDownRefresh?.());
    return () => {
      live = false;
    };
  }, [allowed, tab, attempt]);

  usePullDownRefresh(() => setAttempt((n) => n + 1));

  // A reported rectification leaves the 整改中 list.
  const reported = (updated: Rectification) =>
    setState((s) => (s.status === 'ready' ? { status: 'ready', list: s.list.filter((r) => r.caseId !== updated.caseId || updated.state === tab) } : s));

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'dash-page')}>{content}</View>;
  if (user.status === 'checking') return page(<View className='dash-status'>加载中…</View>);
  if (!role || !allowed) return page(<View className='dash-status'>{user.status === 'none' ? '请先登录' : '仅限代办帮办员和政务服务局使用'}</View>);

  return page(
    <>
      <TabBar label='整改状态' className='rect-tabs' tabs={TABS.map((t) => ({ ...t, className: `rect-tab-${t.value}` }))} value={tab} onChange={setTab} />
      {state.status === 'loading' && <View className='dash-status'>加载中…</View>}
      {state.status === 'error' && (
        <View className='dash-status'>
          <Text className='dash-error'>{state.message}</Text>
          <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {state.status === 'ready' && state.list.length === 0 && <View className='dash-empty'>{tab === 'open' ? '暂无待整改的差评' : '暂无已整改记录'}</View>}
      {state.status === 'ready' && state.list.map((r) => <RectificationCard key={r.caseId} rectification={r} role={role} onReported={reported} />)}
    </>,
  );
}
