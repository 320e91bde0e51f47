// The refusals of the case state machine: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { MIN_REASON_CHARS, vocabulary } from '../vocabulary';

export const Refusal = vocabulary({
  roleNotPermitted: '您的角色不能进行此操作',
  caseClosed: '办件已结束',
  notAllowedInState: '当前状态下不能进行此操作',
  subTasksOpen: '还有并联子任务未办结',
  noOpenSubTasks: '没有未办结的并联子任务',
  alreadyRated: '该办件已评价',
  caseExists: '办件已存在',
  requiredMaterialsMissing: '还有必交材料未上传，请上传或签署告知承诺后再提交',
  supplementNotHandedIn: '要求补正的材料还未重新上传或签署告知承诺',
  requiredMaterialsNotAccepted: '还有必交材料未审核通过，请先审核，或逐项说明免交理由',
  refusalReasonMissing: `不予办理须写明理由（至少 ${MIN_REASON_CHARS} 个字）`,
  badRatingNeedsCategory: '不满意的评价请至少选择一项问题类型',
  badRatingNeedsComment: `不满意的评价请写明具体问题（至少 ${MIN_REASON_CHARS} 个字）`,
  materialsAwaitingReview: '还有待审核的材料，请审核后再归档',
});
export type Refusal = z.infer<typeof Refusal.schema>;
