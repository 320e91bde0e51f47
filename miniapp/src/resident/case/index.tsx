// 办件详情: one case as the applicant sees it — where it stands, who holds it, materials, actions, rating, timeline.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { CaseDetail, RouteBodyInput } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { BookForCase } from '../../components/case/BookForCase';
import { CaseHeader } from '../../components/case/CaseHeader';
import { Materials } from '../../components/case/Materials';
import { RatingForm } from '../../components/case/RatingForm';
import { ResidentActions } from '../../components/case/ResidentActions';
import { SubTasks } from '../../components/case/SubTasks';
import { Timeline } from '../../components/case/Timeline';
import { WithdrawAction } from '../../components/case/WithdrawAction';
import { staleMessage } from '../../components/case/caseLogic';
import { errorMessage, toast } from '../../components/case/messages';
import type { ActOnCase } from '../../components/case/types';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/catalogue';
import '../../i18n/case';
import '../../i18n/caseView';
import '../../i18n/entrust';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';

type PageState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; detail: CaseDetail };

/** The actions whose success a toast confirms. */
const DONE_ACTIONS = ['submitMaterials', 'answerSupplement', 'withdraw'] as const;
const doneMessage = (action: RouteBodyInput<'actOnCase'>['action']): string | undefined =>
  (DONE_ACTIONS as readonly string[]).includes(action) ? t(`caseView.done.${action as (typeof DONE_ACTIONS)[number]}`) : undefined;

export default function CaseDetailPage() {
  const id = useRouter().params.id;
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const root = { className: pageClass(elderly, `case-detail ${languageClass(language)}`), ...languageProps(language) };
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [notice, setNotice] = useState<string>();
  // The version the user last saw, for every action (optimistic locking on the API side).
  const current = useRef<CaseDetail>();

  const show = (detail: CaseDetail) => {
    current.current = detail;
    setPage({ status: 'ready', detail });
  };

  const load = useCallback(
    async (quiet: boolean) => {
      if (!id) {
        setPage({ status: 'error', message: t('caseView.notFound') });
        return;
      }
      if (!quiet) setPage({ status: 'loading' });
      try {
        show(await call('getCase', { params: { id } }));
      } catch (error) {
        if (quiet && current.current) toast(errorMessage(error));
        else setPage({ status: 'error', message: errorMessage(error) });
      }
    },
    [id],
  );

  // Also after the login page or another page comes back: the case may have moved meanwhile.
  useDidShow(() => {
    void requireUser().then((user) => {
      if (user) void load(Boolean(current.current));
      else setPage({ status: 'error', message: t('caseView.signIn') });
    });
  });

  usePullDownRefresh(() => {
    void load(true).finally(() => Taro.stopPullDownRefresh());
  });

  const act: ActOnCase = async (body) => {
    const seen = current.current;
    if (!seen || !id) return undefined;
    try {
      const updated = await call('actOnCase', { params: { id }, body: { ...body, version: seen.version } as RouteBodyInput<'actOnCase'> });
      setNotice(undefined);
      show(updated);
      const done = doneMessage(body.action);
      if (done) toast(done, 'success');
      return updated;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'stale_version') {
        // Someone (usually the agent) moved the case: show what it is now, and say so.
        await load(true);
        setNotice(staleMessage());
        toast(staleMessage());
      } else {
        toast(errorMessage(error));
      }
      return undefined;
    }
  };

  if (page.status === 'loading') {
    return (
      <View {...root}>
        <Text className='case-page-status'>{t('common.loading')}</Text>
      </View>
    );
  }
  if (page.status === 'error') {
    return (
      <View {...root}>
        <View className='case-page-status'>
          <Text className='case-page-error'>{page.message}</Text>
          <Button size='small' onClick={() => void load(false)}>
            {t('common.retry')}
          </Button>
        </View>
      </View>
    );
  }

  const { detail } = page;
  const can = (action: CaseDetail['availableActions'][number]) => detail.availableActions.includes(action);
  return (
    <View {...root}>
      {notice && (
        <Pressable className='case-notice' label={t('caseView.closeNotice', { notice })} onPress={() => setNotice(undefined)}>
          <Text>{notice}</Text>
        </Pressable>
      )}
      <CaseHeader detail={detail} />
      <ResidentActions detail={detail} act={act} />
      <BookForCase detail={detail} />
      {can('rate') && <RatingForm act={act} detail={detail} />}
      <SubTasks tasks={detail.subTasks} />
      <Materials detail={detail} onChanged={() => void load(true)} />
      <Timeline events={detail.timeline} />
      {can('withdraw') && <WithdrawAction act={act} />}
    </View>
  );
}
