// Wording and mapping for the case pages: rating stars, timeline sentences, material states, in the
// app's language (i18n/case.*; the agent's pages read them in Chinese unless the device chose Mongolian).
import {
  RatingLevel,
  RatingProblem,
  MaterialRefusal,
  Refusal,
  RectificationRefusal,
  namesOf,
  requiredMissing,
  stateFamily,
  supplementOutstanding,
  type CaseDetail,
  type CaseEvent,
  type CaseFacts,
  type CaseState,
  type CaseSummary,
  type Material,
} from '@app/shared';
import { currentLanguage, t } from '../../lib/i18n';

/** A list's separator: 、 in Chinese, a comma in Mongolian (punctuation, not words: no key of its own). */
const listJoin = (parts: string[]) => parts.join(currentLanguage() === 'mn' ? '\u1802 ' : '\u3001');

/** 好差评 as five stars: 5 → 非常满意 … 1 → 非常不满意 (RatingLevel lists the best first). */
export function levelForStars(stars: number): RatingLevel | undefined {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) return undefined;
  return RatingLevel.values[5 - stars];
}

export function starsForLevel(level: RatingLevel): number {
  return 5 - RatingLevel.values.indexOf(level);
}

export const MAX_RATING_COMMENT = 500;

type Role = CaseEvent['actor']['role'];
export const actorRoleLabel = (role: Role): string => t(`case.role.${role}`);

/** "王强（申请人）"; the system speaks as itself. */
export function actorText(actor: CaseEvent['actor']): string {
  if (actor.role === 'system') return actor.name || actorRoleLabel('system');
  return t(`case.actorAs.${actor.role}`, { name: actor.name });
}

type Outcome = NonNullable<CaseDetail['result']>['outcome'];
const OUTCOMES: readonly Outcome[] = ['approved', 'notApproved', 'informed'];
export const outcomeLabel = (outcome: Outcome): string => t(`case.outcome.${outcome}`);

export const subTaskStateLabel = (state: CaseDetail['subTasks'][number]['state']): string => t(`case.subTasks.state.${state}`);

const VISITS = ['phone', 'inPerson', 'online'] as const;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

function listOf(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => (entry && typeof entry === 'object' ? str((entry as Record<string, unknown>)[field]) : undefined)).filter((s): s is string => Boolean(s));
}

/** What happened, in the resident's words: a lifecycle label, or a phrase for the other events. */
export function eventTitle(event: CaseEvent): string {
  const data = event.data ?? {};
  switch (event.action) {
    case 'reviewMaterial':
      return t(data.decision === 'rejected' ? 'case.event.materialRejected' : 'case.event.materialAccepted');
    case 'route':
    case 'uploadMaterial':
    case 'commitMaterial':
    case 'book':
    case 'noShow':
    case 'adjustDeadline':
    case 'cancelBooking':
    case 'checkIn':
    case 'reportRectification':
    case 'reassign':
    case 'revealIdNumber':
    case 'queueTicket':
      return t(`case.event.${event.action}`);
    default:
      return t(`case.action.${event.action}`);
  }
}

