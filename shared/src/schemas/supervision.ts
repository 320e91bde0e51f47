// Supervision (督查考评) and the public scorecard: the figures the bureau scores departments and
// agents by, and what the public sees. The contract between the API and the bureau's dashboard.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { RatingLevel, RatingProblem } from '../vocabulary';
import { DateSchema, DateTimeSchema, IdSchema, requiredText } from './common';

/** How many cases got each rating level. Every level is present (0 when none). */
export const RatingDistributionSchema = lazy(() => z.record(RatingLevel.schema, z.int().check(z.minimum(0))));
export type RatingDistribution = z.infer<typeof RatingDistributionSchema>;

/**
 * The figures of one unit (a department or an agent) over a period. A case counts in the period it
 * was entrusted in. `onTime` and `lateDone` split the cases with a result; `overdueOpen` are still
 * open past their due date; `averageWorkingDays` runs from acceptance to result (null: none done).
 */
export const SupervisionFiguresSchema = lazy(() => z.object({
  received: z.int().check(z.minimum(0)),
  accepted: z.int().check(z.minimum(0)),
  done: z.int().check(z.minimum(0)),
  onTime: z.int().check(z.minimum(0)),
  lateDone: z.int().check(z.minimum(0)),
  open: z.int().check(z.minimum(0)),
  overdueOpen: z.int().check(z.minimum(0)),
  /** onTime / done, 0..1; null when nothing is done yet. */
  onTimeRate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  averageWorkingDays: z.nullable(z.number().check(z.minimum(0))),
  ratings: RatingDistributionSchema,
  badRatings: z.int().check(z.minimum(0)),
  rectifications: z.object({
    open: z.int().check(z.minimum(0)),
    /** Open and past their rectification due date. */
    overdue: z.int().check(z.minimum(0)),
    done: z.int().check(z.minimum(0)),
  }),
}));
export type SupervisionFigures = z.infer<typeof SupervisionFiguresSchema>;

/** A period: from and to are China dates, both inclusive; at most 366 days. */
export const PeriodQuery = lazy(() => z.strictObject({ from: z.optional(DateSchema), to: z.optional(DateSchema) }));

export const DepartmentFiguresSchema = lazy(() => z.object({
  departmentId: IdSchema,
  departmentName: z.string(),
  figures: SupervisionFiguresSchema,
}));
export const SupervisionDepartmentsResponse = lazy(() => z.object({
  from: DateSchema,
  to: DateSchema,
  /** The whole district over the period. */
  total: SupervisionFiguresSchema,
  departments: z.array(DepartmentFiguresSchema),
  computedAt: DateTimeSchema,
}));
export type SupervisionDepartments = z.infer<typeof SupervisionDepartmentsResponse>;

export const SupervisionAgentsQuery = lazy(() => z.strictObject({
  departmentId: IdSchema,
  from: z.optional(DateSchema),
  to: z.optional(DateSchema),
}));
export const AgentFiguresSchema = lazy(() => z.object({
  agentId: IdSchema,
  agentName: z.string(),
  figures: SupervisionFiguresSchema,
}));
export const SupervisionAgentsResponse = lazy(() => z.object({
  departmentId: IdSchema,
  departmentName: z.string(),
  from: DateSchema,
  to: DateSchema,
  agents: z.array(AgentFiguresSchema),
  /** Cases of the period not yet accepted by anyone. */
  unaccepted: z.int().check(z.minimum(0)),
  computedAt: DateTimeSchema,
}));
export type SupervisionAgents = z.infer<typeof SupervisionAgentsResponse>;

/** The CSV export: one row per department and per agent; UTF-8 with a BOM so Excel reads Chinese. */
/** Bookings at one service point over a period (a booking counts on its booked date). */
export const PointBookingFiguresSchema = lazy(() => z.object({
  pointId: IdSchema,
  pointName: z.string(),
  booked: z.int().check(z.minimum(0)),
  checkedIn: z.int().check(z.minimum(0)),
  /** 未到: the slot passed and the point's agent marked nobody came. */
  noShow: z.int().check(z.minimum(0)),
  cancelled: z.int().check(z.minimum(0)),
  /** noShow / (checkedIn + noShow), 0..1; null when none of its bookings has come round yet. */
  noShowRate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
}));
export const PointBookingFiguresResponse = lazy(() => z.object({
  from: DateSchema,
  to: DateSchema,
  points: z.array(PointBookingFiguresSchema),
}));

export const SupervisionExportQuery = lazy(() => z.strictObject({ from: z.optional(DateSchema), to: z.optional(DateSchema) }));
export const SupervisionExportResponse = lazy(() => z.object({ filename: z.string(), csv: z.string() }));

/** The public scorecard (接受社会监督): no login; the last 30 and 365 days. */
export const ScorecardWindowSchema = lazy(() => z.object({
  days: z.union([z.literal(30), z.literal(365)]),
  from: DateSchema,
  to: DateSchema,
  departments: z.array(
    z.object({
      departmentId: IdSchema,
      departmentName: z.string(),
      received: z.int().check(z.minimum(0)),
      done: z.int().check(z.minimum(0)),
      onTimeRate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
      ratings: RatingDistributionSchema,
      /** 满意率: share of rated cases rated 非常满意, 满意 or 基本满意; null when none rated (docs/decisions.md §45). */
      satisfactionRate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
      /** 差评率: share of rated cases rated 不满意 or 非常不满意; null when none rated. */
      badRatingRate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
    }),
  ),
}));
export const ScorecardResponse = lazy(() => z.object({
  windows: z.array(ScorecardWindowSchema).check(z.length(2)),
  /** 取号叫号: each service point's average wait (taking a number to being called) over the last 30 days. */
  pointWaits: z.object({
    from: DateSchema,
    to: DateSchema,
    points: z.array(z.object({ pointId: IdSchema, pointName: z.string(), called: z.int().check(z.minimum(0)), averageWaitMinutes: z.nullable(z.number().check(z.minimum(0))) })),
  }),
  computedAt: DateTimeSchema,
}));
export type Scorecard = z.infer<typeof ScorecardResponse>;

/** Rectifications of bad ratings (差评整改). */
export const RECTIFICATION_STATES = ['open', 'done'] as const;
export const RectificationsQuery = lazy(() => z.strictObject({
  state: z._default(z.enum(RECTIFICATION_STATES), 'open'),
  departmentId: z.optional(IdSchema),
}));
export const RectificationSchema = lazy(() => z.object({
  caseId: IdSchema,
  caseNumber: z.string(),
  itemName: z.string(),
  departmentId: IdSchema,
  departmentName: z.string(),
  ownerAgentId: z.optional(IdSchema),
  ownerAgentName: z.optional(z.string()),
  rating: z.object({ level: RatingLevel.schema, categories: z.optional(z.array(RatingProblem.schema)), comment: z.optional(z.string()), at: DateTimeSchema }),
  dueDate: DateSchema,
  state: z.enum(RECTIFICATION_STATES),
  overdue: z.boolean(),
  /** What the department did about it, written when it reports the rectification done. */
  report: z.optional(z.object({ measures: z.string(), byName: z.string(), at: DateTimeSchema })),
}));
export type Rectification = z.infer<typeof RectificationSchema>;
export const ListRectificationsResponse = lazy(() => z.object({ rectifications: z.array(RectificationSchema) }));

/** An agent of the case's department reports what was done about a bad rating. */
export const ReportRectificationRequest = lazy(() => z.strictObject({ measures: requiredText(500, 'paragraphs') }));
export { RectificationRefusal } from '../refusalVocabularies/rectification';
