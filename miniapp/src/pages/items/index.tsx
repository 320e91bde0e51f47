// 事项清单: residents browse and search the service items they can entrust, by scope.
import { Button, Input, Text, View } from '@tarojs/components';
import { Scope, ServiceKind, type ListServiceItemsResponse } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import './index.scss';

type ScopeFilter = Scope | 'all';
type Items = ListServiceItemsResponse['items'];
type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: Items };

const TABS: { value: ScopeFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...Scope.values.map((value) => ({ value, label: Scope.labels[value] })),
];

export default function ServiceItemsPage() {
  const [scope, setScope] = useState<ScopeFilter>('all');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ListState>({ status: 'loading' });
  // Only the latest request may write the list: a slow answer to an old search must not win.
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    call('listServiceItems', { query: { scope: scope === 'all' ? undefined : scope, q: q || undefined } })
      .then((page) => ticket === latest.current && setState({ status: 'ready', items: page.items }))
      .catch((error: unknown) => {
        if (ticket !== latest.current) return;
        const message = error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试';
        setState({ status: 'error', message });
      });
  }, [scope, q, attempt]);

  const search = (text: string) => setQ(text.trim());

  return (
    <View className='service-items'>
      <View className='search-bar'>
        <Input
          className='search-input'
          type='text'
          confirmType='search'
          placeholder='搜索事项名称、部门或关键词'
          value={draft}
          maxlength={40}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={(e) => search(e.detail.value)}
        />
        <Button className='search-button' size='mini' onClick={() => search(draft)}>
          搜索
        </Button>
      </View>

      <View className='scope-tabs'>
        {TABS.map((tab) => (
          <View
            key={tab.value}
            className={`scope-tab${tab.value === scope ? ' scope-tab--active' : ''}`}
            onClick={() => setScope(tab.value)}
          >
            {tab.label}
          </View>
        ))}
      </View>

      <View className='item-list'>
        {state.status === 'loading' && <View className='list-status list-loading'>加载中…</View>}
        {state.status === 'error' && (
          <View className='list-status list-error'>
            <Text className='list-error-message'>{state.message}</Text>
            <Button className='retry-button' size='mini' onClick={() => setAttempt((n) => n + 1)}>
              重试
            </Button>
          </View>
        )}
        {state.status === 'ready' && state.items.length === 0 && (
          <View className='list-status list-empty'>暂无相关事项</View>
        )}
        {state.status === 'ready' &&
          state.items.map((item) => (
            <View key={item.id} className='item-row'>
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
            </View>
          ))}
      </View>
    </View>
  );
}
