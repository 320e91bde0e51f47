// Pure wording and mapping for the case pages (no Taro): rating stars, timeline sentences, material states.
import {
  CaseAction,
  ERROR_MESSAGES,
  MaterialRefusal,
  RatingLevel,
  RatingProblem,
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
  type Material,
} from '@app/shared';

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
const ROLE_LABELS: Record<Role, string> = {
  resident: '申请人',
  agent: '代办帮办员',
  bureau: '政务服务局',
  system: '系统',
};
export const actorRoleLabel = (role: Role): string => ROLE_LABELS[role];

/** "王强（申请人）"; the system speaks as itself. */
export function actorText(actor: CaseEvent['actor']): string {
  if (actor.role === 'system') return actor.name || '系统';
  return `${actor.name}（${actorRoleLabel(actor.role)}）`;
}

export const OUTCOME_LABELS: Record<NonNullable<CaseDetail['result']>['outcome'], string> = {
  approved: '已办结（准予办理）',
  notApproved: '不予办理',
  informed: '已告知',
};

export const SUBTASK_STATE_LABELS: Record<CaseDetail['subTasks'][number]['state'], string> = {
  open: '办理中',
  done: '已办结',
  cancelled: '已取消',
};

const VISIT_LABELS: Record<string, string> = { phone: '电话回访', inPerson: '上门回访', online: '网上回访' };

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

function listOf(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => (entry && typeof entry === 'object' ? str((entry as Record<string, unknown>)[field]) : undefined)).filter((s): s is string => Boolean(s));
}

/** What happened, in the resident's words: a lifecycle label, or a phrase for the other events. */
export function eventTitle(event: CaseEvent): string {
  const data = event.data ?? {};
  switch (event.action) {
    case 'route':
      return '分派经办人';
    case 'uploadMaterial':
      return '上传材料';
    case 'commitMaterial':
      return '告知承诺';
    case 'reviewMaterial':
      return data.decision === 'rejected' ? '材料退回' : '材料审核通过';
    case 'book':
      return '预约办理';
    case 'noShow':
      return '预约未到';
    case 'adjustDeadline':
      return '办结时限调整';
    case 'cancelBooking':
      return '取消预约';
    case 'checkIn':
      return '到点签到';
    case 'reportRectification':
      return '差评整改';
    case 'reassign':
      return '更换经办人';
    case 'revealIdNumber':
      return '查看身份证号';
    case 'queueTicket':
      return '窗口取号办理';
    default:
      return CaseAction.labels[event.action];
  }
}

/** The facts worth a line under the title, taken from the event's data; the free-text note follows. */
export function eventDetails(event: CaseEvent): string[] {
  const data = event.data ?? {};
  const lines: string[] = [];
  switch (event.action) {
    case 'transfer':
      if (str(data.toDepartment)) lines.push(`转至${str(data.toDepartment)}`);
      break;
    case 'escalate':
      if (str(data.authority)) lines.push(`上报至${str(data.authority)}${data.authorityKind === 'otherRegion' ? '（异地部门）' : '（上级部门）'}`);
      break;
    case 'requestSupplement': {
      const names = listOf(data.items, 'name');
      if (names.length) lines.push(`需补正：${names.join('、')}`);
      break;
    }
    case 'splitSubTasks': {
      const tasks = Array.isArray(data.tasks) ? (data.tasks as Record<string, unknown>[]) : [];
      const parts = tasks.map((t) => [str(t.departmentName), str(t.title)].filter(Boolean).join(' · ')).filter(Boolean);
      if (parts.length) lines.push(`并联部门：${parts.join('；')}`);
      break;
    }
    case 'completeSubTask':
      if (str(data.departmentName)) lines.push(`${str(data.departmentName)}已办结${str(data.result) ? `：${str(data.result)}` : ''}`);
      break;
    case 'feedBackResult': {
      if (typeof data.outcome === 'string' && Object.prototype.hasOwnProperty.call(OUTCOME_LABELS, data.outcome)) lines.push(OUTCOME_LABELS[data.outcome as keyof typeof OUTCOME_LABELS]);
      if (str(data.reason)) lines.push(`不予办理理由：${str(data.reason)}`);
      const waivers = Array.isArray(data.waivers) ? (data.waivers as Record<string, unknown>[]) : [];
      for (const w of waivers) if (str(w?.name) && str(w?.reason)) lines.push(`免交${str(w.name)}：${str(w.reason)}`);
      break;
    }
    case 'recordFollowUpVisit':
      if (str(data.method) && VISIT_LABELS[data.method as string]) lines.push(VISIT_LABELS[data.method as string]);
      break;
    case 'rate': {
      if (str(data.level) && (RatingLevel.values as string[]).includes(data.level as string)) lines.push(RatingLevel.labels[data.level as RatingLevel]);
      const problems = problemsText(data.categories);
      if (problems) lines.push(`问题类型：${problems}`);
      break;
    }
    case 'reviewMaterial':
      if (str(data.reason)) lines.push(`原因：${str(data.reason)}`);
      break;
    case 'reportRectification':
      if (str(data.measures)) lines.push(`整改措施：${str(data.measures)}`);
      break;
    case 'reassign':
      if (str(data.toAgentName)) lines.push(`改由${str(data.toAgentName)}办理`);
      break;
    case 'queueTicket': {
      const parts = [str(data.pointName), str(data.number) && `${str(data.number)} 号`, typeof data.window === 'number' ? `${data.window} 号窗口` : undefined];
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
  return categories.filter((c): c is RatingProblem => (RatingProblem.values as unknown[]).includes(c)).map((c) => RatingProblem.labels[c]).join('、');
}

const REFUSAL_LABELS: Record<string, string> = { ...Refusal.labels, ...MaterialRefusal.labels, ...RectificationRefusal.labels };

/** The Chinese sentence of a named refusal (409 reason) of the lifecycle or the materials; undefined when unknown. */
export const refusalText = (reason: string | undefined): string | undefined => (reason ? REFUSAL_LABELS[reason] : undefined);

/**
 * Why a step is held back, for the disabled button: the refusal's sentence, and for the material
 * preconditions which materials it is about.
 */
export function blockedText(detail: Pick<CaseDetail, 'materialSpecs' | 'materials' | 'supplement'>, reason: Refusal): string {
  if (reason === 'requiredMaterialsMissing') {
    return `还有必交材料未上传：${namesOf(requiredMissing(detail.materialSpecs, detail.materials))}。请上传或签署告知承诺后再提交。`;
  }
  if (reason === 'supplementNotHandedIn' && detail.supplement) {
    return `请先重新上传或签署告知承诺：${namesOf(supplementOutstanding(detail.supplement, detail.materials))}，再点补正完成。`;
  }
  return Refusal.labels[reason];
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
  const kind = escalation.authorityKind === 'otherRegion' ? '异地' : '上级';
  return `您的办件已上报${escalation.authority}（${kind}部门），目前由该部门办理，办理进度以其为准；期间承诺时限暂停计时，代办帮办员会继续跟进并告知您结果。`;
}

/** Why the deadline clock stands still, when it does. */
export function pauseReason(state: CaseState): string | undefined {
  if (state === 'supplementRequested') return '补正材料期间不计入承诺时限';
  if (state === 'escalated') return '上级部门办理期间不计入承诺时限';
  return undefined;
}

/** After a stale write the page has already reloaded the case, so the API's sentence gets that news. */
export const STALE_MESSAGE = `${ERROR_MESSAGES.stale_version.split('，')[0]}，已为您刷新，请确认后再操作`;
