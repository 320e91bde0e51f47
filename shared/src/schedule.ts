// A service point's schedule as data (网点作息): opening periods per weekday for regular and
// extended (延时) service with validity dates, slot length, windows and places per window, how far
// ahead bookings open, and closures; the bureau's edits and their checks. scheduleDays.ts derives a
// day's appointment slots on the official calendar and the published hours text from it.
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { DateSchema, DateTimeSchema, IdSchema, requiredText, TimeSchema } from './schemas/common';
import { vocabulary } from './vocabulary';

export const WEEKDAY_LABELS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = lazy(() => z.int().check(z.minimum(1, '星期应为 1（周一）至 7（周日）'), z.maximum(7, '星期应为 1（周一）至 7（周日）')));

export const HoursKind = vocabulary({ regular: '办公时间', extended: '延时服务' });
export type HoursKind = z.infer<typeof HoursKind.schema>;

/** On a 调休 make-up working day a point keeps the hours of this weekday (Monday). */
export const MAKE_UP_DAY_WEEKDAY = 1;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const OpeningPeriodSchema = lazy(() => z.strictObject({
  weekdays: z.array(WeekdaySchema).check(z.minLength(1, '请至少选择一天'), z.maxLength(7)),
  from: TimeSchema,
  to: TimeSchema,
  kind: HoursKind.schema,
  /** Windows open in this period; the point's number when absent (extended hours often run with fewer). */
  windows: z.optional(z.int().check(z.minimum(1, '窗口数至少为 1'), z.maximum(50))),
  /** Slot length of this period; the point's when absent (e.g. one 90-minute lunch-time slot). */
  slotMinutes: z.optional(z.int().check(z.minimum(10, '预约时段最短 10 分钟'), z.maximum(240, '预约时段最长 240 分钟'))),
  validFrom: z.optional(DateSchema),
  validTo: z.optional(DateSchema),
}));
export type OpeningPeriod = z.infer<typeof OpeningPeriodSchema>;

/** A day or days a point does not serve (系统升级, 培训 …). */
export const ClosureSchema = lazy(() => z.object({
  id: IdSchema,
  from: DateSchema,
  to: DateSchema,
  reason: z.string(),
  by: z.object({ name: z.string(), role: z.enum(['agent', 'bureau']) }),
  at: DateTimeSchema,
}));
export type Closure = z.infer<typeof ClosureSchema>;

/** The settings that shape a point's bookings, as the bureau edits them. */
const scheduleSettings = lazy(() => ({
  periods: z.array(OpeningPeriodSchema).check(z.maxLength(40)),
  /** Default slot length in minutes. */
  slotMinutes: z.int().check(z.minimum(10, '预约时段最短 10 分钟'), z.maximum(240, '预约时段最长 240 分钟')),
  /** Windows (counters) serving appointments in regular hours. */
  windows: z.int().check(z.minimum(1, '窗口数至少为 1'), z.maximum(50, '窗口数最多 50')),
  /** Residents one window receives per slot: capacity per slot = windows × this. */
  perWindowSlot: z.int().check(z.minimum(1, '每窗口每时段至少接待 1 人'), z.maximum(20)),
  /** Days ahead bookings open (today included as day 0). */
  bookingDays: z.int().check(z.minimum(1, '至少开放 1 天'), z.maximum(90, '最多提前 90 天开放预约')),
}));

export const PointScheduleSchema = lazy(() => z.object({
  ...scheduleSettings,
  closures: z.array(ClosureSchema),
  version: z.int().check(z.minimum(0)),
  updatedAt: z.optional(DateTimeSchema),
  updatedBy: z.optional(z.string()),
}));
export type PointSchedule = z.infer<typeof PointScheduleSchema>;
export type ScheduleSettings = Pick<PointSchedule, 'periods' | 'slotMinutes' | 'windows' | 'perWindowSlot' | 'bookingDays'>;

const overlapsInTime = (a: OpeningPeriod, b: OpeningPeriod) => minutes(a.from) < minutes(b.to) && minutes(b.from) < minutes(a.to);
const overlapsInValidity = (a: OpeningPeriod, b: OpeningPeriod) =>
  (a.validFrom ?? '0000-00-00') <= (b.validTo ?? '9999-99-99') && (b.validFrom ?? '0000-00-00') <= (a.validTo ?? '9999-99-99');

type Issue = { path: (string | number)[]; message: string };

/** The checks across fields: each period divisible into slots, no two periods overlapping. */
export function scheduleIssues(s: ScheduleSettings): Issue[] {
  const issues: Issue[] = [];
  s.periods.forEach((p, i) => {
    if (new Set(p.weekdays).size !== p.weekdays.length) issues.push({ path: ['periods', i, 'weekdays'], message: '星期有重复' });
    const length = minutes(p.to) - minutes(p.from);
    if (length <= 0) {
      issues.push({ path: ['periods', i, 'to'], message: '结束时间须晚于开始时间' });
      return;
    }
    const slot = p.slotMinutes ?? s.slotMinutes;
    if (length % slot !== 0) {
      issues.push({
        path: p.slotMinutes ? ['periods', i, 'slotMinutes'] : ['slotMinutes'],
        message: `${p.from}-${p.to} 共 ${length} 分钟，不能按每段 ${slot} 分钟划分预约时段`,
      });
    }
    if (p.validFrom && p.validTo && p.validTo < p.validFrom) issues.push({ path: ['periods', i, 'validTo'], message: '有效期结束日期不能早于开始日期' });
    for (let j = 0; j < i; j += 1) {
      const q = s.periods[j];
      const shared = p.weekdays.find((d) => q.weekdays.includes(d));
      if (shared && overlapsInTime(p, q) && overlapsInValidity(p, q)) {
        issues.push({ path: ['periods', i, 'from'], message: `与第 ${j + 1} 段时间在${WEEKDAY_LABELS[shared - 1]}重叠` });
      }
    }
  });
  return issues;
}

/** The bureau's edit of a point's schedule, at the version it read. */
export const UpdateScheduleRequest = lazy(() => z
  .strictObject({
    ...scheduleSettings,
    version: z.int().check(z.minimum(0)),
    /** The bureau has seen which bookings the change cancels and confirms it. */
    confirmCancellations: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((s, ctx) => scheduleIssues(s).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }))),
  ));
export type UpdateScheduleRequest = z.infer<typeof UpdateScheduleRequest>;

/** A closure the bureau or the point's own agent adds (暂停服务). */
export const AddClosureRequest = lazy(() => z
  .strictObject({
    from: DateSchema,
    to: DateSchema,
    reason: requiredText(40),
    confirmCancellations: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.to < c.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    }),
  ));
export const ClosureParams = lazy(() => z.strictObject({ id: IdSchema, closureId: IdSchema }));
export { ScheduleRefusal } from './refusalVocabularies/schedule';

/** A booking the change would cancel, as the bureau is shown before confirming. */
export const AffectedBookingSchema = lazy(() => z.object({ bookingId: IdSchema, date: DateSchema, time: TimeSchema, why: z.string() }));
export const ScheduleResponse = lazy(() => z.object({
  pointId: IdSchema,
  schedule: PointScheduleSchema,
  hours: z.object({ regular: z.string(), extended: z.optional(z.string()) }),
  /** Bookings cancelled by this change (empty for a read). */
  cancelled: z.array(AffectedBookingSchema),
}));

