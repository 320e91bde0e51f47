// 服务网络配备: every department and service point with its staffing finding and agents, for the bureau.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/EmptyState';
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro';
import { DepartmentKind, Level, type Department, type Principal, type ServicePoint, type StaffingFinding } from '@app/shared';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import { FindingTag } from '../../components/bureau/FindingTag';
import type { MoveTarget } from '../../components/bureau/MoveAgent';
import { UnitAgents, type UnitRef } from '../../components/bureau/UnitAgents';
import { UnitMongolian } from '../../components/bureau/UnitMongolian';
import '../../components/bureau/bureau.scss';
import './staff.scss';
import '../../components/bureau/mongolianInput.scss';
import { languageProps } from '../../lib/i18n';
import { Pressable } from '../../components/ui/Pressable';
import { TabBar } from '../../components/ui/TabBar';

const RULE_TEXT = '配备规则：每个部门1—2名代办帮办人员；各便民服务中心及代办点至少1名';

type Network = { compliant: boolean; findings: StaffingFinding[]; departments: Department[]; points: ServicePoint[] };
type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; network: Network };
type UserState = { status: 'checking' } | { status: 'none' } | { status: 'ready'; user: Principal };

const unitKey = (unit: UnitRef) => `${unit.kind}:${unit.id}`;

