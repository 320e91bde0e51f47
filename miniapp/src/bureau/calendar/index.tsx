// 节假日安排: the bureau enters or corrects a year's official arrangement (放假 and 调休上班 ranges,
// the notice they come from), previews the year's month grid, and publishes it. Publishing moves
// the due dates of open cases and cancels bookings on days that closed; the answer says how many.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import { buildWorkCalendar, chinaDate, CalendarSource, type CalendarYear } from '@app/shared';
import { useEffect, useMemo, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { draftOf, emptyRange, errorsOf, localErrors, requestOf, type CalendarDraft, type CalendarErrors, type RangeDraft } from '../../components/calendarAdmin/calendarForm';
import { MonthGrid } from '../../components/calendarAdmin/MonthGrid';
import { RangeRow } from '../../components/calendarAdmin/RangeRow';
import { ChipGroup } from '../../components/catalogueAdmin/ChipGroup';
import { errorMessage, toast } from '../../components/case/messages';
import { useSignedIn } from '../../components/dashboard/useSignedIn';
import { formatTime } from '../../lib/format';
import { pageClass, useElderly } from '../../lib/elderly';
import '../../components/catalogueAdmin/catalogueAdmin.scss';
import '../../components/calendarAdmin/calendarAdmin.scss';
import { field } from '../../lib/a11y';

type YearState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; record?: CalendarYear };
interface Published {
  changedDates: number;
  casesAdjusted: number;
  bookingsCancelled: number;
  running: boolean;
}