/** The facts worth a line under the title, taken from the event's data; the free-text note follows. */
export function eventDetails(event: CaseEvent): string[] {
  const data = event.data ?? {};
  const lines: string[] = [];
  switch (event.action) {
    case 'transfer':
      if (str(data.toDepartment)) lines.push(t('case.detail.transferTo', { department: str(data.toDepartment)! }));
      break;
    case 'escalate':
      if (str(data.authority)) lines.push(t('case.detail.escalatedTo', { authority: str(data.authority)!, kind: t(data.authorityKind === 'otherRegion' ? 'case.detail.otherRegion' : 'case.detail.higher') }));
      break;
    case 'requestSupplement': {
      const names = listOf(data.items, 'name');
      if (names.length) lines.push(t('case.detail.supplement', { names: listJoin(names) }));
      break;
    }
    case 'splitSubTasks': {
      const tasks = Array.isArray(data.tasks) ? (data.tasks as Record<string, unknown>[]) : [];
      const parts = tasks.map((t) => [str(t.departmentName), str(t.title)].filter(Boolean).join(' · ')).filter(Boolean);
      if (parts.length) lines.push(t('case.detail.subTasks', { parts: listJoin(parts) }));
      break;
    }
    case 'completeSubTask':
      if (str(data.departmentName)) {
        const department = str(data.departmentName)!;
        lines.push(str(data.result) ? t('case.detail.subTaskResult', { department, result: str(data.result)! }) : t('case.detail.subTaskDone', { department }));
      }
      break;
    case 'feedBackResult': {
      if ((OUTCOMES as unknown[]).includes(data.outcome)) lines.push(outcomeLabel(data.outcome as Outcome));
      if (str(data.reason)) lines.push(t('case.detail.refusalReason', { reason: str(data.reason)! }));
      const waivers = Array.isArray(data.waivers) ? (data.waivers as Record<string, unknown>[]) : [];
      for (const w of waivers) if (str(w?.name) && str(w?.reason)) lines.push(t('case.detail.waiver', { name: str(w.name)!, reason: str(w.reason)! }));
      break;
    }
    case 'recordFollowUpVisit':
      if ((VISITS as readonly unknown[]).includes(data.method)) lines.push(t(`case.detail.visit.${data.method as (typeof VISITS)[number]}`));
      break;
    case 'rate': {
      if (str(data.level) && (RatingLevel.values as string[]).includes(data.level as string)) lines.push(t(`vocab.rating.${data.level as RatingLevel}`));
      const problems = problemsText(data.categories);
      if (problems) lines.push(t('case.detail.problems', { problems }));
      break;
    }
    case 'reviewMaterial':
      if (str(data.reason)) lines.push(t('case.detail.reason', { reason: str(data.reason)! }));
      break;
    case 'reportRectification':
      if (str(data.measures)) lines.push(t('case.detail.measures', { measures: str(data.measures)! }));
      break;
    case 'reassign':
      if (str(data.toAgentName)) lines.push(t('case.detail.reassigned', { name: str(data.toAgentName)! }));
      break;
    case 'queueTicket': {
      const parts = [
        str(data.pointName),
        str(data.number) && t('case.detail.number', { number: str(data.number)! }),
        typeof data.window === 'number' ? t('common.windowNo', { window: data.window }) : undefined,
      ];
      if (parts.some(Boolean)) lines.push(parts.filter(Boolean).join(' '));
      break;
    }
    case 'book':
    case 'cancelBooking':
    case 'noShow':
    case 'checkIn': {
      const when = [str(data.date), str(data.time)].filter(Boolean).join(' ');
      const where = str(data.pointName);
      if (where || when) lines.push([where, when].filter(Boolean).join(' '));
      break;
    }
    default:
      break;
  }
  if (event.note) lines.push(event.note);
  return lines;
}

/** Still being worked: materials may be uploaded and actions taken. */
export const isCaseOpen = (state: CaseState): boolean => stateFamily(state) === 'open';

/** Has the applicant handed in a supplement item again since the agent asked? (items without a spec: unknown) */
export function supplementHandedIn(
  item: { materialSpecId?: string; name?: string },
  materials: readonly Material[],
  requestedAt: string,
): boolean | undefined {
  if (!item.materialSpecId) return undefined;
  return supplementOutstanding({ items: [{ name: item.name ?? '', ...item }], requestedAt }, materials).length === 0;
}

/** The state machine's facts of a case as its detail carries them (the same preconditions the API applies). */
export function detailFacts(detail: Pick<CaseDetail, 'rating' | 'subTasks' | 'materialSpecs' | 'materials' | 'supplement' | 'state'>): CaseFacts {
  return {
    rated: detail.rating !== undefined,
    openSubTasks: detail.subTasks.filter((t) => t.state === 'open').length,
    materialSpecs: detail.materialSpecs,
    materials: detail.materials,
    supplement: detail.state === 'supplementRequested' ? detail.supplement : undefined,
  };
}

