// 事项清单: residents browse and search the service items they can entrust, by scope.
import '../../api/allRoutes';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Scope, ServiceKind, type ListServiceItemsResponse } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { field, group } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { Pressable } from '../../components/ui/Pressable';
import './index.scss';

type ScopeFilter = Scope | 'all';
type Items = ListServiceItemsResponse['items'];
type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: Items; nextCursor?: string; loadingMore?: boolean };

const TABS: { value: ScopeFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...Scope.values.map((value) => ({ value, label: Scope.labels[value] })),
];

/** Route parameters arrive encoded on some platforms and decoded on others. */
function routeText(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value).trim();
  } catch {
    return value.trim();
  }
}

const errorMessage = (error: unknown) => (error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试');

export default function ServiceItemsPage() {
  const [elderly] = useElderly();
  const { params } = useRouter();
  // The home opens this page with ?scope=… or ?q=…: those are the initial filters.
  const [scope, setScope] = useState<ScopeFilter>(() => {
    const parsed = Scope.schema.safeParse(params.scope);
    return parsed.success ? parsed.data : 'all';
  });
  const [draft, setDraft] = useState(() => routeText(params.q).slice(0, 40));
  const [q, setQ] = useState(() => routeText(params.q).slice(0, 40));
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ListState>({ status: 'loading' });
  // Only the latest request may write the list: a slow answer to an old search must not win.
  const latest = useRef(0);

  const filters = () => ({ scope: scope === 'all' ? undefined : scope, q: q || undefined });

  useEffect(() => {
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    call('listServiceItems', { query: filters() })
      .then((page) => ticket === latest.current && setState({ status: 'ready', items: page.items, nextCursor: page.nextCursor }))
      .catch((error: unknown) => ticket === latest.current && setState({ status: 'error', message: errorMessage(error) }));
  }, [scope, q, attempt]);

  const loadMore = () => {
    if (state.status !== 'ready' || !state.nextCursor || state.loadingMore) return;
    const ticket = latest.current;
    setState({ ...state, loadingMore: true });
    call('listServiceItems', { query: { ...filters(), cursor: state.nextCursor } })
      .then((page) => {
        if (ticket !== latest.current) return;
        setState({ status: 'ready', items: [...state.items, ...page.items], nextCursor: page.nextCursor });
      })
      .catch((error: unknown) => {
        if (ticket !== latest.current) return;
        setState({ ...state, loadingMore: false });
        Taro.showToast({ title: errorMessage(error), icon: 'none' });
      });
  };

  const search = (text: string) => setQ(text.trim());
  const openItem = (id: string) => Taro.navigateTo({ url: `/resident/item/index?id=${encodeURIComponent(id)}` });

  return (
    <View className={pageClass(elderly, 'items-page service-items')}>
      <View className='search-bar'>
        <Input
          className='search-input'
          {...field('搜索事项')}
          type='text'
          confirmType='search'
          placeholder='搜索事项名称、部门或关键词'
          value={draft}
          maxlength={40}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={(e) => search(e.detail.value)}
        />
        <Pressable className='search-button' onPress={() => search(draft)}>
          <Text>搜索</Text>
        </Pressable>
      </View>

      <View className='scope-tabs' {...group('tablist', '按领域筛选')}>
        {TABS.map((tab) => (
          <Pressable
            key={tab.value}
            role='tab'
            selected={tab.value === scope}
            className={`scope-tab${tab.value === scope ? ' scope-tab--active' : ''}`}
            onPress={() => setScope(tab.value)}
          >
            <Text>{tab.label}</Text>
          </Pressable>
        ))}
      </View>

      <View className='item-list'>
        {q && state.status === 'ready' && (
          <View className='list-query'>
            <Text>“{q}”的搜索结果</Text>
            <Pressable
              className='list-query-clear'
              onPress={() => {
                setDraft('');
                setQ('');
              }}
            >
              <Text>清除搜索</Text>
            </Pressable>
          </View>
        )}
        {state.status === 'loading' && <View className='list-status list-loading'>加载中…</View>}
        {state.status === 'error' && (
          <View className='list-status list-error'>
            <Text className='list-error-message'>{state.message}</Text>
            <Pressable className='retry-button' onPress={() => setAttempt((n) => n + 1)}>
              <Text>重试</Text>
            </Pressable>
          </View>
        )}
        {state.status === 'ready' && state.items.length === 0 && (
          <View className='list-status list-empty'>暂无相关事项，换个关键词试试</View>
        )}
        {state.status === 'ready' &&
          state.items.map((item) => (
            <Pressable key={item.id} role='link' className='item-row' hoverClass='item-row--pressed' onPress={() => openItem(item.id)}>
              <View className='item-head'>
                <Text className='item-name'>{item.name}</Text>
                <Text className='item-fee'>{item.fee.note}</Text>
              </View>
              <Text className='item-department'>{item.departmentName}</Text>
              <Text className='item-deadline'>承诺时限 {item.commitmentDays} 个工作日</Text>
              <View className='item-kinds'>
                {item.serviceKinds.map((kind) => (
                  <Text key={kind} className='item-kind'>
                    {ServiceKind.labels[kind]}
                  </Text>
                ))}
              </View>
            </Pressable>
          ))}
        {state.status === 'ready' && state.nextCursor && (
          <Pressable className='list-more' disabled={state.loadingMore} onPress={loadMore}>
            <Text>{state.loadingMore ? '加载中…' : '加载更多'}</Text>
          </Pressable>
        )}
      </View>
    </View>
  );
}