export default function CalendarEditorPage() {
  const [elderly] = useElderly();
  const user = useSignedIn();
  const isBureau = user.status === 'ready' && user.user.role === 'bureau';
  const thisYear = Number(chinaDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear + 1);
  const [state, setState] = useState<YearState>({ status: 'loading' });
  const [draft, setDraft] = useState<CalendarDraft>(() => draftOf(undefined, thisYear + 1));
  const [errors, setErrors] = useState<CalendarErrors>({});
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState<Published>();
  const [reloads, setReloads] = useState(0);
  const [wholeYear, setWholeYear] = useState(false);

  useEffect(() => {
    if (!isBureau) return;
    let live = true;
    setState({ status: 'loading' });
    call('getCalendarYear', { params: { year } })
      .then((answer) => {
        if (!live) return;
        setState({ status: 'ready', record: answer.record });
        setDraft(draftOf(answer.record, year));
        setErrors({});
      })
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [isBureau, year, reloads]);

  const record = state.status === 'ready' ? state.record : undefined;
  const version = record?.version ?? 0;
  // The preview counts on the draft exactly as deadlines will once it is published.
  const preview = useMemo(() => buildWorkCalendar([{ year, ranges: requestOf(draft, version).ranges }]), [draft, year, version]);
  // The months the arrangement touches, unless the whole year is asked for.
  const touched = useMemo(
    () => [...new Set(draft.ranges.flatMap((r) => [r.from, r.to]).filter((d) => d.startsWith(`${year}-`)).map((d) => Number(d.slice(5, 7))))].sort((a, b) => a - b),
    [draft, year],
  );

  const change = (patch: Partial<CalendarDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setPublished(undefined);
  };
  const changeRange = (key: string, patch: Partial<RangeDraft>) => change({ ranges: draft.ranges.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  const publish = async () => {
    const found = localErrors(draft, year, version);
    setErrors(found);
    if (Object.keys(found).length) {
      toast('请先改正标红的内容');
      return;
    }
    setBusy(true);
    try {
      const answer = await call('publishCalendarYear', { params: { year }, body: requestOf(draft, version) });
      setState({ status: 'ready', record: answer.year });
      setDraft(draftOf(answer.year, year));
      setPublished({
        changedDates: answer.changedDates.length,
        casesAdjusted: answer.change?.casesAdjusted ?? 0,
        bookingsCancelled: answer.change?.bookingsCancelled ?? 0,
        running: answer.change?.state === 'running',
      });
      toast('已发布', 'success');
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'stale_version') setErrors({ form: '该年度安排已被他人更新，请重新载入后再编辑' });
      else if (error instanceof ApiCallError && error.issues?.length) setErrors(errorsOf(error.issues));
      else setErrors({ form: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'bureau-calendar')}>{content}</View>;
  if (user.status === 'checking') return page(<View className='ca-status'>加载中…</View>);
  if (!isBureau) return page(<View className='ca-status'>{user.status === 'none' ? '请先登录' : '仅限政务服务局使用'}</View>);

  return page(
    <>
      <View className='cal-years'>
        <ChipGroup
          label='年份'
          className='cal-year-chips'
          options={[thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: String(y), label: `${y}年` }))}
          selected={[String(year)]}
          onToggle={(y) => (setYear(Number(y)), setPublished(undefined))}
        />
      </View>
      {state.status === 'loading' && <View className='ca-status'>加载中…</View>}
      {state.status === 'error' && (
        <View className='ca-status'>
          <Text>{state.message}</Text>
          <Button size='small' onClick={() => setReloads((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {state.status === 'ready' && (
        <>
          <View className={`cal-status ${record ? 'cal-status--official' : 'cal-status--provisional'}`}>
            {record ? (
              <Text>
                {year}年安排已发布（第 {record.version} 版，{CalendarSource.labels[record.source]}：{record.enteredBy.name}，{formatTime(record.enteredAt)}）。修改后重新发布即为更正。
              </Text>
            ) : (
              <Text>{year}年节假日安排尚未录入：办结时限暂按周末计算并标注“待公布”，预约照常开放并提示群众。国务院办公厅通知发布后请在此录入。</Text>
            )}
          </View>
          <View className='cal-card'>
            <Text className='ca-label'>依据文件</Text>
            <Input className='cal-notice' {...field('依据文件')} placeholder='如 国办发明电〔2026〕X号' value={draft.notice} maxLength={80} onChange={(notice) => change({ notice })} />
            {errors.notice && <Text className='cal-error'>{errors.notice}</Text>}
            <Text className='ca-label'>放假与调休上班</Text>
            {draft.ranges.map((r, i) => (
              <RangeRow
                key={r.key}
                index={i}
                range={r}
                year={year}
                errors={errors}
                onChange={(patch) => changeRange(r.key, patch)}
                onRemove={() => change({ ranges: draft.ranges.filter((x) => x.key !== r.key) })}
              />
            ))}
            {errors.ranges && <Text className='cal-error'>{errors.ranges}</Text>}
            <View className='cal-add'>
              <Button size='small' fill='outline' className='cal-add-holiday' onClick={() => change({ ranges: [...draft.ranges, emptyRange(year)] })}>
                添加放假
              </Button>
              <Button size='small' fill='outline' className='cal-add-workday' onClick={() => change({ ranges: [...draft.ranges, emptyRange(year, 'workday')] })}>
                添加调休上班
              </Button>
            </View>
          </View>
          <View className='cal-card'>
            <Text className='ca-label'>预览（红色放假，“班”为调休上班，灰色为周末）</Text>
            <MonthGrid calendar={preview} year={year} months={wholeYear || touched.length === 0 ? undefined : touched} />
            <Button size='small' fill='none' className='cal-whole-year' onClick={() => setWholeYear((w) => !w)}>
              {wholeYear ? '只看有安排的月份' : '显示全年'}
            </Button>
          </View>
          {errors.form && <View className='ca-banner ca-banner--error cal-form-error'>{errors.form}</View>}
          {published && (
            <View className='ca-banner cal-published'>
              已发布：{published.changedDates} 天的安排有变化，{published.casesAdjusted} 件在办件的办结时限已调整，{published.bookingsCancelled} 个预约已取消并通知群众
              {published.running ? '；其余正在后台继续处理' : ''}。
            </View>
          )}
          <View className='cal-actions'>
            <Button className='cal-publish' type='primary' block loading={busy} disabled={busy} onClick={() => void publish()}>
              {record ? '发布更正' : `发布${year}年安排`}
            </Button>
          </View>
        </>
      )}
    </>,
  );
}
