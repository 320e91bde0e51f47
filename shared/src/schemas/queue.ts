// 取号叫号: a service point's walk-in queues (configured by the bureau: name, letter prefix, daily
// cap, the windows that serve it), tickets taken by scanning the point's code or at the desk
// (A023), booked residents' priority tickets at check-in, calls to a window, the hall display's
// board, and the figures supervision reads.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { vocabulary } from '../vocabulary';
import { coercedInt, DateSchema, DateTimeSchema, IdSchema, requiredText, TimeSchema } from './common';
import { PointCodeSchema } from './network';

/** A queue's letter on its tickets; Y is kept for booked residents' priority queue. */
export const QueuePrefixSchema = lazy(() => z.string().check(z.regex(/^[A-HJ-NP-X]$/, '队列字母为 A–X 中的一个大写字母（I、O 易混，Y 留给预约）')));
export const PRIORITY_QUEUE_ID = 'booked';
export const PRIORITY_PREFIX = 'Y';
export const PRIORITY_QUEUE_NAME = '预约签到';

export const QueueSchema = lazy(() => z.object({
  id: IdSchema,
  name: requiredText(20),
  prefix: QueuePrefixSchema,
  /** Tickets a day at most (numbers restart each day). */
  dailyCap: z.int().check(z.minimum(1, '每日上限至少为 1'), z.maximum(999, '每日上限最多 999（号码为三位数）')),
  /** Taking numbers paused by the bureau (the queue stays on the hall display). */
  active: z.boolean(),
  /** Windows that call from this queue; empty: every window. */
  windows: z.array(z.int().check(z.minimum(1), z.maximum(50))).check(z.maxLength(50)),
}));
export type Queue = z.infer<typeof QueueSchema>;

export const QueueConfigSchema = lazy(() => z.object({ queues: z.array(QueueSchema), version: z.int().check(z.minimum(0)) }));
export type QueueConfig = z.infer<typeof QueueConfigSchema>;

