// 网点作息与预约: the bureau edits one service point's schedule — opening periods per weekday
// (Saturday included) for regular and extended (延时) service with validity dates, slot length,
// windows and places per window, how far ahead bookings open — sees the published hours and the
// coming week as residents will, and closes the point for days. A change that cancels bookings
// names them and asks first. Below, the point's walk-in queues (取号队列).
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import Taro, { useRouter } from '@tarojs/taro';
import { chinaDate, describeHours, type PointSchedule, type ServicePoint } from '@app/shared';
import { useEffect, useMemo, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { errorMessage, toast } from '../../components/case/messages';
import { useSignedIn } from '../../components/dashboard/useSignedIn';
import { Closures } from '../../components/schedule/Closures';
import { ConfirmCancellations } from '../../components/schedule/ConfirmCancellations';
import { PeriodRow } from '../../components/schedule/PeriodRow';
import { QueueConfigEditor } from '../../components/queue/QueueConfigEditor';
import { draftOf, emptyPeriod, errorsOf, localErrors, requestOf, scheduleOfDraft, type ScheduleDraft, type ScheduleErrors } from '../../components/schedule/scheduleForm';
import { WeekPreview } from '../../components/schedule/WeekPreview';
import { useWorkCalendar } from '../../lib/calendar';
import { pageClass, useElderly } from '../../lib/elderly';
import '../../components/catalogueAdmin/catalogueAdmin.scss';
import '../../components/calendarAdmin/calendarAdmin.scss';
import { field } from '../../lib/a11y';

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; point: ServicePoint; schedule: PointSchedule };

const SETTINGS: { key: keyof Omit<ScheduleDraft, 'periods'>; label: string; hint: string }[] = [
  { key: 'slotMinutes', label: '每个预约时段（分钟）', hint: '各段时间须能按此整分' },
  { key: 'windows', label: '预约窗口数', hint: '办公时间开放预约的窗口' },
  { key: 'perWindowSlot', label: '每窗口每时段接待人数', hint: '每时段名额 = 窗口数 × 此数' },
  { key: 'bookingDays', label: '可提前预约天数', hint: '最多 90 天' },
];

