// 督查考评: the bureau's landing page — the district's figures over a period, per-department charts,
// each department's agents, bookings and queues (取号叫号) per point, the CSV export and the way to the bureau's other pages.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro from '@tarojs/taro';
import type { SupervisionDepartments } from '@app/shared';
import { useEffect, useMemo, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage, toast } from '../../components/case/messages';
import { AgentFigures } from '../../components/dashboard/AgentFigures';
import { DELIVERY_TOAST, deliverCsv } from '../../components/dashboard/exportCsv';
import { FigureTiles } from '../../components/dashboard/FigureTiles';
import { onTimeSeries, ratedCount, ratingSlices, statusSeries } from '../../components/dashboard/figures';
import { PeriodPicker, periodOf, type PeriodChoice } from '../../components/dashboard/PeriodPicker';
import { PointBookings } from '../../components/dashboard/PointBookings';
import { PointQueues } from '../../components/dashboard/PointQueues';
import { UChart } from '../../components/dashboard/UChart';
import { UnitTable } from '../../components/dashboard/UnitTable';
import { useSignedIn } from '../../components/dashboard/useSignedIn';
import { pageClass, useElderly } from '../../lib/elderly';
import '../../components/dashboard/dashboard.scss';
import { Pressable } from '../../components/ui/Pressable';

const LINKS = [
  { title: '服务网络与二维码', url: '/bureau/network/index' },
  { title: '节假日安排', url: '/bureau/calendar/index' },
  { title: '网点作息与预约', url: '/bureau/network/index?tab=points' },
  { title: '服务事项管理', url: '/bureau/catalogue/index' },
  { title: '意见建议', url: '/bureau/opinions/index' },
  { title: '差评整改', url: '/bureau/rectifications/index' },
  { title: '渠道接入密钥', url: '/bureau/channels/index' },
];

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: SupervisionDepartments };

export default function SupervisionDashboardPage() {
  const [elderly] = useElderly();
  const user = useSignedIn();
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 30 });
  const period = useMemo(() => periodOf(choice), [choice]);
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [selected, setSelected] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const isBureau = user.status === 'ready' && user.user.role === 'bureau';

  useEffect(() => {
    if (!isBureau) return;
    let live = true;
    setState({ status: 'loading' });
    call('supervisionDepartments', { query: { from: period.from, to: period.to } })
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [isBureau, period, attempt]);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { filename, csv } = await call('supervisionExport', { query: { from: period.from, to: period.to } });
      toast(DELIVERY_TOAST[await deliverCsv(filename, csv)]);
    } catch (error) {
      toast(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'dash-page')}>{content}</View>;
  if (user.status === 'checking') return page(<View className='dash-status'>加载中…</View>);
  if (!isBureau) return page(<View className='dash-status'>{user.status === 'none' ? '请先登录' : '仅限政务服务局使用'}</View>);

  return page(
    <>
      <PeriodPicker
        choice={choice}
        onChange={(next) => {
          setSelected(undefined);
          setChoice(next);
        }}
      />
      <CountedPeriod asked={period} counted={state.status === 'ready' ? state.data : undefined} />
      {state.status === 'loading' && <View className='dash-status'>加载中…</View>}
      {state.status === 'error' && (
        <View className='dash-status'>
          <Text className='dash-error'>{state.message}</Text>
          <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {state.status === 'ready' && <Figures data={state.data} selected={selected} onSelect={(id) => setSelected((s) => (s === id ? undefined : id))} />}
      <View className='dash-actions'>
        <Button className='dash-export' size='small' type='primary' fill='outline' loading={exporting} disabled={exporting} onClick={() => void exportCsv()}>
          导出CSV
        </Button>
      </View>
      <View className='dash-links'>
        {LINKS.map((link) => (
          <Pressable key={link.url} role='link' className='dash-link' onPress={() => void Taro.navigateTo({ url: link.url })}>
            <Text>{link.title}</Text>
          </Pressable>
        ))}
      </View>
    </>,
  );
}

/**
 * The period the figures count: the one asked for, or — for a period longer than two months,
 * which the server counts by whole months (docs/decisions.md §100) — the months it counted.
 */
function CountedPeriod({ asked, counted }: { asked: { from: string; to: string }; counted?: { from: string; to: string } }) {
  const shown = counted ?? asked;
  const widened = shown.from !== asked.from || shown.to !== asked.to;
  return (
    <>
      <Text className='dash-range'>
        统计期间：{shown.from} 至 {shown.to}（按委托日期计）
      </Text>
      {widened && <View className='dash-range-note'>超过两个月的期间按整月统计</View>}
    </>
  );
}

function Figures({ data, selected, onSelect }: { data: SupervisionDepartments; selected?: string; onSelect: (id: string) => void }) {
  const units = data.departments.map((d) => ({ id: d.departmentId, name: d.departmentName, figures: d.figures }));
  const period = { from: data.from, to: data.to };
  return (
    <>
      <FigureTiles figures={data.total} />
      {units.length === 0 || data.total.received === 0 ? (
        <View className='dash-card'>
          <View className='dash-empty'>本期间暂无委托案件</View>
        </View>
      ) : (
        <>
          <View className='dash-card'>
            <Text className='dash-card-title'>各部门办理情况</Text>
            <UChart id='dash-status' label='各部门办理情况' kind='bar' stacked {...statusSeries(units)} height={Math.max(320, 70 * units.length + 80)} />
          </View>
          <View className='dash-card'>
            <Text className='dash-card-title'>按时办结率</Text>
            <UChart id='dash-ontime' label='各部门按时办结率' kind='bar' {...onTimeSeries(units)} max={100} height={Math.max(240, 70 * units.length)} />
          </View>
          <View className='dash-card'>
            <Text className='dash-card-title'>好差评分布（共{ratedCount(data.total.ratings)}条）</Text>
            {ratedCount(data.total.ratings) === 0 ? (
              <View className='dash-empty'>本期间暂无评价</View>
            ) : (
              <UChart id='dash-ratings' label='好差评分布' kind='pie' slices={ratingSlices(data.total.ratings)} height={400} />
            )}
          </View>
        </>
      )}
      <View className='dash-card'>
        <Text className='dash-card-title'>部门明细（点击查看人员）</Text>
        {units.length === 0 ? <View className='dash-empty'>暂无部门</View> : <UnitTable rows={units} selectedId={selected} onSelect={onSelect} />}
      </View>
      {selected && <AgentFigures departmentId={selected} period={period} />}
      <PointBookings period={period} />
      <PointQueues period={period} />
    </>
  );
}
