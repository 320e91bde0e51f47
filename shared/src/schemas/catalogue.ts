// The service-item catalogue (事项清单): what residents browse and entrust.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { Level, Scope, ServiceKind, ServiceMode } from '../vocabulary';
import { CursorSchema, DateTimeSchema, IdSchema, LimitSchema, requiredText, text } from './common';
import { mongolianText } from './mongolian';

/** An item's name and summary in Mongolian, where the bureau entered them (absent: the Chinese shows). */
const itemMongolian = lazy(() => ({
  nameMn: z.optional(mongolianText(100)),
  /** The Mongolian twin of `summary`. */
  descriptionMn: z.optional(mongolianText(500, 'paragraphs')),
}));

export const MaterialSpecSchema = lazy(() => z.object({
  id: IdSchema,
  name: requiredText(100),
  /** Originals, copies, how many. */
  note: z.optional(text(200)),
  required: z.boolean(),
  /** 告知承诺: the applicant may sign a commitment in place of this material. */
  commitmentAllowed: z.boolean(),
}));
export type MaterialSpec = z.infer<typeof MaterialSpecSchema>;

/** Delegated service is free by policy: the schema admits no other fee. */
export const FeeSchema = lazy(() => z.object({ amount: z.literal(0), note: z.literal('免费') }));
export const FREE: z.infer<typeof FeeSchema> = { amount: 0, note: '免费' };

export const ServiceItemSchema = lazy(() => z.object({
  id: IdSchema,
  /** The catalogue code published by the department. */
  code: requiredText(40),
  name: requiredText(100),
  scope: Scope.schema,
  level: Level.schema,
  departmentId: IdSchema,
  departmentName: requiredText(60),
  summary: text(500, 'paragraphs'),
  ...itemMongolian,
  serviceKinds: z.array(ServiceKind.schema).check(z.minLength(1)),
  serviceModes: z.array(ServiceMode.schema).check(z.minLength(1)),
  materials: z.array(MaterialSpecSchema),
  /** 承诺时限, in working days. */
  commitmentDays: z.int().check(z.minimum(1), z.maximum(365)),
  /** 法定时限, in working days, where the law sets one. */
  statutoryDays: z.optional(z.int().check(z.minimum(1), z.maximum(365))),
  fee: FeeSchema,
  keywords: z.array(text(20)).check(z.maxLength(20)),
  /** Bumped by every bureau edit; an edit names the version it was based on (absent: never edited, 1). */
  version: z.optional(z.int().check(z.minimum(1))),
  /** false: 已停用 (withdrawn) — off the public list and search, refused for new entrustments. */
  active: z.optional(z.boolean()),
  updatedAt: z.optional(DateTimeSchema),
}));
export type ServiceItem = z.infer<typeof ServiceItemSchema>;

export const ServiceItemSummarySchema = lazy(() => z.pick(ServiceItemSchema, {
  id: true,
  code: true,
  name: true,
  nameMn: true,
  scope: true,
  level: true,
  departmentId: true,
  departmentName: true,
  serviceKinds: true,
  commitmentDays: true,
  fee: true,
}));
export type ServiceItemSummary = z.infer<typeof ServiceItemSummarySchema>;

export const ListServiceItemsQuery = lazy(() => z.strictObject({
  scope: z.optional(Scope.schema),
  departmentId: z.optional(IdSchema),
  level: z.optional(Level.schema),
  /** Free-text search over name, code, department and keywords. */
  q: z.optional(requiredText(40)),
  limit: LimitSchema,
  cursor: z.optional(CursorSchema),
}));
export type ListServiceItemsQuery = z.infer<typeof ListServiceItemsQuery>;

export const ListServiceItemsResponse = lazy(() => z.object({
  items: z.array(ServiceItemSummarySchema),
  nextCursor: z.optional(z.string()),
}));
export type ListServiceItemsResponse = z.infer<typeof ListServiceItemsResponse>;

export const ServiceItemResponse = ServiceItemSchema;

// ---- Catalogue administration: the bureau creates, edits and withdraws items -----------------

/** Published catalogue codes are letters, digits and separators (e.g. 150203-FGW-TZ-001). */
export const ItemCodeSchema = lazy(() => requiredText(40).check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '事项编码只能包含字母、数字、点、下划线和连字符')));

/** A material as the bureau writes it; the API assigns the id of a new one. */
export const NewMaterialSpecSchema = lazy(() => z.strictObject({
  name: requiredText(100),
  note: z.optional(text(200)),
  required: z.boolean(),
  commitmentAllowed: z.boolean(),
}));
/** In an edit, a material that keeps its id stays the same material for the cases that refer to it. */
export const EditedMaterialSpecSchema = lazy(() => z.extend(NewMaterialSpecSchema, { id: z.optional(IdSchema) }));
export type EditedMaterialSpec = z.infer<typeof EditedMaterialSpecSchema>;