export default function BureauNetworkPage() {
  const [elderly] = useElderly();
  const [userState, setUserState] = useState<UserState>({ status: 'checking' });
  const [tab, setTab] = useState<string>(useRouter().params.tab === 'points' ? 'points' : 'departments');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  // The unit whose Mongolian texts are being edited (one at a time).
  const [editingMn, setEditingMn] = useState<string>();

  useDidShow(() => {
    requireUser().then((user) => setUserState(user ? { status: 'ready', user } : { status: 'none' }));
  });

  const isBureau = userState.status === 'ready' && userState.user.role === 'bureau';

  // 发送给本人 on an invitation (UnitAgents): the bind page with the code filled in, into a WeChat chat.
  useShareAppMessage((share) => {
    const data = (share.target as { dataset?: { code?: string; name?: string } } | undefined)?.dataset;
    if (share.from === 'button' && data?.code) {
      return { title: `${data.name ?? ''}，请绑定代办帮办工作账号`, path: `/agent/bind/index?code=${encodeURIComponent(data.code)}` };
    }
    return { title: '代办帮办', path: '/pages/index/index' };
  });

  useEffect(() => {
    if (!isBureau) return;
    let live = true;
    // A refresh after an unbinding or a move keeps the page (and what its rows just said) in place.
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
    Promise.all([call('staffingReport'), call('listDepartments'), call('listServicePoints', {})])
      .then(([report, deps, pts]) => {
        if (live) setState({ status: 'ready', network: { compliant: report.compliant, findings: report.findings, departments: deps.departments, points: pts.points } });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setState({ status: 'error', message: error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试' });
      });
    return () => {
      live = false;
    };
  }, [isBureau, attempt]);

  const findingOf = useMemo(() => {
    const map = new Map<string, StaffingFinding>();
    if (state.status === 'ready') for (const f of state.network.findings) map.set(unitKey({ kind: f.unitKind, id: f.unitId }), f);
    return (unit: UnitRef) => map.get(unitKey(unit));
  }, [state]);

  /** The unit's Mongolian name as the row shows it, its 蒙古文名称 button, and the editor when open. */
  const mongolianPart = (unit: UnitRef, nameMn: string | undefined, editor: ReactNode) => (
    <>
      <View className='unit-mn-line'>
        <Text className='unit-line'>蒙古文名称：</Text>
        {nameMn ? (
          <Text className='unit-line mn-text' {...languageProps('mn')}>
            {nameMn}
          </Text>
        ) : (
          <Text className='unit-line'>未填写（蒙古文界面显示中文）</Text>
        )}
      </View>
      {editingMn === unitKey(unit) && editor}
    </>
  );
  const mongolianButton = (unit: UnitRef) => (
    <Button className='mongolian-link' size='small' type='primary' fill='outline' onClick={() => setEditingMn(editingMn === unitKey(unit) ? undefined : unitKey(unit))}>
      蒙古文名称
    </Button>
  );
  const closeMn = () => setEditingMn(undefined);
  const savedMn = () => setAttempt((n) => n + 1);

  const toggle = (unit: UnitRef) => setExpanded((prev) => ({ ...prev, [unitKey(unit)]: !prev[unitKey(unit)] }));

  if (userState.status === 'checking') return <View className={pageClass(elderly, 'bureau-network')}>加载中…</View>;
  if (!isBureau) {
    return (
      <View className={pageClass(elderly, 'bureau-network')}>
        <EmptyState className='bureau-denied' description={userState.status === 'none' ? '请先登录' : '仅限政务服务局使用'} />
      </View>
    );
  }

  if (state.status !== 'ready') {
    return (
      <View className={pageClass(elderly, 'bureau-network')}>
        <View className='bureau-status'>
          {state.status === 'loading' ? (
            '加载中…'
          ) : (
            <>
              <Text>{state.message}</Text>
              <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
                重试
              </Button>
            </>
          )}
        </View>
      </View>
    );
  }

  const { findings, departments, points } = state.network;
  // Where an agent can be moved (调岗): any department or service point.
  const moveTargets: MoveTarget[] = [
    ...departments.map((d) => ({ kind: 'department' as const, id: d.id, name: d.name })),
    ...points.map((p) => ({ kind: 'servicePoint' as const, id: p.id, name: p.name })),
  ];
  const okCount = findings.filter((f) => f.ok).length;
  const shortCount = findings.length - okCount;

  const renderRow = (unit: UnitRef, title: string, lines: string[], extra?: ReactNode) => {
    const open = Boolean(expanded[unitKey(unit)]);
    return (
      <View key={unitKey(unit)} className='unit-row' data-unit-id={unit.id} data-unit-kind={unit.kind}>
        <Pressable className='unit-main' hoverClass='unit-main--pressed' expanded={open} label={`${title}，${open ? '收起人员' : '查看人员'}`} onPress={() => toggle(unit)}>
          <View className='unit-head'>
            <Text className='unit-name'>{title}</Text>
            <Text className='unit-toggle'>{open ? '收起' : '查看人员'}</Text>
          </View>
          {lines.map((line) => (
            <Text key={line} className='unit-line'>
              {line}
            </Text>
          ))}
          <FindingTag finding={findingOf(unit)} />
          {Boolean(findingOf(unit)?.unassignedOpenCases) && (
            <Text className='unit-line unit-unassigned'>无人接手的在办事项 {findingOf(unit)?.unassignedOpenCases} 件（在部门待办队列中）</Text>
          )}
        </Pressable>
        {extra}
        {open && <UnitAgents unit={unit} targets={moveTargets} onChanged={() => setAttempt((n) => n + 1)} />}
      </View>
    );
  };

  return (
    <View className={pageClass(elderly, 'bureau-network')}>
      <View className='staffing-summary' data-compliant={String(state.network.compliant)}>
        <Text className='staffing-rule'>{RULE_TEXT}</Text>
        <Text className={state.network.compliant ? 'staffing-count staffing-count--ok' : 'staffing-count staffing-count--short'}>
          {okCount} 个单位达标，{shortCount} 个未达标
        </Text>
      </View>

      <TabBar
        label='单位类别'
        tabs={[
          { value: 'departments', title: '部门' },
          { value: 'points', title: '服务网点' },
        ]}
        value={tab === 'points' ? 'points' : 'departments'}
        onChange={setTab}
      />
      {tab !== 'points' && (
        <View className='unit-list'>
          {departments.length === 0 && <EmptyState description='暂无部门' />}
          {departments.map((d) =>
            renderRow(
              { kind: 'department', id: d.id },
              d.name,
              [`类别：${DepartmentKind.labels[d.kind]}`, `电话：${d.phone}`],
              <>
                {mongolianPart({ kind: 'department', id: d.id }, d.nameMn, <UnitMongolian unit={{ kind: 'department', department: d }} onSaved={savedMn} onClose={closeMn} />)}
                <View className='unit-actions'>{mongolianButton({ kind: 'department', id: d.id })}</View>
              </>,
            ),
          )}
        </View>
      )}
      {tab === 'points' && (
        <View className='unit-list'>
          {points.length === 0 && <EmptyState description='暂无服务网点' />}
          {Level.values.map((level) => {
            const group = points.filter((p) => p.level === level);
            if (group.length === 0) return null;
            return (
              <View key={level} className='unit-group' data-level={level}>
                <View className='unit-group-title'>{Level.labels[level]}</View>
                {group.map((p) =>
                  renderRow(
                    { kind: 'servicePoint', id: p.id },
                    p.name,
                    [...(p.parentName ? [`隶属：${p.parentName}`] : []), `电话：${p.phone}`],
                    <>
                      {mongolianPart({ kind: 'servicePoint', id: p.id }, p.nameMn, <UnitMongolian unit={{ kind: 'servicePoint', point: p }} onSaved={savedMn} onClose={closeMn} />)}
                      <View className='unit-actions'>
                        <Button
                          className='poster-link'
                          size='small'
                          type='primary'
                          fill='outline'
                          onClick={() => Taro.navigateTo({ url: `/bureau/poster/index?pointId=${encodeURIComponent(p.id)}` })}
                        >
                          打印二维码
                        </Button>
                        <Button
                          className='schedule-link'
                          size='small'
                          type='primary'
                          fill='outline'
                          onClick={() => Taro.navigateTo({ url: `/bureau/schedule/index?pointId=${encodeURIComponent(p.id)}` })}
                        >
                          作息与预约
                        </Button>
                        {mongolianButton({ kind: 'servicePoint', id: p.id })}
                      </View>
                    </>,
                  ),
                )}
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}
