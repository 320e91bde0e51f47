// Pure wording and checks for the agent workbench (no Taro): which actions agents take, their labels and choices.
import type { CaseAction, CaseDetail } from '@app/shared';
import { actionLabel } from '../../lib/format';

/** The actions an agent may be offered, in the order the buttons appear; residents' actions never show here. */
export const AGENT_ACTIONS = [
  // A case keyed in at a window or by phone: the applicant signed on paper, the agent records it.
  'signAgreement',
  'accept',
  'recordConsultation',
  'concludeConsultation',
  'requestSupplement',
  'submitMaterials',
  'answerSupplement',
  'recordProgress',
  'startCoordination',
  'splitSubTasks',
  'completeSubTask',
  'transfer',
  'escalate',
  'feedBackResult',
  'archive',
  'recordFollowUpVisit',
] as const satisfies readonly CaseAction[];
export type AgentAction = (typeof AGENT_ACTIONS)[number];

/** The buttons to show: what the API says this agent may do now, and nothing else. */
export function offeredActions(available: readonly CaseAction[]): AgentAction[] {
  return AGENT_ACTIONS.filter((action) => available.includes(action));
}

/** Button wording: submitMaterials and answerSupplement are done on the applicant's behalf (代办); the agreement is the paper one. */
const BUTTON_LABELS: Partial<Record<AgentAction, string>> = {
  signAgreement: '录入纸质协议',
  submitMaterials: '代为报送材料',
  answerSupplement: '代为补正材料',
  completeSubTask: '子任务办结',
};
export const actionButtonLabel = (action: AgentAction): string => BUTTON_LABELS[action] ?? actionLabel(action);

export const ACTION_DONE: Record<AgentAction, string> = {
  signAgreement: '已录入协议',
  accept: '已受理',
  recordConsultation: '已记录咨询',
  concludeConsultation: '咨询已办结',
  requestSupplement: '已通知补正',
  submitMaterials: '已报送材料',
  answerSupplement: '已代为补正',
  recordProgress: '已记录进展',
  startCoordination: '已开始协调',
  splitSubTasks: '已发起并联办理',
  completeSubTask: '子任务已办结',
  transfer: '已转办',
  escalate: '已上报',
  feedBackResult: '已反馈结果',
  archive: '已归档',
  recordFollowUpVisit: '已记录回访',
};

export const OUTCOME_CHOICES = [
  { value: 'approved', label: '办结' },
  { value: 'notApproved', label: '不予办理' },
  { value: 'informed', label: '告知' },
] as const;

export const VISIT_CHOICES = [
  { value: 'phone', label: '电话' },
  { value: 'inPerson', label: '上门' },
  { value: 'online', label: '线上' },
] as const;

export const AUTHORITY_CHOICES = [
  { value: 'upperLevel', label: '上级部门' },
  { value: 'otherRegion', label: '外地部门' },
] as const;

/** The open sub-tasks this agent's department holds (what completeSubTask can close). */
export function openTasksOf(detail: Pick<CaseDetail, 'subTasks'>, departmentId: string | undefined): CaseDetail['subTasks'] {
  return detail.subTasks.filter((t) => t.state === 'open' && (!departmentId || t.departmentId === departmentId));
}