export default function ScheduleEditorPage() {
  const pointId = useRouter().params.pointId ?? '';
  const [elderly] = useElderly();
  const user = useSignedIn();
  const isBureau = user.status === 'ready' && user.user.role === 'bureau';
  const calendar = useWorkCalendar();
  const today = chinaDate(new Date());
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [draft, setDraft] = useState<ScheduleDraft>();
  const [errors, setErrors] = useState<ScheduleErrors>({});
  const [confirm, setConfirm] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (!isBureau || !pointId) return;
    let live = true;
    setState({ status: 'loading' });
    Promise.all([call('getServicePoint', { params: { id: pointId } }), call('getPointSchedule', { params: { id: pointId } })])
      .then(([p, s]) => {
        if (!live) return;
        setState({ status: 'ready', point: p.point, schedule: s.schedule });
        setDraft(draftOf(s.schedule));
        setErrors({});
        setConfirm(undefined);
      })
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [isBureau, pointId, reloads]);

  const current = state.status === 'ready' ? state.schedule : undefined;
  const drafted = useMemo(() => (draft && current ? scheduleOfDraft(draft, current) : undefined), [draft, current]);
  const hours = drafted ? describeHours(drafted, today) : undefined;

  const change = (patch: Partial<ScheduleDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setConfirm(undefined);
  };
  const setSchedule = (schedule: PointSchedule) => setState((s) => (s.status === 'ready' ? { ...s, schedule } : s));

  const save = async (confirmCancellations = false) => {
    if (!draft || !current) return;
    const found = localErrors(draft, current.version);
    setErrors(found);
    if (Object.keys(found).length) return toast('请先改正标红的内容');
    setBusy(true);
    try {
      const answer = await call('updatePointSchedule', { params: { id: pointId }, body: requestOf(draft, current.version, confirmCancellations) });
      setSchedule(answer.schedule);
      setDraft(draftOf(answer.schedule));
      setConfirm(undefined);
      toast(answer.cancelled.length ? `已保存，取消 ${answer.cancelled.length} 个预约并已通知` : '已保存', 'success');
    } catch (error) {
      if (error instanceof ApiCallError && error.reason === 'bookingsAffected') setConfirm(error.issues?.[0]?.message ?? '此调整将取消已有预约');
      else if (error instanceof ApiCallError && error.code === 'stale_version') setErrors({ form: '网点作息已被他人更新，请重新载入后再修改' });
      else if (error instanceof ApiCallError && error.issues?.length) setErrors(errorsOf(error.issues));
      else setErrors({ form: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'bureau-schedule')}>{content}</View>;
  if (user.status === 'checking') return page(<View className='ca-status'>加载中…</View>);
  if (!isBureau) return page(<View className='ca-status'>{user.status === 'none' ? '请先登录' : '仅限政务服务局使用'}</View>);
  if (!pointId) return page(<View className='ca-status'>请从“服务网络”选择一个网点</View>);
  if (state.status === 'loading' || !draft) return page(<View className='ca-status'>{state.status === 'error' ? state.message : '加载中…'}</View>);
  if (state.status === 'error') return page(<View className='ca-status'>{state.message}</View>);

  return page(
    <>
      <View className='cal-card sch-head'>
        <Text className='sch-point'>{state.point.name}</Text>
        <Text className='cal-muted'>预约号前缀 {state.point.shortCode} · 第 {state.schedule.version} 版</Text>
        <Text className='ca-label'>对外公布的时间（由下方作息自动生成）</Text>
        <Text className='sch-hours sch-hours-regular'>办公时间：{hours?.regular ?? '—'}</Text>
        {hours?.extended && <Text className='sch-hours sch-hours-extended'>延时服务：{hours.extended}</Text>}
      </View>
      <View className='cal-card'>
        {SETTINGS.map((s) => (
          <View key={s.key} className={`sch-setting sch-setting-${s.key}`}>
            <View className='sch-setting-text'>
              <Text className='ca-label'>{s.label}</Text>
              <Text className='cal-muted'>{s.hint}</Text>
            </View>
            <Input className='sch-input sch-number' {...field(s.label)} type='number' value={draft[s.key]} maxLength={3} onChange={(value) => change({ [s.key]: value })} />
            {errors[s.key] && <Text className='cal-error'>{errors[s.key]}</Text>}
          </View>
        ))}
      </View>
      <View className='cal-card'>
        <Text className='ca-label'>办公与延时服务时段</Text>
        {draft.periods.map((p, i) => (
          <PeriodRow
            key={p.key}
            index={i}
            period={p}
            errors={errors}
            onChange={(patch) => change({ periods: draft.periods.map((x) => (x.key === p.key ? { ...x, ...patch } : x)) })}
            onRemove={() => change({ periods: draft.periods.filter((x) => x.key !== p.key) })}
          />
        ))}
        <View className='cal-add'>
          <Button size='small' fill='outline' className='sch-add-regular' onClick={() => change({ periods: [...draft.periods, emptyPeriod('regular')] })}>
            添加办公时段
          </Button>
          <Button size='small' fill='outline' className='sch-add-extended' onClick={() => change({ periods: [...draft.periods, emptyPeriod('extended')] })}>
            添加延时服务
          </Button>
        </View>
      </View>
      <View className='cal-card'>
        <Text className='ca-label'>未来一周预约时段预览（×后为名额）</Text>
        {drafted ? <WeekPreview schedule={drafted} calendar={calendar} from={today} /> : <Text className='cal-muted'>改正标红的内容后显示预览</Text>}
      </View>
      {errors.form && <View className='ca-banner ca-banner--error'>{errors.form}</View>}
      {confirm && <ConfirmCancellations message={confirm} confirmText='确认保存并通知' busy={busy} onConfirm={() => void save(true)} onCancel={() => setConfirm(undefined)} />}
      <View className='cal-actions'>
        <Button className='sch-save' type='primary' block loading={busy} disabled={busy || Boolean(confirm)} onClick={() => void save()}>
          保存作息
        </Button>
        <Button block fill='outline' onClick={() => setReloads((n) => n + 1)}>
          重新载入
        </Button>
      </View>
      <Closures pointId={pointId} closures={state.schedule.closures} today={today} onChanged={setSchedule} />
      <QueueConfigEditor pointId={pointId} />
      <View className='cal-actions'>
        <Button block fill='none' onClick={() => void Taro.navigateTo({ url: `/resident/booking/index?pointId=${encodeURIComponent(pointId)}` })}>
          查看群众看到的预约页
        </Button>
      </View>
    </>,
  );
}
