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
import { STALE_MESSAGE } from '../../components/case/caseLogic';
import { errorMessage, toast } from '../../components/case/messages';
import type { ActOnCase } from '../../components/case/types';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';

type PageState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; detail: CaseDetail };

const DONE_MESSAGES: Partial<Record<RouteBodyInput<'actOnCase'>['action'], string>> = {
  submitMaterials: '材料已提交',
  answerSupplement: '已提交补正材料',
  withdraw: '已撤回委托',
};

export default function CaseDetailPage() {
  const id = useRouter().params.id;
  const [elderly] = useElderly();
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
        setPage({ status: 'error', message: '未找到该办件' });
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
      else setPage({ status: 'error', message: '请先登录后查看办件' });
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
      const done = DONE_MESSAGES[body.action];
      if (done) toast(done, 'success');
      return updated;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'stale_version') {
        // Someone (usually the agent) moved the case: show what it is now, and say so.
        await load(true);
        setNotice(STALE_MESSAGE);
        toast(STALE_MESSAGE);
      } else {
        toast(errorMessage(error));
      }
      return undefined;
    }
  };

  if (page.status === 'loading') {
    return (
      <View className={pageClass(elderly, 'case-detail')}>
        <Text className='case-page-status'>加载中…</Text>
      </View>
    );
  }
  if (page.status === 'error') {
    return (
      <View className={pageClass(elderly, 'case-detail')}>
        <View className='case-page-status'>
          <Text className='case-page-error'>{page.message}</Text>
          <Button size='small' onClick={() => void load(false)}>
            重试
          </Button>
        </View>
      </View>
    );
  }

  const { detail } = page;
  const can = (action: CaseDetail['availableActions'][number]) => detail.availableActions.includes(action);
  return (
    <View className={pageClass(elderly, 'case-detail')}>
      {notice && (
        <Pressable className='case-notice' label={`${notice}（点击关闭提示）`} onPress={() => setNotice(undefined)}>
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