export const UpdateQueuesRequest = lazy(() => z
  .strictObject({ queues: z.array(z.strictObject(QueueSchema.shape)).check(z.maxLength(12)), version: z.int().check(z.minimum(0)) })
  .check(
    z.superRefine((body, ctx) => {
    const seen = new Map<string, number>();
    body.queues.forEach((q, i) => {
      for (const [field, value] of [['id', q.id], ['prefix', q.prefix]] as const) {
        const key = `${field}:${value}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['queues', i, field], message: field === 'prefix' ? `与第 ${seen.get(key)! + 1} 个队列的字母重复` : '队列编号重复' });
        else seen.set(key, i);
      }
    });
    }),
  ));

export const TicketState = vocabulary({
  waiting: '等待中',
  called: '请到窗口',
  serving: '办理中',
  done: '已办结',
  missed: '已过号',
  cancelled: '已取消',
});
export type TicketState = z.infer<typeof TicketState.schema>;
export const LIVE_TICKET_STATES: readonly TicketState[] = ['waiting', 'called', 'serving'];

export const TicketSchema = lazy(() => z.object({
  id: IdSchema,
  /** A023: the queue's letter and the day's number. */
  number: z.string(),
  pointId: IdSchema,
  pointName: z.string(),
  date: DateSchema,
  queueId: IdSchema,
  queueName: z.string(),
  state: TicketState.schema,
  /** Booked check-ins: the slot they booked (called first once it has started). */
  priority: z.boolean(),
  slotTime: z.optional(TimeSchema),
  bookingId: z.optional(IdSchema),
  /** Taken at the desk for someone without a phone. */
  atDesk: z.boolean(),
  issuedAt: DateTimeSchema,
  window: z.optional(z.int()),
  calls: z.int().check(z.minimum(0)),
  calledAt: z.optional(DateTimeSchema),
  lastCalledAt: z.optional(DateTimeSchema),
  startedAt: z.optional(DateTimeSchema),
  finishedAt: z.optional(DateTimeSchema),
  missedAt: z.optional(DateTimeSchema),
  cancelledAt: z.optional(DateTimeSchema),
  /** Once missed, the resident may queue again once, at the end. */
  requeued: z.boolean(),
  caseId: z.optional(IdSchema),
  caseNumber: z.optional(z.string()),
  version: z.int(),
}));
export type Ticket = z.infer<typeof TicketSchema>;

/** A ticket as its holder reads it: where it stands. */
export const TicketViewSchema = lazy(() => z.extend(TicketSchema, {
  /** People called before this one who are still waiting (0: next). */
  ahead: z.int().check(z.minimum(0)),
  /** Minutes, from today's (or recent days') average service time and the windows open; null when unknown. */
  estimatedWaitMinutes: z.nullable(z.int().check(z.minimum(0))),
}));
export type TicketView = z.infer<typeof TicketViewSchema>;

export const TakeTicketRequest = lazy(() => z.strictObject({ pointId: IdSchema, queueId: IdSchema }));
/** At the desk, for someone without a phone: the agent's own point. */
export const DeskTicketRequest = lazy(() => z.strictObject({ queueId: IdSchema }));
export const MyTicketsResponse = lazy(() => z.object({ tickets: z.array(TicketViewSchema) }));

/** What an agent at a window does with the ticket in front of them. */
export const TicketAction = vocabulary({ recall: '重呼', miss: '过号', start: '开始办理', finish: '办结' });
export type TicketAction = z.infer<typeof TicketAction.schema>;
/** `version` as the agent saw the ticket: a double-tap of 重呼 counts one call, not two. */
export const TicketActionRequest = lazy(() => z.strictObject({ action: TicketAction.schema, version: z.int().check(z.minimum(0)) }));
export const CallNextRequest = lazy(() => z.strictObject({ window: z.int().check(z.minimum(1), z.maximum(50)) }));
/** The case the ticket's visit is about: one the resident names by its number, or one just registered at the window. */
export const LinkTicketRequest = lazy(() => z
  .strictObject({
    caseNumber: z.optional(z.string().check(z.trim(), z.toUpperCase(), z.regex(/^KDL-\d{8}-[0-9A-Z]{6}$/, '办件编号格式应为 KDL-年月日-六位编码'))),
    caseId: z.optional(IdSchema),
  })
  .check(z.refine((b) => (b.caseNumber === undefined) !== (b.caseId === undefined), { message: '请填写办件编号', path: ['caseNumber'] })));

/** A point's queues as the bureau configures them (the priority queue of booked check-ins is implicit). */
export const QueueConfigResponse = lazy(() => z.object({
  pointId: IdSchema,
  pointName: z.string(),
  /** The point's windows (its schedule's), numbered 1–N. */
  windows: z.int(),
  queues: z.array(QueueSchema),
  version: z.int().check(z.minimum(0)),
}));
export type QueueConfigResponse = z.infer<typeof QueueConfigResponse>;

/** A point's queues as residents see them before taking a number. */
export const PointQueuesResponse = lazy(() => z.object({
  pointId: IdSchema,
  pointName: z.string(),
  /** Numbers can be taken now (the point is open today, within its hours). */
  open: z.boolean(),
  closedLabel: z.optional(z.string()),
  windows: z.int(),
  queues: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      prefix: z.string(),
      active: z.boolean(),
      waiting: z.int().check(z.minimum(0)),
      issuedToday: z.int().check(z.minimum(0)),
      dailyCap: z.int(),
      estimatedWaitMinutes: z.nullable(z.int().check(z.minimum(0))),
    }),
  ),
  /** The signed-in resident's live ticket here, if any. */
  myTicketId: z.optional(IdSchema),
}));
export type PointQueues = z.infer<typeof PointQueuesResponse>;

/** One call to a window: the hall display's line (A023 → 3 号窗口) and the agent's recent calls. */
export const BoardCallSchema = lazy(() => z.object({ id: IdSchema, number: z.string(), window: z.int(), calledAt: DateTimeSchema, calls: z.int() }));

/** An agent's window: the ticket in front of them and what waits. */
export const WindowQuery = lazy(() => z.strictObject({ window: coercedInt().check(z.minimum(1), z.maximum(50)) }));
export const WindowResponse = lazy(() => z.object({
  pointId: IdSchema,
  window: z.int(),
  windows: z.int(),
  current: z.optional(TicketSchema),
  waiting: z.array(z.object({ queueId: IdSchema, queueName: z.string(), prefix: z.string(), count: z.int() })),
  /** The next few in calling order, as this window would call them. */
  next: z.array(z.object({ id: IdSchema, number: z.string(), priority: z.boolean() })),
  /** This window's last calls today, newest first. */
  recent: z.array(BoardCallSchema),
}));
export type WindowView = z.infer<typeof WindowResponse>;

/** The hall display (public, by the point's code): current calls, the last few, waiting per queue. */
export const BoardParams = lazy(() => z.strictObject({ code: PointCodeSchema }));
export const BoardQuery = lazy(() => z.strictObject({ since: z.optional(coercedInt().check(z.minimum(0))) }));
export const BoardResponse = lazy(() => z.object({
  pointName: z.string(),
  /** Bumped by every call; the display asks with `since` and gets `changed: false` while it stands. */
  version: z.int(),
  changed: z.boolean(),
  current: z.array(BoardCallSchema),
  recent: z.array(BoardCallSchema),
  waiting: z.array(z.object({ queueId: IdSchema, name: z.string(), prefix: z.string(), count: z.int() })),
  /** The server's time, so the display's clock is the hall's. */
  at: DateTimeSchema,
}));
export type Board = z.infer<typeof BoardResponse>;
export type BoardCall = z.infer<typeof BoardCallSchema>;
export { QueueRefusal } from '../refusalVocabularies/queue';

/** Queue figures of one point's queue over a period (supervision, the scorecard). */
export const QueueFiguresSchema = lazy(() => z.object({
  pointId: IdSchema,
  pointName: z.string(),
  queueId: IdSchema,
  queueName: z.string(),
  issued: z.int(),
  served: z.int(),
  missed: z.int(),
  /** Minutes from taking the number to being called, over called tickets; null when none. */
  averageWaitMinutes: z.nullable(z.number()),
  longestWaitMinutes: z.nullable(z.number()),
  /** Minutes from 开始办理 to 办结. */
  averageServiceMinutes: z.nullable(z.number()),
  /** Tickets taken per hour of the day (index 0–23). */
  issuedByHour: z.array(z.int()).check(z.length(24)),
}));
export type QueueFigures = z.infer<typeof QueueFiguresSchema>;
export const QueueFiguresResponse = lazy(() => z.object({ from: DateSchema, to: DateSchema, queues: z.array(QueueFiguresSchema) }));
export type QueueFiguresResponse = z.infer<typeof QueueFiguresResponse>;
