// The policy's vocabulary as closed sets, with the Chinese label each one shows to users.
import * as z from 'zod/mini';
import { lazy } from './lazy';
import { LEVEL_LABELS, RATING_LEVEL_LABELS, SCOPE_LABELS } from './vocabularyLabels';

/** Builds a zod enum and its Chinese labels from one table, so a value and its label never drift. */
export function vocabulary<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  // The enum is built on first use (lazy.ts): most functions never parse most vocabularies.
  return { schema: lazy(() => z.enum(values)), values, labels };
}

/** 事项范围: the four fields the policy names. */
export const Scope = vocabulary(SCOPE_LABELS);
export type Scope = z.infer<typeof Scope.schema>;

/** 服务类型: what the agent does for the applicant. */
export const ServiceKind = vocabulary({
  consult: '咨询',
  guide: '指导',
  coordinate: '协调',
  handleOnBehalf: '代办',
  assist: '帮办',
});
export type ServiceKind = z.infer<typeof ServiceKind.schema>;

/** 服务方式: the four service modes of the policy. */
export const ServiceMode = vocabulary({
  appointment: '预约服务',
  extendedHours: '延时服务',
  onSite: '上门服务',
  online: '网上服务',
});
export type ServiceMode = z.infer<typeof ServiceMode.schema>;

/** 受理渠道: every channel that can create an entrustment, recorded on the case. */
export const Channel = vocabulary({
  miniProgram: '微信小程序',
  webPortal: '政务服务网',
  mengsubanApp: '蒙速办APP',
  hotline12345: '12345热线',
  serviceHotline: '政务服务热线',
  window: '窗口',
});
export type Channel = z.infer<typeof Channel.schema>;

/** 层级: the three levels of the network, extended to industrial parks. */
export const Level = vocabulary(LEVEL_LABELS);
export type Level = z.infer<typeof Level.schema>;

/** 角色 */
export const Role = vocabulary({
  resident: '群众/企业',
  agent: '代办帮办员',
  bureau: '政务服务局',
});
export type Role = z.infer<typeof Role.schema>;

/** 好差评: the five rating levels, best first. */
export const RatingLevel = vocabulary(RATING_LEVEL_LABELS);
export type RatingLevel = z.infer<typeof RatingLevel.schema>;

/** A bad rating (不满意 / 非常不满意) opens a rectification (整改). */
export const isBadRating = (level: RatingLevel): boolean =>
  level === 'dissatisfied' || level === 'veryDissatisfied';

/**
 * What went wrong, as a resident giving a bad rating names it (差评问题类型), so the department
 * knows what to rectify and the bureau what to call back about. After the bad-rating content of
 * GB/T 39734-2020 Annex A and the 好差评 indicators of 国办发〔2019〕51号 (docs/decisions.md §44).
 */
export const RatingProblem = vocabulary({
  serviceAttitude: '服务态度',
  efficiency: '办事效率',
  process: '办事流程',
  policyExplanation: '政策解读',
  platform: '平台操作',
  other: '其他',
});
export type RatingProblem = z.infer<typeof RatingProblem.schema>;

/** The fewest characters a bad rating's comment (and a 不予办理 reason) must have to be actionable. */
export const MIN_REASON_CHARS = 5;
/** Length in characters as a person counts them (a Chinese character is one). */
export const charCount = (text: string | undefined): number => Array.from((text ?? '').trim()).length;

/** 部门类别 */
export const DepartmentKind = vocabulary({
  bureau: '政务服务局',
  department: '审批部门',
  parkCommittee: '园区管委会',
});
export type DepartmentKind = z.infer<typeof DepartmentKind.schema>;