export const MAX_ITEM_MATERIALS = 30;

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

/**
 * What the bureau sets on an item; the department's name, the id and the version are the API's.
 * Messages are left to the form (its field labels) except where only the schema knows the reason:
 * the schema ships in the main package, where every byte counts.
 */
const itemFields = lazy(() => ({
  code: ItemCodeSchema,
  name: requiredText(100),
  scope: Scope.schema,
  level: Level.schema,
  departmentId: IdSchema,
  summary: text(500, 'paragraphs'),
  ...itemMongolian,
  serviceKinds: z.array(ServiceKind.schema).check(z.minLength(1), z.maxLength(ServiceKind.values.length), z.refine(distinct)),
  serviceModes: z.array(ServiceMode.schema).check(z.minLength(1), z.maxLength(ServiceMode.values.length), z.refine(distinct)),
  commitmentDays: z.int().check(z.minimum(1), z.maximum(365)),
  statutoryDays: z.optional(z.int().check(z.minimum(1), z.maximum(365))),
  /** Delegated service is free: the only fee there is. */
  fee: z.optional(FeeSchema),
  keywords: z.array(requiredText(20)).check(z.maxLength(20), z.refine(distinct)),
}));

type ItemDraftShape = { commitmentDays: number; statutoryDays?: number; materials: { name: string; id?: string }[] };
function checkItem(item: ItemDraftShape, ctx: z.core.$RefinementCtx): void {
  if (item.statutoryDays !== undefined && item.commitmentDays > item.statutoryDays) {
    ctx.addIssue({ code: 'custom', path: ['commitmentDays'], message: '承诺时限不能超过法定时限' });
  }
  const names = new Set<string>();
  const ids = new Set<string>();
  item.materials.forEach((m, i) => {
    if (names.has(m.name)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'name'], message: `材料“${m.name}”重复` });
    names.add(m.name);
    if (m.id !== undefined && ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'id'], message: '材料编号重复' });
    if (m.id !== undefined) ids.add(m.id);
  });
}

export const CreateServiceItemRequest = lazy(() => z.strictObject({ ...itemFields, materials: z.array(NewMaterialSpecSchema).check(z.maxLength(MAX_ITEM_MATERIALS)) }).check(z.superRefine(checkItem)));
export type CreateServiceItemRequest = z.infer<typeof CreateServiceItemRequest>;

export const UpdateServiceItemRequest = lazy(() => z
  .strictObject({
    ...itemFields,
    materials: z.array(EditedMaterialSpecSchema).check(z.maxLength(MAX_ITEM_MATERIALS)),
    /** The version the edit was based on: an item edited meanwhile answers 409 and stays as it was. */
    version: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  })
  .check(z.superRefine(checkItem)));
export type UpdateServiceItemRequest = z.infer<typeof UpdateServiceItemRequest>;
export { CatalogueRefusal } from '../refusalVocabularies/catalogue';

export const SetServiceItemStatusRequest = lazy(() => z.strictObject({ active: z.boolean() }));
export type SetServiceItemStatusRequest = z.infer<typeof SetServiceItemStatusRequest>;

/** An item as the bureau sees it: always with its version and whether it is active. */
export const AdminServiceItemSchema = lazy(() => z.extend(ServiceItemSchema, { version: z.int().check(z.minimum(1)), active: z.boolean() }));
export type AdminServiceItem = z.infer<typeof AdminServiceItemSchema>;

export const AdminServiceItemSummarySchema = lazy(() => z.extend(ServiceItemSummarySchema, {
  version: z.int().check(z.minimum(1)),
  active: z.boolean(),
  updatedAt: z.optional(DateTimeSchema),
  materialCount: z.int().check(z.minimum(0)),
}));
export type AdminServiceItemSummary = z.infer<typeof AdminServiceItemSummarySchema>;

export const AdminListServiceItemsQuery = lazy(() => z.strictObject({
  departmentId: z.optional(IdSchema),
  /** 'active' or 'withdrawn' only; absent: both. */
  status: z.optional(z.enum(['active', 'withdrawn'])),
  q: z.optional(requiredText(40)),
  limit: LimitSchema,
  cursor: z.optional(CursorSchema),
}));
export type AdminListServiceItemsQuery = z.infer<typeof AdminListServiceItemsQuery>;

export const AdminListServiceItemsResponse = lazy(() => z.object({
  items: z.array(AdminServiceItemSummarySchema),
  nextCursor: z.optional(z.string()),
}));
export type AdminListServiceItemsResponse = z.infer<typeof AdminListServiceItemsResponse>;