/** Problem categories of a bad rating as a phrase: "办事效率、办事流程". */
export function problemsText(categories: unknown): string {
  if (!Array.isArray(categories)) return '';
  const named = categories.filter((c): c is RatingProblem => (RatingProblem.values as unknown[]).includes(c)).map((c) => t(`case.problem.${c}`));
  return listJoin(named);
}

type CaseRefusal = Refusal | MaterialRefusal;
const REFUSAL_LABELS: Record<string, string> = { ...Refusal.labels, ...MaterialRefusal.labels, ...RectificationRefusal.labels };
const CASE_REFUSALS: readonly string[] = [...Refusal.values, ...MaterialRefusal.values];

/** The sentence of a named refusal (409 reason) of the lifecycle or the materials; undefined when unknown. */
export function refusalText(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  // A page that registered no case words (the agent's and bureau's other pages) says it in Chinese.
  return (CASE_REFUSALS.includes(reason) && t(`case.refusal.${reason as CaseRefusal}`)) || REFUSAL_LABELS[reason];
}

/**
 * Why a step is held back, for the disabled button: the refusal's sentence, and for the material
 * preconditions which materials it is about.
 */
export function blockedText(detail: Pick<CaseDetail, 'materialSpecs' | 'materials' | 'supplement'>, reason: Refusal): string {
  if (reason === 'requiredMaterialsMissing') {
    return t('case.detail.missing', { names: namesOf(requiredMissing(detail.materialSpecs, detail.materials)) });
  }
  if (reason === 'supplementNotHandedIn' && detail.supplement) {
    return t('case.detail.notHandedIn', { names: namesOf(supplementOutstanding(detail.supplement, detail.materials)) });
  }
  return t(`case.refusal.${reason}`);
}

/** 1536 → 1.5 KB; 2.3 MB. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const EXTENSIONS: Record<NonNullable<Material['contentType']>, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'application/pdf': '.pdf' };

/**
 * The file name agents will see: the picked name when the picker knows one, else the material's
 * name; the extension always follows the type actually sent (a PNG re-encoded as JPEG says .jpg).
 */
export function uploadFileName(specName: string, contentType: NonNullable<Material['contentType']>, pickedName?: string): string {
  const picked = pickedName?.trim().split(/[\\/]/).pop() ?? '';
  const stem = (picked.includes('.') ? picked.slice(0, picked.lastIndexOf('.')) : picked) || specName;
  return `${stem.slice(0, 100)}${EXTENSIONS[contentType]}`;
}

/** Honest wording for a case handed to an authority outside the district's own departments. */
export function escalationText(escalation: NonNullable<CaseDetail['escalation']>): string {
  const kind = t(escalation.authorityKind === 'otherRegion' ? 'case.detail.otherRegion' : 'case.detail.higher');
  return t('case.detail.escalation', { authority: escalation.authority, kind });
}

/** Why the deadline clock stands still, when it does. */
export function pauseReason(state: CaseState): string | undefined {
  if (state === 'supplementRequested') return t('case.deadline.pauseSupplement');
  if (state === 'escalated') return t('case.deadline.pauseEscalated');
  return undefined;
}

/** After a stale write the page has already reloaded the case, so the API's sentence gets that news. */
export const staleMessage = (): string => t('case.stale');

/** 限时办结 in the app's language: days left (or overdue) and the due date, or why the clock stands still. */
export function caseDeadlineText(deadline: CaseSummary['deadline']): string {
  if (!deadline) return '';
  if (deadline.paused) return t('case.deadline.paused', { date: deadline.dueDate });
  const n = deadline.workingDaysLeft;
  const left = n > 0 ? t('case.deadline.daysLeft', { n }) : n === 0 ? t('case.deadline.dueToday') : t('case.deadline.overdue', { n: -n });
  return t('case.deadline.due', { left, date: deadline.dueDate }) + (deadline.official ? '' : t('case.deadline.unofficial'));
}
