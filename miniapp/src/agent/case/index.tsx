// 办件办理: the agent's workbench for one case — header, actions the API allows now, material review, sub-tasks, timeline.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { CaseDetail, Department, Principal, RouteBodyInput } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { AgentActions } from '../../components/agent/AgentActions';
import { AgentCaseHeader } from '../../components/agent/AgentCaseHeader';
import { MaterialReview } from '../../components/agent/MaterialReview';
import { ACTION_DONE, type AgentAction } from '../../components/agent/agentLogic';
import { SubTasks } from '../../components/case/SubTasks';
import { Timeline } from '../../components/case/Timeline';
import { staleMessage } from '../../components/case/caseLogic';
import { errorMessage, toast } from '../../components/case/messages';
import type { ActionBody } from '../../components/case/types';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import { registerChinese } from '../../lib/i18n';
import { caseZh } from '../../i18n/case.zh';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';

// The agent's pages stay Chinese (decisions §90, §95); the case blocks they share with the resident speak through the case keys.
registerChinese(caseZh);

type PageState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; detail: CaseDetail };

export default function AgentCasePage() {
  const id = useRouter().params.id;
  const [elderly] = useElderly();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [notice, setNotice] = useState<string>();
  const [user, setUser] = useState<Principal>();
  const [departments, setDepartments] = useState<Department[]>([]);
  // The version last read: every action is sent at it (optimistic locking on the API side).
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

  useDidShow(() => {
    void requireUser().then((signedIn) => {
      setUser(signedIn);
      if (!signedIn) setPage({ status: 'error', message: '请先登录' });
      else if (signedIn.role !== 'agent') setPage({ status: 'error', message: '仅限代办帮办员使用' });
      else void load(Boolean(current.current));
    });
  });

  usePullDownRefresh(() => {
    void load(true).finally(() => void Taro.stopPullDownRefresh());
  });

  // Choices for the forms: departments (转办, 并联办理); the case's own material list (补正) comes with it.
  const ready = page.status === 'ready';
  useEffect(() => {
    if (!ready) return;
    let live = true;
    call('listDepartments')
      .then((r) => live && setDepartments(r.departments))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ready]);

  const act = async (body: ActionBody): Promise<boolean> => {
    const seen = current.current;
    if (!seen || !id) return false;
    try {
      show(await call('actOnCase', { params: { id }, body: { ...body, version: seen.version } as RouteBodyInput<'actOnCase'> }));
      setNotice(undefined);
      toast(ACTION_DONE[body.action as AgentAction] ?? '操作成功', 'success');
      return true;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'stale_version') {
        // Someone else moved the case: show it as it is now; the form closes as its action may be gone.
        await load(true);
        setNotice(staleMessage());
        toast(staleMessage());
        return true;
      }
      toast(errorMessage(error));
      return false;
    }
  };

  if (page.status !== 'ready') {
    return (
      <View className={pageClass(elderly, 'agent-case')}>
        <View className='agent-case-status'>
          {page.status === 'loading' ? (
            <Text>加载中…</Text>
          ) : (
            <>
              <Text className='agent-case-error'>{page.message}</Text>
              {user?.role === 'agent' && (
                <Button size='small' onClick={() => void load(false)}>
                  重试
                </Button>
              )}
            </>
          )}
        </View>
      </View>
    );
  }

  const { detail } = page;
  return (
    <View className={pageClass(elderly, 'agent-case')} data-version={detail.version}>
      {notice && (
        <Pressable className='agent-case-notice' label={`${notice}（点击关闭提示）`} onPress={() => setNotice(undefined)}>
          <Text>{notice}</Text>
        </Pressable>
      )}
      <AgentCaseHeader detail={detail} />
      <AgentActions detail={detail} departments={departments} specs={detail.materialSpecs} myDepartmentId={user?.departmentId} act={act} />
      <MaterialReview detail={detail} onChanged={() => void load(true)} />
      <SubTasks tasks={detail.subTasks} />
      <Timeline events={detail.timeline} />
    </View>
  );
}
