// The case lifecycle of the policy as data: which role may take which action in which state,
// and where it leads. Pure: the API enforces it, the app uses it to show only possible actions.
import * as z from 'zod/mini';
import { awaitingReview, requiredMissing, requiredNotAccepted, supplementOutstanding, type HandedIn, type SpecLike, type SupplementLike } from './materialChecklist';
import type { CaseActionRequest } from './schemas/cases';
import { MIN_REASON_CHARS, charCount, isBadRating, type Role, vocabulary } from './vocabulary';
import { Refusal } from './refusalVocabularies/case';

/**
 * 提前介入 → 接受委托 → 签订协议 → (受理) → 材料报送 → 协调办理 → 反馈结果 → 归档材料 → 回访评估,
 * with supplement requests, transfer, escalation and withdrawal around it.
 */
export const CaseState = vocabulary({
  earlyIntervention: '提前介入',
  entrusted: '已委托待签协议',
  agreementSigned: '待受理',
  accepted: '已受理',
  materialsSubmitted: '材料已报送',
  supplementRequested: '待补正材料',
  coordinating: '协调办理中',
  transferred: '已转办待接收',
  escalated: '已上报',
  resultFedBack: '已反馈结果',
  archived: '已归档',
  followUpVisited: '已回访',
  rated: '已评价',
  withdrawn: '已撤回',
  consultationConcluded: '咨询已办结',
});
export type CaseState = z.infer<typeof CaseState.schema>;

export const CaseAction = vocabulary({
  openPreConsultation: '提前介入咨询',
  recordConsultation: '记录咨询',
  concludeConsultation: '咨询办结',
  entrust: '提交委托',
  signAgreement: '签订协议',
  accept: '受理',
  recordProgress: '记录进展',
  submitMaterials: '报送材料',
  requestSupplement: '要求补正',
  answerSupplement: '补正材料',
  startCoordination: '协调办理',
  splitSubTasks: '并联办理',
  completeSubTask: '子任务办结',
  transfer: '转办',
  escalate: '上报',
  feedBackResult: '反馈结果',
  archive: '归档',
  recordFollowUpVisit: '回访',
  rate: '评价',
  withdraw: '撤回',
});
export type CaseAction = z.infer<typeof CaseAction.schema>;

/**
 * Facts about the case, beyond its state, that some transitions depend on: what the API loads with
 * the case (its partition) and what the app has in the case detail.
 */
export interface CaseFacts {
  /** The applicant has given a 好差评 rating. */
  rated: boolean;
  /** Parallel sub-tasks not yet done. */
  openSubTasks: number;
  /** The case's list of materials: the item's as entrusted, plus any an agent asked for by name. */
  materialSpecs: readonly SpecLike[];
  /** Every material handed in (uploads and 告知承诺), replaced versions included. */
  materials: readonly HandedIn[];
  /** The supplement request the applicant still owes, if any. */
  supplement?: SupplementLike;
}

type Target = CaseState | 'same' | ((facts: CaseFacts, from: CaseState) => CaseState);
/**
 * A precondition: null when the step may be taken. `input` is the request when it is known; the
 * buttons of the app are decided without it, the request itself with it.
 */
type Guard = (facts: CaseFacts, input?: CaseActionRequest) => Refusal | null;

interface TransitionRule {
  /** States the action may be taken in; `null` means it creates a case. */
  from: readonly (CaseState | null)[];
  by: readonly Role[];
  to: Target;
  guard?: Guard;
}

/** 不予办理 must say why; 办结 needs every required material accepted or waived with a reason. */
function resultGuard(f: CaseFacts, input?: CaseActionRequest): Refusal | null {
  if (f.openSubTasks > 0) return 'subTasksOpen';
  if (input?.action !== 'feedBackResult') return null;
  if (input.outcome === 'approved') {
    const waived = new Set((input.waivers ?? []).filter((w) => charCount(w.reason) > 0).map((w) => w.materialSpecId));
    return requiredNotAccepted(f.materialSpecs, f.materials).some((s) => !waived.has(s.id)) ? 'requiredMaterialsNotAccepted' : null;
  }
  if (input.outcome === 'notApproved' && charCount(input.reason) < MIN_REASON_CHARS) return 'refusalReasonMissing';
  return null;
}

