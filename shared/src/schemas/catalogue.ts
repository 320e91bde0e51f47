// The service-item catalogue (事项清单): what residents browse and entrust.
import { z } from 'zod';
import { Level, Scope, ServiceKind, ServiceMode } from '../vocabulary';
import { CursorSchema, IdSchema, LimitSchema, requiredText, text } from './common';

export const MaterialSpecSchema = z.object({
  id: IdSchema,
  name: requiredText(100),
  /** Originals, copies, how many. */
  note: text(200).optional(),
  required: z.boolean(),
  /** 告知承诺: the applicant may sign a commitment in place of this material. */
  commitmentAllowed: z.boolean(),
});
export type MaterialSpec = z.infer<typeof MaterialSpecSchema>;

/** Delegated service is free by policy: the schema admits no other fee. */
export const FeeSchema = z.object({ amount: z.literal(0), note: z.literal('免费') });
export const FREE: z.infer<typeof FeeSchema> = { amount: 0, note: '免费' };

export const ServiceItemSchema = z.object({
  id: IdSchema,
  /** The catalogue code published by the department. */
  code: requiredText(40),
  name: requiredText(100),
  scope: Scope.schema,
  level: Level.schema,
  departmentId: IdSchema,
  departmentName: requiredText(60),
  summary: text(500),
  serviceKinds: z.array(ServiceKind.schema).min(1),
  serviceModes: z.array(ServiceMode.schema).min(1),
  materials: z.array(MaterialSpecSchema),
  /** 承诺时限, in working days. */
  commitmentDays: z.number().int().min(1).max(365),
  /** 法定时限, in working days, where the law sets one. */
  statutoryDays: z.number().int().min(1).max(365).optional(),
  fee: FeeSchema,
  keywords: z.array(text(20)).max(20),
});
export type ServiceItem = z.infer<typeof ServiceItemSchema>;

export const ServiceItemSummarySchema = ServiceItemSchema.pick({
  id: true,
  code: true,
  name: true,
  scope: true,
  level: true,
  departmentId: true,
  departmentName: true,
  serviceKinds: true,
  commitmentDays: true,
  fee: true,
});
export type ServiceItemSummary = z.infer<typeof ServiceItemSummarySchema>;

export const ListServiceItemsQuery = z.strictObject({
  scope: Scope.schema.optional(),
  departmentId: IdSchema.optional(),
  level: Level.schema.optional(),
  /** Free-text search over name, code, department and keywords. */
  q: z.string().trim().min(1).max(40).optional(),
  limit: LimitSchema,
  cursor: CursorSchema.optional(),
});
export type ListServiceItemsQuery = z.infer<typeof ListServiceItemsQuery>;

export const ListServiceItemsResponse = z.object({
  items: z.array(ServiceItemSummarySchema),
  nextCursor: z.string().optional(),
});
export type ListServiceItemsResponse = z.infer<typeof ListServiceItemsResponse>;

export const ServiceItemResponse = ServiceItemSchema;
