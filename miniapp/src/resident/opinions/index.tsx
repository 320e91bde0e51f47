// 意见建议与投诉: a resident tells the district service bureau what to improve, complains or praises,
// optionally about one of their cases, and reads the bureau's answers (接受社会监督).
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { Opinion } from '@app/shared';
import { useRef, useState } from 'react';
import { call } from '../../api/client';
import { OpinionCard } from '../../components/opinions/OpinionCard';
import { OpinionForm, type CaseOption } from '../../components/opinions/OpinionForm';
import { opinionErrorText } from '../../components/opinions/opinionText';
import { pageClass, useElderly } from '../../lib/elderly';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/opinions';
import { currentUser, LOGIN_PAGE, requireUser } from '../../lib/session';
import '../../components/opinions/opinions.scss';

const PAGE_SIZE = 20;

type PageState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'error'; message: string }
  | { status: 'ready'; cases: CaseOption[]; opinions: Opinion[]; nextCursor?: string };

export default function MyOpinionsPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const { params } = useRouter();
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  // The login page opens by itself once; after that a signed-out user gets a button, not a loop.
  const askedLogin = useRef(false);

  const load = async () => {
    const ticket = ++latest.current;
    let user = currentUser();
    if (!user && !askedLogin.current) {
      askedLogin.current = true;
      user = await requireUser();
    }
    if (!user) {
      if (ticket === latest.current) setState({ status: 'signedOut' });
      return;
    }
    try {
      const [cases, mine] = await Promise.all([call('listMyCases', { query: { limit: 50 } }), call('listMyOpinions', { query: { limit: PAGE_SIZE } })]);
      if (ticket !== latest.current) return;
      setState({
        status: 'ready',
        cases: cases.cases.map((c) => ({ id: c.id, number: c.number, itemName: c.itemName })),
        opinions: mine.opinions,
        nextCursor: mine.nextCursor,
      });
    } catch (error) {
      if (ticket === latest.current) setState({ status: 'error', message: opinionErrorText(error) });
    }
  };

  // Every show: an answer may have arrived while the user was elsewhere.
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const loadMore = async () => {
    if (state.status !== 'ready' || !state.nextCursor) return;
    setLoadingMore(true);
    try {
      const more = await call('listMyOpinions', { query: { limit: PAGE_SIZE, cursor: state.nextCursor } });
      setState((prev) => (prev.status === 'ready' ? { ...prev, opinions: [...prev.opinions, ...more.opinions], nextCursor: more.nextCursor } : prev));
    } catch (error) {
      void Taro.showToast({ title: opinionErrorText(error), icon: 'none' });
    } finally {
      setLoadingMore(false);
    }
  };

  const sent = (opinion: Opinion) => {
    setState((prev) => (prev.status === 'ready' ? { ...prev, opinions: [opinion, ...prev.opinions.filter((o) => o.id !== opinion.id)] } : prev));
    void Taro.showToast({ title: t('opinions.sent'), icon: 'success' });
  };

  return (
    <View className={pageClass(elderly, `opinions-page ${languageClass(language)}`)} {...languageProps(language)}>
      {state.status === 'loading' && <View className='opinions-status'>{t('common.loading')}</View>}
      {state.status === 'signedOut' && (
        <View className='opinions-status'>
          <Text>{t('opinions.signIn')}</Text>
          <Button size='small' type='primary' onClick={() => Taro.navigateTo({ url: LOGIN_PAGE })}>
            {t('opinions.goSignIn')}
          </Button>
        </View>
      )}
      {state.status === 'error' && (
        <View className='opinions-status'>
          <Text>{state.message}</Text>
          <Button size='small' onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {state.status === 'ready' && (
        <>
          <View className='opinions-section-title'>{t('opinions.write')}</View>
          <OpinionForm cases={state.cases} initialCaseId={params?.caseId} onSent={sent} />
          <View className='opinions-section-title'>{t('opinions.mine')}</View>
          {state.opinions.length === 0 && <View className='opinions-status'>{t('opinions.none')}</View>}
          {state.opinions.map((o) => (
            <OpinionCard key={o.id} opinion={o} />
          ))}
          {state.nextCursor && (
            <View className='opinions-more'>
              <Button block fill='outline' loading={loadingMore} onClick={() => void loadMore()}>
                {t('opinions.more')}
              </Button>
            </View>
          )}
        </>
      )}
    </View>
  );
}
