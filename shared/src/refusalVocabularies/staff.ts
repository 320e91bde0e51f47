// The refusals of staff: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** Why a staff-account change is refused (409, or 404 for a code that does not exist), as the app says it. */
export const StaffRefusal = vocabulary({
  invitationUnknown: '邀请码无效或已过期，请联系区政务服务局重新生成',
  invitationUsed: '该邀请码已被使用，请联系区政务服务局重新生成',
  agentBoundElsewhere: '该代办帮办人员已绑定其他微信账号',
  alreadyStaff: '当前微信账号已是工作人员账号',
  agentAlreadyBound: '该代办帮办人员已绑定微信账号，如需更换请先解绑',
  agentLeft: '该代办帮办人员已离岗，不能进行此操作',
  agentChanged: '该代办帮办人员的状态刚刚发生变化，请刷新后重试',
  headCannotMove: '部门负责人不能直接调岗，请先由其他人员接任负责人',
});
export type StaffRefusal = z.infer<typeof StaffRefusal.schema>;
