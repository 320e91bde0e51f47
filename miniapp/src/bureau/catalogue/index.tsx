// 事项管理: every service item of the catalogue (停用 ones included), searchable and filtered by
// department, for the bureau to open, edit or add one.
import '../../api/allRoutes';
import { ScrollView, Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/EmptyState';
import Taro, { useDidShow } from '@tarojs/taro';
import { type AdminServiceItemSummary, type Department, type Principal } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { ChipGroup } from '../../components/catalogueAdmin/ChipGroup';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import '../../components/catalogueAdmin/catalogueAdmin.scss';
import { field } from '../../lib/a11y';
import { Pressable } from '../../components/ui/Pressable';

type UserState = { status: 'checking' } | { status: 'none' } | { status: 'ready'; user: Principal };
type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: AdminServiceItemSummary[]; nextCursor?: string; loadingMore: boolean };
type StatusFilter = 'all' | 'active' | 'withdrawn';

const STATUS_OPTIONS = [
  { value: 'all', label: '全部' },
  { value: 'active', label: '在用' },
  { value: 'withdrawn', label: '已停用' },
] as const;

const messageOf = (error: unknown) => (error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试');

export default function BureauCataloguePage() {
  const [elderly] = useElderly();
  const [userState, setUserState] = useState<UserState>({ status: 'checking' });
  const [departments, setDepartments] = useState<Department[]>([]);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);

  // Back from the item page: show what was just saved.
  useDidShow(() => {
    requireUser().then((user) => setUserState(user ? { status: 'ready', user } : { status: 'none' }));
    setReloads((n) => n + 1);
  });

  const isBureau = userState.status === 'ready' && userState.user.role === 'bureau';

  useEffect(() => {
    if (!isBureau) return;
    call('listDepartments')
      .then((r) => setDepartments(r.departments))
      .catch(() => setDepartments([]));
  }, [isBureau]);

  // Typing settles for a moment before the list is asked again.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  const query = (cursor?: string) => ({
    q: q || undefined,
    departmentId: departmentId || undefined,
    status: status === 'all' ? undefined : status,
    limit: 30,
    cursor,
  });

  useEffect(() => {
    if (!isBureau) return;
    let live = true;
    setState({ status: 'loading' });
    call('adminListServiceItems', { query: query() })
      .then((r) => live && setState({ status: 'ready', items: r.items, nextCursor: r.nextCursor, loadingMore: false }))
      .catch((error: unknown) => live && setState({ status: 'error', message: messageOf(error) }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isBureau, q, departmentId, status, reloads]);

  const loadMore = async () => {
    if (state.status !== 'ready' || !state.nextCursor || state.loadingMore) return;
    setState({ ...state, loadingMore: true });
    try {
      const r = await call('adminListServiceItems', { query: query(state.nextCursor) });
      setState({ status: 'ready', items: [...state.items, ...r.items], nextCursor: r.nextCursor, loadingMore: false });
    } catch (error) {
      setState({ ...state, loadingMore: false });
      void Taro.showToast({ title: messageOf(error), icon: 'none' });
    }
  };

  const open = (id?: string) => Taro.navigateTo({ url: id ? `/bureau/item/index?id=${encodeURIComponent(id)}` : '/bureau/item/index' });

  if (userState.status === 'checking') return <View className={pageClass(elderly, 'bureau-catalogue')}>加载中…</View>;
  if (!isBureau) {
    return (
      <View className={pageClass(elderly, 'bureau-catalogue')}>
        <EmptyState description={userState.status === 'none' ? '请先登录' : '仅限政务服务局使用'} />
      </View>
    );
  }

  return (
    <View className={pageClass(elderly, 'bureau-catalogue')}>
      <View className='ca-toolbar'>
        <View className='ca-toolbar-row'>
          <Input {...field('搜索事项')} className='ca-search' placeholder='搜索事项名称、编码、关键词' maxLength={40} value={typed} onChange={setTyped} />
          <Button className='ca-new' type='primary' size='small' onClick={() => open()}>
            新增事项
          </Button>
        </View>
        <ScrollView className='ca-filter-scroll' scrollX>
          <ChipGroup
            label='按部门筛选'
            className='ca-filter-departments'
            options={[{ value: '', label: '全部部门' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
            selected={[departmentId]}
            onToggle={setDepartmentId}
          />
        </ScrollView>
        <ChipGroup label='按状态筛选' className='ca-filter-status' options={STATUS_OPTIONS} selected={[status]} onToggle={setStatus} />
      </View>

      {state.status === 'loading' && <View className='ca-status'>加载中…</View>}
      {state.status === 'error' && (
        <View className='ca-status'>
          <Text>{state.message}</Text>
          <Button size='small' onClick={() => setReloads((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {state.status === 'ready' && (
        <>
          {state.items.length === 0 ? (
            <EmptyState description={q || departmentId || status !== 'all' ? '没有符合条件的事项' : '暂无事项，点击“新增事项”发布'} />
          ) : (
            <Text className='ca-count'>{`共 ${state.items.length}${state.nextCursor ? '+' : ''} 项`}</Text>
          )}
          {state.items.map((item) => (
            <Pressable
              key={item.id}
              role='link'
              className={`ca-row${item.active ? '' : ' ca-row--withdrawn'}`}
              hoverClass='ca-row--pressed'
              data={{ 'item-id': item.id }}
              onPress={() => open(item.id)}
            >
              <View className='ca-row-head'>
                <Text className='ca-row-name'>{item.name}</Text>
                {!item.active && <Text className='ca-tag ca-tag--withdrawn'>已停用</Text>}
              </View>
              <Text className='ca-row-line'>{`${item.code} · ${item.departmentName}`}</Text>
              <Text className='ca-row-line'>{`承诺时限 ${item.commitmentDays} 个工作日 · 材料 ${item.materialCount} 项 · 第${item.version}版`}</Text>
            </Pressable>
          ))}
          {state.nextCursor && (
            <Pressable className='ca-more' disabled={state.loadingMore} onPress={loadMore}>
              <Text>{state.loadingMore ? '加载中…' : '加载更多'}</Text>
            </Pressable>
          )}
        </>
      )}
    </View>
  );
}