/** GB/T 39734: a bad rating carries what went wrong, so it can be rectified and called back about. */
function ratingGuard(f: CaseFacts, input?: CaseActionRequest): Refusal | null {
  if (f.rated) return 'alreadyRated';
  if (input?.action !== 'rate' || !isBadRating(input.level)) return null;
  if ((input.categories ?? []).length === 0) return 'badRatingNeedsCategory';
  if (charCount(input.comment) < MIN_REASON_CHARS) return 'badRatingNeedsComment';
  return null;
}

const OPEN_HANDLING = ['accepted', 'materialsSubmitted', 'supplementRequested', 'coordinating', 'transferred', 'escalated'] as const;

/** The whole lifecycle in one table. */
export const TRANSITIONS: Readonly<Record<CaseAction, TransitionRule>> = {
  openPreConsultation: { from: [null], by: ['resident', 'agent'], to: 'earlyIntervention' },
  recordConsultation: { from: ['earlyIntervention'], by: ['agent'], to: 'same' },
  concludeConsultation: { from: ['earlyIntervention'], by: ['agent'], to: 'consultationConcluded' },
  // An agent may key in an entrustment taken at a window or on the 12345 hotline.
  entrust: { from: [null, 'earlyIntervention'], by: ['resident', 'agent'], to: 'entrusted' },
  // An agent records the paper agreement signed at a window (the applicant has no account).
  signAgreement: { from: ['entrusted'], by: ['resident', 'agent'], to: 'agreementSigned' },
  accept: { from: ['agreementSigned', 'transferred'], by: ['agent'], to: 'accepted' },
  recordProgress: { from: OPEN_HANDLING, by: ['agent', 'bureau'], to: 'same' },
  // 代办: the agent may submit on the applicant's behalf. Every required material is there first.
  submitMaterials: {
    from: ['accepted'],
    by: ['resident', 'agent'],
    to: 'materialsSubmitted',
    guard: (f) => (requiredMissing(f.materialSpecs, f.materials).length > 0 ? 'requiredMaterialsMissing' : null),
  },
  requestSupplement: { from: ['accepted', 'materialsSubmitted', 'coordinating'], by: ['agent'], to: 'supplementRequested' },
  // Each material the request named is uploaded (or committed) again after it was made.
  answerSupplement: {
    from: ['supplementRequested'],
    by: ['resident', 'agent'],
    to: 'materialsSubmitted',
    guard: (f) => (f.supplement && supplementOutstanding(f.supplement, f.materials).length > 0 ? 'supplementNotHandedIn' : null),
  },
  startCoordination: { from: ['materialsSubmitted'], by: ['agent'], to: 'coordinating' },
  splitSubTasks: { from: ['materialsSubmitted', 'coordinating'], by: ['agent', 'bureau'], to: 'coordinating' },
  // Sub-tasks of the district's own departments go on while an upper-level authority holds the case.
  completeSubTask: {
    from: ['coordinating', 'escalated'],
    by: ['agent'],
    to: 'same',
    guard: (f) => (f.openSubTasks > 0 ? null : 'noOpenSubTasks'),
  },
  transfer: {
    from: ['agreementSigned', 'accepted', 'materialsSubmitted', 'supplementRequested', 'coordinating'],
    by: ['agent', 'bureau'],
    to: 'transferred',
  },
  escalate: { from: ['accepted', 'materialsSubmitted', 'coordinating'], by: ['agent', 'bureau'], to: 'escalated' },
  // 一窗受理: the applicant gets one result, so every parallel sub-task must be done first.
  feedBackResult: {
    from: ['accepted', 'materialsSubmitted', 'coordinating', 'escalated'],
    by: ['agent'],
    to: 'resultFedBack',
    guard: resultGuard,
  },
  // 归档材料: what is archived has been reviewed.
  archive: {
    from: ['resultFedBack'],
    by: ['agent'],
    to: 'archived',
    guard: (f) => (awaitingReview(f.materialSpecs, f.materials).length > 0 ? 'materialsAwaitingReview' : null),
  },
  // 回访评估 ends the case once both the visit and the applicant's rating are in, in either order.
  recordFollowUpVisit: { from: ['archived'], by: ['agent'], to: (f) => (f.rated ? 'rated' : 'followUpVisited') },
  rate: {
    from: ['resultFedBack', 'archived', 'followUpVisited'],
    by: ['resident'],
    to: (_f, from) => (from === 'followUpVisited' ? 'rated' : from),
    guard: ratingGuard,
  },
  withdraw: {
    from: ['earlyIntervention', 'entrusted', 'agreementSigned', ...OPEN_HANDLING],
    by: ['resident'],
    to: 'withdrawn',
  },
};
export { Refusal };

