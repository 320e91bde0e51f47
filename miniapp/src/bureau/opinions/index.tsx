// 意见建议处理: the bureau answers residents' suggestions, complaints and praise — the oldest
// unanswered first — and looks back at what it answered.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/EmptyState';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { OpinionKind, type Opinion, type OpinionState, type Principal } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { AnswerForm } from '../../components/opinions/AnswerForm';
import { OpinionCard } from '../../components/opinions/OpinionCard';
import { opinionErrorText } from '../../components/opinions/opinionText';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import '../../components/opinions/opinions.scss';
import { Choices } from '../../components/ui/Choices';
import { TabBar } from '../../components/ui/TabBar';

const PAGE_SIZE = 20;

type UserState = { status: 'checking' } | { status: 'none' } | { status: 'ready'; user: Principal };
type ListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; opinions: Opinion[]; nextCursor?: string };
type KindFilter = OpinionKind | 'all';

export default function BureauOpinionsPage() {
  const [elderly] = useElderly();
  const [userState, setUserState] = useState<UserState>({ status: 'checking' });
  const [tab, setTab] = useState<OpinionState>('open');
  const [kind, setKind] = useState<KindFilter>('all');
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  useDidShow(() => {
    requireUser().then((user) => setUserState(user ? { status: 'ready', user } : { status: 'none' }));
  });
  usePullDownRefresh(() => {
    setReloads((n) => n + 1);
    Taro.stopPullDownRefresh();
  });

  const isBureau = userState.status === 'ready' && userState.user.role === 'bureau';
  const query = { state: tab, limit: PAGE_SIZE, ...(kind === 'all' ? {} : { kind }) };

  useEffect(() => {
    if (!isBureau) return;
    const ticket = ++latest.current;
    setList({ status: 'loading' });
    call('listOpinions', { query })
      .then((page) => ticket === latest.current && setList({ status: 'ready', opinions: page.opinions, nextCursor: page.nextCursor }))
      .catch((error: unknown) => ticket === latest.current && setList({ status: 'error', message: opinionErrorText(error, 'zh') }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isBureau, tab, kind, reloads]);

  const loadMore = async () => {
    if (list.status !== 'ready' || !list.nextCursor) return;
    const ticket = latest.current;
    setLoadingMore(true);
    try {
      const more = await call('listOpinions', { query: { ...query, cursor: list.nextCursor } });
      if (ticket === latest.current) {
        setList((prev) => (prev.status === 'ready' ? { ...prev, opinions: [...prev.opinions, ...more.opinions], nextCursor: more.nextCursor } : prev));
      }
    } catch (error) {
      void Taro.showToast({ title: opinionErrorText(error, 'zh'), icon: 'none' });
    } finally {
      setLoadingMore(false);
    }
  };

  const answered = (opinion: Opinion) => {
    setList((prev) => (prev.status === 'ready' ? { ...prev, opinions: prev.opinions.filter((o) => o.id !== opinion.id) } : prev));
    void Taro.showToast({ title: '已回复，群众将收到消息', icon: 'success' });
  };

  if (userState.status === 'checking') return <View className={pageClass(elderly, 'opinions-page')}>加载中…</View>;
  if (!isBureau) {
    return (
      <View className={pageClass(elderly, 'opinions-page')}>
        <EmptyState description={userState.status === 'none' ? '请先登录' : '仅限政务服务局使用'} />
      </View>
    );
  }

  const body = (
    <>
      <Choices
        label='按类别筛选'
        className='opinions-filter'
        choiceClass='opinion-chip'
        choices={(['all', ...OpinionKind.values] as KindFilter[]).map((k) => ({ value: k, label: k === 'all' ? '全部' : OpinionKind.labels[k] }))}
        selected={[kind]}
        onToggle={setKind}
      />
      {list.status === 'loading' && <View className='opinions-status'>加载中…</View>}
      {list.status === 'error' && (
        <View className='opinions-status'>
          <Text>{list.message}</Text>
          <Button size='small' onClick={() => setReloads((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {list.status === 'ready' && list.opinions.length === 0 && <EmptyState description={tab === 'open' ? '暂无待回复的意见' : '暂无已回复的意见'} />}
      {list.status === 'ready' &&
        list.opinions.map((o) => (
          <OpinionCard key={o.id} opinion={o} forBureau>
            {o.state === 'open' && <AnswerForm opinionId={o.id} onAnswered={answered} onStale={() => setReloads((n) => n + 1)} />}
          </OpinionCard>
        ))}
      {list.status === 'ready' && list.nextCursor && (
        <View className='opinions-more'>
          <Button block fill='outline' loading={loadingMore} onClick={() => void loadMore()}>
            加载更多
          </Button>
        </View>
      )}
    </>
  );

  return (
    <View className={pageClass(elderly, 'opinions-page')}>
      <TabBar
        label='意见状态'
        tabs={[
          { value: 'open', title: '待回复' },
          { value: 'answered', title: '已回复' },
        ]}
        value={tab}
        onChange={setTab}
      />
      {body}
    </View>
  );
}
