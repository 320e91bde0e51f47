// What the end of a case records: the result fed back (with the reason of a 不予办理 and the
// materials waived for a 办结) and the applicant's rating, whose bad ones open a rectification
// carrying what went wrong. The state machine has checked the preconditions before these run.
import {
  addWorkingDays,
  isBadRating,
  requiredNotAccepted,
  RatingProblem,
  type CaseActionRequest,
  type MaterialSpec,
  type Material,
  type WorkCalendar,
} from '@app/shared';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import type { Notice } from '../notices/outbox';
import { resumeCommitment } from './commitment';
import type { CaseRecord } from './record';

/** Working days a department has to rectify a bad rating. */
export const RECTIFICATION_DAYS = 5;

type ResultRequest = Extract<CaseActionRequest, { action: 'feedBackResult' }>;
type RateRequest = Extract<CaseActionRequest, { action: 'rate' }>;

interface OutcomeContext {
  record: CaseRecord;
  after: CaseRecord;
  at: string;
  today: string;
  /** The official calendar the commitment clock and the rectification deadline count on. */
  calendar: WorkCalendar;
  materialSpecs: readonly MaterialSpec[];
  materials: readonly Material[];
}

/**
 * The waivers that matter: one per required material not accepted, each naming a material of the
 * case's list (an unknown one is a 400). Waivers of accepted or optional materials are dropped.
 */
function waiversOf(request: ResultRequest, ctx: OutcomeContext): NonNullable<CaseRecord['result']>['waivers'] {
  const waivers = request.waivers ?? [];
  for (const [i, w] of waivers.entries()) {
    if (!ctx.materialSpecs.some((s) => s.id === w.materialSpecId)) {
      throw new AppError('validation_failed', 'waiver of an unknown material', {
        issues: [{ path: ['body', 'waivers', i, 'materialSpecId'], code: 'custom', message: '该办件没有这项材料' }],
      });
    }
  }
  if (request.outcome !== 'approved') return undefined;
  const owed = requiredNotAccepted(ctx.materialSpecs, ctx.materials);
  const kept = owed.flatMap((spec) => {
    const waiver = waivers.find((w) => w.materialSpecId === spec.id);
    return waiver ? [{ materialSpecId: spec.id, name: spec.name, reason: waiver.reason }] : [];
  });
  return kept.length > 0 ? kept : undefined;
}

export function resultEffect(request: ResultRequest, ctx: OutcomeContext) {
  const { record, after, at, today, calendar } = ctx;
  Object.assign(after, resumeCommitment(calendar, record, today));
  const waivers = waiversOf(request, ctx);
  const reason = request.outcome === 'notApproved' ? request.reason : undefined;
  after.result = { outcome: request.outcome, summary: request.summary, reason, waivers, at };
  return {
    // The waivers and their reasons go on the timeline with the result.
    data: { outcome: request.outcome, ...(reason ? { reason } : {}), ...(waivers ? { waivers } : {}) },
    note: request.summary,
  };
}

export function ratingEffect(request: RateRequest, ctx: OutcomeContext, notice: (recipient: Notice['recipient'], summary: string) => Notice) {
  const { record, after, at, today, calendar } = ctx;
  // In the vocabulary's order, once each.
  const categories = RatingProblem.values.filter((c) => request.categories?.includes(c));
  after.rated = true;
  after.rating = { level: request.level, categories: categories.length > 0 ? categories : undefined, comment: request.comment, at };
  const puts: { item: Record<string, unknown>; condition?: string }[] = [
    { item: { ...keys.rating(record.id), entity: 'rating', ...after.rating, departmentId: record.departmentId, ownerAgentId: record.ownerAgentId }, condition: 'attribute_not_exists(pk)' },
  ];
  const notices: Notice[] = [];
  if (isBadRating(request.level)) {
    const dueDate = addWorkingDays(calendar, today, RECTIFICATION_DAYS);
    after.rectification = { dueDate, state: 'open' };
    puts.push({
      item: {
        ...keys.rectification(record.id),
        entity: 'rectification',
        gsi3pk: keys.departmentRectifications(record.departmentId),
        gsi3sk: `${dueDate}#${record.id}`,
        caseId: record.id,
        caseNumber: record.number,
        itemName: record.itemName,
        departmentId: record.departmentId,
        departmentName: record.departmentName,
        ownerAgentId: record.ownerAgentId,
        level: request.level,
        // What went wrong, so the department knows what to rectify and the bureau what to call back about.
        categories,
        comment: request.comment,
        dueDate,
        state: 'open',
        openedAt: at,
      },
      condition: 'attribute_not_exists(pk)',
    });
    const problems = categories.map((c) => RatingProblem.labels[c]).join('、');
    notices.push(notice(record.ownerAgentId ? { agentId: record.ownerAgentId } : { departmentId: record.departmentId }, `差评待整改（${problems}）：${record.itemName}`.slice(0, 60)));
    notices.push(notice({ departmentId: record.departmentId }, `差评待整改（${problems}），${dueDate}前完成`.slice(0, 60)));
  }
  return { puts, notices, data: { level: request.level, ...(categories.length > 0 ? { categories } : {}) }, note: request.comment };
}
