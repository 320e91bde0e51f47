// Cases (办件): entrustment, the lifecycle actions, and what residents and agents read.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { CaseAction, CaseState, Refusal, type Awaiting } from '../caseMachine';
import { Channel, RatingLevel, RatingProblem, ServiceKind, ServiceMode } from '../vocabulary';
import { MaterialSpecSchema } from './catalogue';
import { CursorSchema, DateSchema, DateTimeSchema, IdSchema, LimitSchema, MobileSchema, requiredText, text } from './common';
import { MaterialSchema } from './materials';
import { LanguageSchema } from './identity';
import { IdNumberSchema } from '../privacy';

/** 统一社会信用代码: 18 characters. */
export const CreditCodeSchema = lazy(() => z.string().check(z.regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码格式有误')));

export const ApplicantInputSchema = lazy(() => z.strictObject({
  name: requiredText(30),
  phone: MobileSchema,
  /** 身份证号: sealed before it is stored; masked for everyone but the applicant. */
  idNumber: z.optional(IdNumberSchema),
  /** When acting for an enterprise. */
  enterpriseName: z.optional(requiredText(100)),
  creditCode: z.optional(CreditCodeSchema),
}));

export const OnSiteRequestSchema = lazy(() => z.strictObject({
  address: requiredText(200),
  preferredDate: DateSchema,
  preferredPeriod: z.enum(['morning', 'afternoon']),
}));

export const CreateCaseRequest = lazy(() => z
  .strictObject({
    /** An entrustment, or a pre-consultation (提前介入) before any entrustment. */
    kind: z.enum(['entrustment', 'preConsultation']),
    itemId: IdSchema,
    serviceKind: ServiceKind.schema,
    serviceMode: ServiceMode.schema,
    channel: z._default(Channel.schema, 'miniProgram'),
    /** Entrusted at (or by scanning the QR code of) a service point. */
    servicePointId: z.optional(IdSchema),
    applicant: ApplicantInputSchema,
    onSite: z.optional(OnSiteRequestSchema),
    note: z.optional(text(500, 'paragraphs')),
  })
  .check(
    z.refine((r) => r.serviceMode !== 'onSite' || r.onSite !== undefined, { message: '上门服务请填写地址和期望时间', path: ['onSite'] }),
    z.refine((r) => r.serviceMode === 'onSite' || r.onSite === undefined, { message: '仅上门服务需要上门信息', path: ['onSite'] }),
  ));
export type CreateCaseRequest = z.infer<typeof CreateCaseRequest>;

const Base = lazy(() => ({ version: z.int().check(z.minimum(0), z.maximum(1_000_000)) }));
const note = lazy(() => z.optional(text(500, 'paragraphs')));

export const SupplementItemSchema = lazy(() => z.strictObject({
  materialSpecId: z.optional(IdSchema),
  name: requiredText(100),
  reason: requiredText(200, 'paragraphs'),
}));

/** A required material the agent lets go without accepting it online, and why (e.g. 原件已在窗口核验). */
export const MaterialWaiverSchema = lazy(() => z.strictObject({ materialSpecId: IdSchema, reason: requiredText(200) }));

/** One body per lifecycle action; `action` picks the shape. Creating a case is POST /cases. */
export const CaseActionRequest = lazy(() => z.discriminatedUnion('action', [
  z.strictObject({ ...Base, action: z.literal('recordConsultation'), note: requiredText(1000, 'paragraphs') }),
  z.strictObject({ ...Base, action: z.literal('concludeConsultation'), note }),
  z.strictObject({ ...Base, action: z.literal('entrust'), serviceKind: ServiceKind.schema, serviceMode: ServiceMode.schema, onSite: z.optional(OnSiteRequestSchema), note }),
  z.strictObject({
    ...Base,
    action: z.literal('signAgreement'),
    agreementVersion: requiredText(20),
    signerName: requiredText(30),
    consentToDataHandling: z.literal(true),
    acknowledgeFreeOfCharge: z.literal(true),
    /** The handwritten signature image, uploaded like a material (issue 4). */
    signatureUploadId: z.optional(IdSchema),
  }),
  z.strictObject({ ...Base, action: z.literal('accept'), note }),
  z.strictObject({ ...Base, action: z.literal('recordProgress'), note: requiredText(1000, 'paragraphs') }),
  z.strictObject({ ...Base, action: z.literal('submitMaterials'), note }),
  z.strictObject({ ...Base, action: z.literal('requestSupplement'), items: z.array(SupplementItemSchema).check(z.minLength(1), z.maxLength(20)), note }),
  z.strictObject({ ...Base, action: z.literal('answerSupplement'), note }),
  z.strictObject({ ...Base, action: z.literal('startCoordination'), note }),
  z.strictObject({
    ...Base,
    action: z.literal('splitSubTasks'),
    tasks: z.array(z.strictObject({ departmentId: IdSchema, title: requiredText(100), note })).check(z.minLength(1), z.maxLength(10)),
  }),
  z.strictObject({ ...Base, action: z.literal('completeSubTask'), taskId: IdSchema, result: requiredText(500, 'paragraphs') }),
  z.strictObject({ ...Base, action: z.literal('transfer'), departmentId: IdSchema, reason: requiredText(500, 'paragraphs') }),
  z.strictObject({
    ...Base,
    action: z.literal('escalate'),
    authorityKind: z.enum(['upperLevel', 'otherRegion']),
    authority: requiredText(80),
    reason: requiredText(500, 'paragraphs'),
  }),
  z.strictObject({
    ...Base,
    action: z.literal('feedBackResult'),
    outcome: z.enum(['approved', 'notApproved', 'informed']),
    summary: requiredText(1000, 'paragraphs'),
    /** 不予办理: why (the state machine requires it for that outcome). */
    reason: z.optional(text(500, 'paragraphs')),
    /** 办结 with a required material not accepted online: per material, why it is waived (免交). */
    waivers: z.optional(z.array(MaterialWaiverSchema).check(z.maxLength(50))),
  }),
  z.strictObject({ ...Base, action: z.literal('archive'), note }),
  z.strictObject({ ...Base, action: z.literal('recordFollowUpVisit'), method: z.enum(['phone', 'inPerson', 'online']), note: requiredText(1000, 'paragraphs') }),
  z.strictObject({
    ...Base,
    action: z.literal('rate'),
    level: RatingLevel.schema,
    /** What went wrong: a bad rating needs at least one (the state machine checks). */
    categories: z.optional(z.array(RatingProblem.schema).check(z.maxLength(RatingProblem.values.length))),
    comment: z.optional(text(500, 'paragraphs')),
  }),
  z.strictObject({ ...Base, action: z.literal('withdraw'), reason: z.optional(text(500, 'paragraphs')) }),
]));
export type CaseActionRequest = z.infer<typeof CaseActionRequest>;
export { CaseChangeRefusal } from '../refusalVocabularies/caseChange';

export const ActorSchema = lazy(() => z.object({
  userId: z.optional(IdSchema),
  role: z.enum(['resident', 'agent', 'bureau', 'system']),
  name: z.string(),
  agentId: z.optional(IdSchema),
}));
export type Actor = z.infer<typeof ActorSchema>;

/** One step on the timeline: who, in which role, did what, from which state to which, when. */
export const CaseEventSchema = lazy(() => z.object({
  id: z.string(),
  at: DateTimeSchema,
  actor: ActorSchema,
  action: z.union([CaseAction.schema, z.enum(['openPreConsultation', 'route', 'uploadMaterial', 'commitMaterial', 'reviewMaterial', 'book', 'cancelBooking', 'checkIn', 'reportRectification', 'reassign', 'revealIdNumber', 'noShow', 'adjustDeadline', 'queueTicket'])]),
  from: z.optional(CaseState.schema),
  to: z.optional(CaseState.schema),
  note: z.optional(z.string()),
  /** Action-specific facts, e.g. the escalation authority or the supplement list. */
  data: z.optional(z.record(z.string(), z.unknown())),
}));
export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const SubTaskSchema = lazy(() => z.object({
  id: IdSchema,
  departmentId: IdSchema,
  departmentName: z.string(),
  title: z.string(),
  note: z.optional(z.string()),
  /** cancelled: the case was withdrawn while the sub-task was open. */
  state: z.enum(['open', 'done', 'cancelled']),
  assignedAgentId: z.optional(IdSchema),
  dueDate: z.optional(DateSchema),
  result: z.optional(z.string()),
  completedAt: z.optional(DateTimeSchema),
}));
export type SubTask = z.infer<typeof SubTaskSchema>;

export const PersonSchema = lazy(() => z.object({
  agentId: IdSchema,
  name: z.string(),
  phoneMasked: z.string(),
  /** The office line the agent publishes for their applicants, where one is recorded (applicant and case agents only). */
  officePhone: z.optional(z.string()),
}));

export const DeadlineSchema = lazy(() => z.object({
  dueDate: DateSchema,
  workingDaysLeft: z.int(),
  status: z.enum(['onTrack', 'near', 'overdue']),
  /** The clock is paused (supplement owed, or with an upper-level authority). */
  paused: z.boolean(),
  /** False when the due date lies in a year whose holiday arrangement is not yet published. */
  official: z.boolean(),
}));

const AWAITING = ['applicant', 'agent', 'department', 'authority', 'nobody'] as const satisfies readonly Awaiting[];

export const CaseSummarySchema = lazy(() => z.object({
  id: IdSchema,
  number: z.string(),
  kind: z.enum(['entrustment', 'preConsultation']),
  state: CaseState.schema,
  version: z.int(),
  itemId: IdSchema,
  itemName: z.string(),
  departmentId: IdSchema,
  departmentName: z.string(),
  serviceKind: ServiceKind.schema,
  serviceMode: ServiceMode.schema,
  channel: Channel.schema,
  applicantName: z.string(),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  awaiting: z.enum(AWAITING),
  deadline: z.optional(DeadlineSchema),
}));
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseDetailSchema = lazy(() => z.extend(CaseSummarySchema, {
  applicant: z.object({
    name: z.string(),
    phoneMasked: z.string(),
    /** Only for the applicant and the case's agents. */
    phone: z.optional(z.string()),
    idNumberMasked: z.optional(z.string()),
    /** Only for the applicant; the case's agents open it with POST /cases/{id}/id-number (audited). */
    idNumber: z.optional(z.string()),
    enterpriseName: z.optional(z.string()),
    creditCode: z.optional(z.string()),
  }),
  servicePointId: z.optional(IdSchema),
  servicePointName: z.optional(z.string()),
  commitmentDays: z.int(),
  acceptedAt: z.optional(DateTimeSchema),
  owner: z.optional(PersonSchema),
  assignee: z.optional(PersonSchema),
  onSite: z.optional(OnSiteRequestSchema),
  escalation: z.optional(z.object({ authorityKind: z.enum(['upperLevel', 'otherRegion']), authority: z.string(), reason: z.string(), at: DateTimeSchema })),
  supplement: z.optional(z.object({ items: z.array(SupplementItemSchema), requestedAt: DateTimeSchema })),
  result: z.optional(z
    .object({
      outcome: z.enum(['approved', 'notApproved', 'informed']),
      summary: z.string(),
      reason: z.optional(z.string()),
      waivers: z.optional(z.array(z.object({ materialSpecId: IdSchema, name: z.string(), reason: z.string() }))),
      at: DateTimeSchema,
    })),
  /** The text signed: its version, and its language (absent before the Mongolian text: Chinese). */
  agreement: z.optional(z.object({ version: z.string(), language: z.optional(LanguageSchema), signerName: z.string(), signedAt: DateTimeSchema })),
  rating: z.optional(z.object({ level: RatingLevel.schema, categories: z.optional(z.array(RatingProblem.schema)), comment: z.optional(z.string()), at: DateTimeSchema })),
  rectification: z.optional(z.object({ dueDate: DateSchema, state: z.enum(['open', 'done']) })),
  subTasks: z.array(SubTaskSchema),
  /** The case's list of materials: the item's as entrusted, plus any an agent asked for by name in a 补正. */
  materialSpecs: z.array(MaterialSpecSchema),
  materials: z.array(MaterialSchema),
  timeline: z.array(CaseEventSchema),
  /** What the caller may do now: the buttons the app shows. */
  availableActions: z.array(CaseAction.schema),
  /** What the caller could do in this state but for the case's facts: disabled buttons, with the reason. */
  blockedActions: z.array(z.object({ action: CaseAction.schema, reason: Refusal.schema })),
}));
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const ListMyCasesQuery = lazy(() => z.strictObject({ limit: LimitSchema, cursor: z.optional(CursorSchema) }));
export const ListCasesResponse = lazy(() => z.object({ cases: z.array(CaseSummarySchema), nextCursor: z.optional(z.string()) }));

export const InboxQuery = lazy(() => z.strictObject({
  /** mine: held by me; department: my department's open queue; servicePoint: my point's. */
  view: z._default(z.enum(['mine', 'department', 'servicePoint']), 'mine'),
  limit: LimitSchema,
  cursor: z.optional(CursorSchema),
}));

export const InboxEntrySchema = lazy(() => z.object({
  kind: z.enum(['case', 'subTask']),
  caseId: IdSchema,
  caseNumber: z.string(),
  itemName: z.string(),
  state: CaseState.schema,
  /** For sub-tasks: the sub-task itself. */
  subTask: z.optional(SubTaskSchema),
  applicantName: z.string(),
  holderAgentId: z.optional(IdSchema),
  /** The date the entry is sorted by: the due date, or the entrustment date while unaccepted. */
  queueDate: DateSchema,
  deadline: z.optional(DeadlineSchema),
}));
export const InboxResponse = lazy(() => z.object({ entries: z.array(InboxEntrySchema), nextCursor: z.optional(z.string()) }));

export const RevealIdNumberResponse = lazy(() => z.object({ idNumber: z.string() }));

/** The access log of a case: staff reads of its personal data (the bureau reads it). */
export const AccessLogQuery = lazy(() => z.strictObject({ limit: LimitSchema }));
export const AccessLogResponse = lazy(() => z.object({
  entries: z.array(
    z.object({
      at: DateTimeSchema,
      kind: z.enum(['viewCase', 'downloadMaterial']),
      detail: z.optional(z.string()),
      actor: ActorSchema,
    }),
  ),
}));