export type Decision = { ok: true; to: CaseState } | { ok: false; refusal: Refusal };

export const TERMINAL_STATES: readonly CaseState[] = ['rated', 'withdrawn', 'consultationConcluded'];

/**
 * Decides an action: `state` is null when the action would create the case.
 * Checks, in order: may this role ever take it; is the case still open; is it allowed now; guards.
 */
export function decide(state: CaseState | null, role: Role, action: CaseAction, facts: CaseFacts, input?: CaseActionRequest): Decision {
  const rule = TRANSITIONS[action];
  if (!rule.by.includes(role)) return { ok: false, refusal: 'roleNotPermitted' };
  if (state !== null && TERMINAL_STATES.includes(state)) return { ok: false, refusal: 'caseClosed' };
  if (!rule.from.includes(state)) {
    const onlyCreates = rule.from.length === 1 && rule.from[0] === null;
    return { ok: false, refusal: state !== null && onlyCreates ? 'caseExists' : 'notAllowedInState' };
  }
  const refusal = rule.guard?.(facts, input) ?? null;
  if (refusal) return { ok: false, refusal };
  const to = rule.to === 'same' ? state : typeof rule.to === 'function' ? rule.to(facts, state as CaseState) : rule.to;
  return { ok: true, to: to as CaseState };
}

/** The actions a role can take on a case right now: what the app offers as buttons. */
export function availableActions(state: CaseState, role: Role, facts: CaseFacts): CaseAction[] {
  return CaseAction.values.filter((action) => decide(state, role, action, facts).ok);
}

/** Refusals of who may act and when; every other refusal is a precondition on the case's facts or the request. */
const RULE_REFUSALS: ReadonlySet<Refusal> = new Set<Refusal>(['roleNotPermitted', 'caseClosed', 'notAllowedInState', 'caseExists']);
export const isPrecondition = (refusal: Refusal): boolean => !RULE_REFUSALS.has(refusal);

/** A step the role may take in this state, held back by a precondition: a disabled button and its reason. */
export interface BlockedAction {
  action: CaseAction;
  reason: Refusal;
}

/** Refusals that are the case's facts, not the role or the state: what a disabled button explains. */
const PRECONDITIONS: ReadonlySet<Refusal> = new Set<Refusal>([
  'requiredMaterialsMissing',
  'supplementNotHandedIn',
  'materialsAwaitingReview',
  'subTasksOpen',
]);

/** The steps this role could take in this state but for the case's facts, with the reason why not yet. */
export function blockedActions(state: CaseState, role: Role, facts: CaseFacts): BlockedAction[] {
  return CaseAction.values.flatMap((action) => {
    const decision = decide(state, role, action, facts);
    return !decision.ok && PRECONDITIONS.has(decision.refusal) ? [{ action, reason: decision.refusal }] : [];
  });
}

/**
 * Whether the agent may still review the materials: in every state before the case is archived
 * (a material left 待审核 when the result went out stays reviewable until then).
 */
export function materialsReviewable(state: CaseState): boolean {
  return stateFamily(state) === 'open' || state === 'resultFedBack';
}

/** Families of states, as a resident reads them: still being worked, done, or closed without a result. */
export type StateFamily = 'open' | 'done' | 'closed';
export function stateFamily(state: CaseState): StateFamily {
  if (state === 'withdrawn' || state === 'consultationConcluded') return 'closed';
  if (state === 'resultFedBack' || state === 'archived' || state === 'followUpVisited' || state === 'rated') return 'done';
  return 'open';
}

/** Whose move it is: drives the "needs me" badges and the department queues. */
export type Awaiting = 'applicant' | 'agent' | 'department' | 'authority' | 'nobody';
export function awaiting(state: CaseState): Awaiting {
  switch (state) {
    case 'entrusted':
    case 'supplementRequested':
    case 'followUpVisited': // only the applicant's rating is missing
      return 'applicant';
    case 'agreementSigned':
    case 'transferred':
      return 'department';
    case 'escalated':
      return 'authority';
    case 'rated':
    case 'withdrawn':
    case 'consultationConcluded':
      return 'nobody';
    default:
      return 'agent';
  }
}

/**
 * Whether the commitment-deadline clock runs in a state, once the case has a due date (set at its
 * first acceptance): paused while the applicant owes a supplement (补正期间不计入承诺时限) and
 * while an upper-level authority holds it.
 */
export function deadlineRunning(state: CaseState): boolean {
  return state === 'accepted' || state === 'materialsSubmitted' || state === 'coordinating' || state === 'transferred';
}
