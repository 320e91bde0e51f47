// 事项清单: residents browse and search the service items they can entrust, by scope.
import '../../api/allRoutes';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Scope, type ListServiceItemsResponse } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { field, group } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import { Pressable } from '../../components/ui/Pressable';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import '../../i18n/catalogue';
import './index.scss';

type ScopeFilter = Scope | 'all';
type Items = ListServiceItemsResponse['items'];
type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: Items; nextCursor?: string; loadingMore?: boolean };

const tabs = (): { value: ScopeFilter; label: string }[] => [
  { value: 'all', label: t('catalogue.all') },
  ...Scope.values.map((value) => ({ value, label: t(`vocab.scope.${value}`) })),
];

/** The names the bureau may have entered in Mongolian too (issue 17 deliverable 3). */
type Bilingual = { nameMn?: string; departmentNameMn?: string };

/** Route parameters arrive encoded on some platforms and decoded on others. */
function routeText(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value).trim();
  } catch {
    return value.trim();
  }
}

const errorMessage = (error: unknown) => (error instanceof ApiCallError ? error.message : t('common.systemError'));

export default function ServiceItemsPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
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
    <View className={pageClass(elderly, `items-page service-items ${languageClass(language)}`)} {...languageProps(language)}>
      <View className='search-bar'>
        <Input
          className='search-input'
          {...field(t('catalogue.searchField'))}
          type='text'
          confirmType='search'
          placeholder={t('catalogue.searchPlaceholder')}
          value={draft}
          maxlength={40}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={(e) => search(e.detail.value)}
        />
        <Pressable className='search-button' onPress={() => search(draft)}>
          <Text>{t('catalogue.search')}</Text>
        </Pressable>
      </View>

      <View className='scope-tabs' {...group('tablist', t('catalogue.byScope'))}>
        {tabs().map((tab) => (
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
            <Text>{t('catalogue.results', { q })}</Text>
            <Pressable
              className='list-query-clear'
              onPress={() => {
                setDraft('');
                setQ('');
              }}
            >
              <Text>{t('catalogue.clearSearch')}</Text>
            </Pressable>
          </View>
        )}
        {state.status === 'loading' && <View className='list-status list-loading'>{t('common.loading')}</View>}
        {state.status === 'error' && (
          <View className='list-status list-error'>
            <Text className='list-error-message'>{state.message}</Text>
            <Pressable className='retry-button' onPress={() => setAttempt((n) => n + 1)}>
              <Text>{t('common.retry')}</Text>
            </Pressable>
          </View>
        )}
        {state.status === 'ready' && state.items.length === 0 && (
          <View className='list-status list-empty'>{t('catalogue.empty')}</View>
        )}
        {state.status === 'ready' &&
          state.items.map((item) => (
            <Pressable key={item.id} role='link' className='item-row' hoverClass='item-row--pressed' onPress={() => openItem(item.id)}>
              <View className='item-head'>
                <Text className='item-name'>{localized(item.name, (item as Bilingual).nameMn)}</Text>
                <Text className='item-fee'>{t('catalogue.free')}</Text>
              </View>
              <Text className='item-department'>{localized(item.departmentName, (item as Bilingual).departmentNameMn)}</Text>
              <Text className='item-deadline'>{t('catalogue.commitment', { n: item.commitmentDays })}</Text>
              <View className='item-kinds'>
                {item.serviceKinds.map((kind) => (
                  <Text key={kind} className='item-kind'>
                    {t(`catalogue.kind.${kind}`)}
                  </Text>
                ))}
              </View>
            </Pressable>
          ))}
        {state.status === 'ready' && state.nextCursor && (
          <Pressable className='list-more' disabled={state.loadingMore} onPress={loadMore}>
            <Text>{state.loadingMore ? t('common.loading') : t('catalogue.loadMore')}</Text>
          </Pressable>
        )}
      </View>
    </View>
  );
}
