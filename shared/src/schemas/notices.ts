// The in-app notices inbox: what the notifier delivered to a resident or an agent.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { DateTimeSchema, IdSchema, LimitSchema } from './common';

export const NOTICE_KINDS = [
  'newTask',
  'transferredToMe',
  'supplementAnswered',
  'bookingCheckedIn',
  'badRating',
  'subTaskAssigned',
  'caseAccepted',
  'supplementRequested',
  'resultReady',
  'caseWithdrawn',
  'deadlineNear',
  'overdue',
  'bookingReminder',
  'opinionAnswered',
  'rectificationReported',
  'reassignedToMe',
  'deadlineAdjusted',
  'bookingCancelled',
  'ticketNear',
  'ticketCalled',
] as const;
export const NoticeKindSchema = lazy(() => z.enum(NOTICE_KINDS));
export type NoticeKind = z.infer<typeof NoticeKindSchema>;

export const NoticeSchema = lazy(() => z.object({
  id: IdSchema,
  kind: NoticeKindSchema,
  caseId: z.optional(IdSchema),
  caseNumber: z.optional(z.string()),
  itemName: z.optional(z.string()),
  /** A queue ticket the notice is about (叫号): the app opens the ticket. */
  ticketId: z.optional(IdSchema),
  summary: z.string(),
  at: DateTimeSchema,
  readAt: z.optional(DateTimeSchema),
}));
export type NoticeView = z.infer<typeof NoticeSchema>;

export const ListNoticesQuery = lazy(() => z.strictObject({ limit: LimitSchema }));
export const ListNoticesResponse = lazy(() => z.object({ notices: z.array(NoticeSchema), unread: z.int().check(z.minimum(0)) }));
export const MarkNoticesReadRequest = lazy(() => z.strictObject({
  /** Omit to mark everything read. */
  ids: z.optional(z.array(IdSchema).check(z.minLength(1), z.maxLength(100))),
}));
export const MarkNoticesReadResponse = lazy(() => z.object({ unread: z.int().check(z.minimum(0)) }));

/**
 * WeChat subscribe-message templates the app may ask for (at most three at one user tap). Each
 * maps to the notice kinds it carries; the template ids themselves are deployment configuration.
 */
export const SUBSCRIPTION_TOPICS = ['caseProgress', 'newTask', 'bookingReminder', 'queueCall'] as const;
export const SubscriptionTopicSchema = lazy(() => z.enum(SUBSCRIPTION_TOPICS));
export type SubscriptionTopic = z.infer<typeof SubscriptionTopicSchema>;

/** What wx.requestSubscribeMessage answered, per topic: remembered server-side. */
export const RecordSubscriptionsRequest = lazy(() => z.strictObject({
  answers: z.array(z.strictObject({ topic: SubscriptionTopicSchema, accepted: z.boolean() })).check(z.minLength(1), z.maxLength(3)),
}));
export const SubscriptionsResponse = lazy(() => z.object({
  /** Topics with a one-time subscription still unused (each accepted tap allows one message). */
  granted: z.array(z.object({ topic: SubscriptionTopicSchema, remaining: z.int().check(z.minimum(0)) })),
}));

/**
 * What the app may ask for at a tap: the template id of each configured topic (stage
 * configuration; a topic without one is left out), and what the signed-in user has granted.
 */
export const SubscriptionSettingsResponse = lazy(() => z.object({
  templates: z.array(z.object({ topic: SubscriptionTopicSchema, templateId: z.string().check(z.minLength(1)) })),
  granted: z.array(z.object({ topic: SubscriptionTopicSchema, remaining: z.int().check(z.minimum(0)) })),
}));
export type SubscriptionSettingsResponse = z.infer<typeof SubscriptionSettingsResponse>;
