// The in-app notices inbox: what the notifier delivered to a resident or an agent.
import { z } from 'zod';
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
] as const;
export const NoticeKindSchema = z.enum(NOTICE_KINDS);
export type NoticeKind = z.infer<typeof NoticeKindSchema>;

export const NoticeSchema = z.object({
  id: IdSchema,
  kind: NoticeKindSchema,
  caseId: IdSchema.optional(),
  caseNumber: z.string().optional(),
  itemName: z.string().optional(),
  summary: z.string(),
  at: DateTimeSchema,
  readAt: DateTimeSchema.optional(),
});
export type NoticeView = z.infer<typeof NoticeSchema>;

export const ListNoticesQuery = z.strictObject({ limit: LimitSchema });
export const ListNoticesResponse = z.object({ notices: z.array(NoticeSchema), unread: z.number().int().min(0) });
export const MarkNoticesReadRequest = z.strictObject({
  /** Omit to mark everything read. */
  ids: z.array(IdSchema).min(1).max(100).optional(),
});
export const MarkNoticesReadResponse = z.object({ unread: z.number().int().min(0) });
