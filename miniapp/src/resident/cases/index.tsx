// 我的办件: the signed-in resident's cases, newest first, with what needs them and how the deadline stands.
import '../../api/allRoutes';
import { Button as WxButton, Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/EmptyState';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { CaseSummary } from '@app/shared';
import { useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { deadlineTone, needsApplicant, stateTagType } from '../../lib/format';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import { caseDeadlineText } from '../../components/case/caseLogic';
import '../../i18n/case';
import '../../i18n/caseView';
import { isWeapp, requireUser } from '../../lib/session';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';

const PAGE_SIZE = 50;

type ListState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'error'; message: string }
  | { status: 'ready'; cases: CaseSummary[]; nextCursor?: string };

const messageOf = (error: unknown) => (error instanceof ApiCallError ? error.message : t('common.systemError'));

function CaseCard({ c }: { c: CaseSummary }) {
  const tone = deadlineTone(c.deadline);
  return (
    <Pressable role='link' className='case-card' onPress={() => Taro.navigateTo({ url: `/resident/case/index?id=${c.id}` })}>
      <View className='case-card-head'>
        <Text className='case-card-name'>{localized(c.itemName, (c as { itemNameMn?: string }).itemNameMn)}</Text>
        <Tag className='case-state' type={stateTagType(c.state)} round>
          {t(`case.state.${c.state}`)}
        </Tag>
      </View>
      <Text className='case-number'>{t('caseView.head.number', { number: c.number })}</Text>
      <Text className='case-card-department'>{localized(c.departmentName, (c as { departmentNameMn?: string }).departmentNameMn)}</Text>
      <View className='case-card-foot'>
        {c.deadline ? <Text className={`case-card-deadline case-card-deadline--${tone}`}>{caseDeadlineText(c.deadline)}</Text> : <View />}
        {needsApplicant(c) && <Text className='case-needs-me'>{t('caseView.head.needsMe')}</Text>}
      </View>
    </Pressable>
  );
}

/**
 * 找回电话/窗口委托的办件: WeChat vouches for the resident's phone (getPhoneNumber, weapp only), and the
 * cases a 12345 operator or a window entrusted for that phone join the list.
 */
function ClaimButton({ onClaimed }: { onClaimed: () => void }) {
  const [busy, setBusy] = useState(false);
  if (!isWeapp()) return null;
  const claim = async (code: string | undefined) => {
    if (!code) return void Taro.showToast({ title: t('caseView.list.claimNeedsPhone'), icon: 'none' });
    setBusy(true);
    try {
      const { cases } = await call('claimCases', { body: { code } });
      void Taro.showToast({ title: cases.length ? t('caseView.list.claimed', { n: cases.length }) : t('caseView.list.noneClaimed'), icon: 'none' });
      if (cases.length) onClaimed();
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <WxButton className='cases-claim' openType='getPhoneNumber' disabled={busy} onGetPhoneNumber={(e) => void claim(e.detail.code)}>
      {t('caseView.list.claim')}
    </WxButton>
  );
}

export default function MyCasesPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const loaded = useRef(false);

  const loadFirst = async (quiet: boolean) => {
    if (!quiet) setList({ status: 'loading' });
    try {
      const page = await call('listMyCases', { query: { limit: PAGE_SIZE } });
      loaded.current = true;
      setList({ status: 'ready', cases: page.cases, nextCursor: page.nextCursor });
    } catch (error) {
      // A quiet refresh that fails keeps what is on screen and says why.
      if (quiet && loaded.current) void Taro.showToast({ title: messageOf(error), icon: 'none' });
      else setList({ status: 'error', message: messageOf(error) });
    }
  };

  const loadMore = async () => {
    if (list.status !== 'ready' || !list.nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await call('listMyCases', { query: { limit: PAGE_SIZE, cursor: list.nextCursor } });
      setList({ status: 'ready', cases: [...list.cases, ...page.cases], nextCursor: page.nextCursor });
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none' });
    } finally {
      setLoadingMore(false);
    }
  };

  // Every return to the list refreshes it: a case opened meanwhile may have moved on.
  useDidShow(() => {
    void requireUser().then((user) => (user ? loadFirst(loaded.current) : setList({ status: 'signedOut' })));
  });

  usePullDownRefresh(() => {
    void loadFirst(true).finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className={pageClass(elderly, `my-cases ${languageClass(language)}`)} {...languageProps(language)}>
      {list.status === 'loading' && <Text className='cases-status'>{t('common.loading')}</Text>}
      {list.status === 'signedOut' && <Text className='cases-status'>{t('caseView.list.signIn')}</Text>}
      {list.status === 'error' && (
        <View className='cases-status'>
          <Text className='cases-error'>{list.message}</Text>
          <Button size='small' onClick={() => void loadFirst(false)}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {list.status === 'ready' && <ClaimButton onClaimed={() => void loadFirst(true)} />}
      {list.status === 'ready' && list.cases.length === 0 && (
        <View className='cases-empty'>
          <EmptyState title={t('caseView.list.empty')} description={t('caseView.list.emptyHint')} />
          <Button className='cases-find' type='primary' onClick={() => void Taro.navigateTo({ url: '/resident/items/index' })}>
            {t('caseView.list.findItems')}
          </Button>
        </View>
      )}
      {list.status === 'ready' && list.cases.length > 0 && (
        <View className='case-list'>
          {list.cases.map((c) => (
            <CaseCard key={c.id} c={c} />
          ))}
          {list.nextCursor ? (
            <Button className='cases-more' block fill='outline' loading={loadingMore} onClick={() => void loadMore()}>
              {t('caseView.list.more')}
            </Button>
          ) : (
            <Text className='cases-end'>{t('caseView.list.all', { n: list.cases.length })}</Text>
          )}
        </View>
      )}
    </View>
  );
}
