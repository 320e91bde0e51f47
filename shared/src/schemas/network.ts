// The service network (三级代办帮办服务体系): departments, service points and their agents.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { PointScheduleSchema } from '../schedule';
import { DepartmentKind, Level } from '../vocabulary';
import { GeoPointSchema, IdSchema, PublicPhoneSchema, requiredText, text } from './common';
import { mongolianText } from './mongolian';

export const DepartmentSchema = lazy(() => z.object({
  id: IdSchema,
  name: requiredText(60),
  /** The name in Mongolian, where the bureau entered it (absent: the Chinese shows). */
  nameMn: z.optional(mongolianText(60)),
  kind: DepartmentKind.schema,
  phone: PublicPhoneSchema,
  address: text(200),
  /** Agent who is told of overdue cases of this department. */
  headAgentId: z.optional(IdSchema),
}));
export type Department = z.infer<typeof DepartmentSchema>;

/** The published hours, generated from the point's schedule (shared/src/schedule.ts describeHours). */
export const OpeningHoursSchema = lazy(() => z.object({
  /** e.g. 周一至周五 9:00-12:00，13:30-17:30 */
  regular: z.string(),
  /** 延时服务 hours, where the point offers them. */
  extended: z.optional(z.string()),
}));

/** The short code a booking number starts with, read out at a window: K07 in K07-023. */
export const PointShortCodeSchema = lazy(() => z.string().check(z.regex(/^[A-Z][A-Z0-9]{1,3}$/, '网点简码为 2–4 位大写字母或数字，以字母开头')));

/** A short code printed in a point's QR code; WeChat's scene parameter allows 32 characters. */
export const PointCodeSchema = lazy(() => z.string().check(z.regex(/^[A-Za-z0-9]{1,32}$/)));

export const ServicePointSchema = lazy(() => z.object({
  id: IdSchema,
  code: PointCodeSchema,
  name: requiredText(80),
  /** Name and address in Mongolian, where the bureau entered them (absent: the Chinese shows). */
  nameMn: z.optional(mongolianText(80)),
  addressMn: z.optional(mongolianText(200)),
  level: Level.schema,
  /** The street/town (or park) it belongs to; absent at district level. */
  parentId: z.optional(IdSchema),
  parentName: z.optional(text(60)),
  address: requiredText(200),
  phone: PublicPhoneSchema,
  shortCode: PointShortCodeSchema,
  hours: OpeningHoursSchema,
  schedule: PointScheduleSchema,
  location: GeoPointSchema,
}));
export type ServicePoint = z.infer<typeof ServicePointSchema>;

/** What anyone may see of an agent: name and post, never a personal phone. */
export const AgentPublicSchema = lazy(() => z.object({
  id: IdSchema,
  name: requiredText(30),
  title: text(40),
  departmentId: z.optional(IdSchema),
  servicePointId: z.optional(IdSchema),
}));
export type AgentPublic = z.infer<typeof AgentPublicSchema>;

/**
 * An agent record's WeChat binding: bound (a WeChat user signs in as this agent), unbound (waiting
 * for an invitation code to be used), left (离岗: unbound by the bureau, no longer routed to).
 */
export const AGENT_BINDINGS = ['bound', 'unbound', 'left'] as const;
export const AgentBindingSchema = lazy(() => z.enum(AGENT_BINDINGS));
export type AgentBinding = z.infer<typeof AgentBindingSchema>;
export const AGENT_BINDING_LABELS: Record<AgentBinding, string> = { bound: '已绑定', unbound: '未绑定', left: '已离岗' };

/** What colleagues and the bureau see: adds the masked work phone, the head flag and the binding. */
export const AgentSchema = lazy(() => z.extend(AgentPublicSchema, {
  phoneMasked: z.string(),
  isHead: z.boolean(),
  active: z.boolean(),
  binding: AgentBindingSchema,
  boundAt: z.optional(z.iso.datetime()),
  leftAt: z.optional(z.iso.datetime()),
}));
export type Agent = z.infer<typeof AgentSchema>;

/**
 * The bureau sets a unit's Mongolian texts, all at once: a field left out is cleared (the Chinese
 * shows again). The Chinese names, codes and addresses are the network's reference data.
 */
export const SetDepartmentMongolianRequest = lazy(() => z.strictObject({ nameMn: DepartmentSchema.shape.nameMn }));
export type SetDepartmentMongolianRequest = z.infer<typeof SetDepartmentMongolianRequest>;
export const SetServicePointMongolianRequest = lazy(() => z.strictObject({ nameMn: ServicePointSchema.shape.nameMn, addressMn: ServicePointSchema.shape.addressMn }));
export type SetServicePointMongolianRequest = z.infer<typeof SetServicePointMongolianRequest>;

export const ListDepartmentsResponse = lazy(() => z.object({ departments: z.array(DepartmentSchema) }));

export const ListServicePointsQuery = lazy(() => z.strictObject({
  level: z.optional(Level.schema),
  parentId: z.optional(IdSchema),
}));
export const ListServicePointsResponse = lazy(() => z.object({ points: z.array(ServicePointSchema) }));

export const ServicePointDetailResponse = lazy(() => z.object({
  point: ServicePointSchema,
  agents: z.array(AgentPublicSchema),
}));
export const PointCodeParams = lazy(() => z.strictObject({ code: PointCodeSchema }));

export const ListAgentsQuery = lazy(() => z
  .strictObject({ departmentId: z.optional(IdSchema), servicePointId: z.optional(IdSchema) })
  .check(z.refine((q) => Boolean(q.departmentId) !== Boolean(q.servicePointId), { message: '请指定一个部门或一个服务站点' })));
export const ListAgentsResponse = lazy(() => z.object({ agents: z.array(AgentSchema) }));

/** The policy's staffing rule: 1–2 agents per department, at least 1 per service centre or point. */
export const StaffingFindingSchema = lazy(() => z.object({
  unitKind: z.enum(['department', 'servicePoint']),
  unitId: IdSchema,
  unitName: z.string(),
  agentCount: z.int(),
  ok: z.boolean(),
  rule: z.string(),
  /** Departments: open cases in the queue that no agent holds (e.g. after the last agent left). */
  unassignedOpenCases: z.optional(z.int().check(z.minimum(0))),
}));
export const StaffingReportResponse = lazy(() => z.object({
  findings: z.array(StaffingFindingSchema),
  compliant: z.boolean(),
}));
export type StaffingFinding = z.infer<typeof StaffingFindingSchema>;

/** A printable poster for a service point, in Mongolian and Chinese: its QR code, name and hours. */
export const PointPosterQuery = lazy(() => z.strictObject({
  /** local: a QR of the H5 point page (works anywhere); wechat: a mini-program code via getUnlimited. */
  source: z._default(z.enum(['local', 'wechat']), 'local'),
}));
export const PointPosterResponse = lazy(() => z.object({
  pointId: IdSchema,
  source: z.enum(['local', 'wechat']),
  /** What the code opens: the H5 URL, or the mini-program page with its scene. */
  target: z.string(),
  /** The poster as an SVG document (A5 portrait), ready to print. */
  svg: z.string(),
  /** The point's texts without a Mongolian version: on the poster they stand in Chinese only. */
  untranslated: z.optional(z.array(z.enum(['name', 'address']))),
}));
