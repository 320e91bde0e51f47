// Staff accounts: one-time invitation codes the bureau issues, binding a WeChat user to an agent
// record with one, and unbinding an agent who leaves (their open cases are reassigned).
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { AgentSchema } from './network';
import { DateTimeSchema, IdSchema } from './common';

/** No 0/O, 1/I/L or U: a code read aloud or copied from a chat is typed right the first time. */
export const INVITATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INVITATION_CODE_LENGTH = 8;
/** An unused code expires after three days. */
export const INVITATION_TTL_HOURS = 72;

/** Spaces and lower case are forgiven; anything outside the alphabet is a 400. */
export const InvitationCodeSchema = lazy(() => z.string().check(z.trim(), z.toUpperCase(), z.regex(new RegExp(`^[${INVITATION_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`), '邀请码为8位字母或数字，请核对后重新输入')));

export const InvitationResponse = lazy(() => z.object({
  agentId: IdSchema,
  code: InvitationCodeSchema,
  expiresAt: DateTimeSchema,
}));
export type InvitationResponse = z.infer<typeof InvitationResponse>;
export { StaffRefusal } from '../refusalVocabularies/staff';

export const BindStaffRequest = lazy(() => z.strictObject({ code: InvitationCodeSchema }));

/** Issuing a code and unbinding take nothing but the agent in the path (an empty body, or none). */
export const StaffActionRequest = lazy(() => z.strictObject({}));

/** One case (or parallel sub-task) an unbinding moved: to another agent, or back to the queue. */
export const ReassignedCaseSchema = lazy(() => z.object({
  caseId: IdSchema,
  caseNumber: z.string(),
  itemName: z.string(),
  subTaskId: z.optional(IdSchema),
  /** Absent when no other active agent was left: the case went back to the department queue. */
  toAgentId: z.optional(IdSchema),
  toAgentName: z.optional(z.string()),
}));
export type ReassignedCase = z.infer<typeof ReassignedCaseSchema>;

export const UnbindAgentResponse = lazy(() => z.object({
  agent: AgentSchema,
  reassigned: z.array(ReassignedCaseSchema),
  /** How many of them went back to the department queue (nobody left to take them). */
  queued: z.int().check(z.minimum(0)),
}));
export type UnbindAgentResponse = z.infer<typeof UnbindAgentResponse>;

/**
 * 调岗: the unit an agent serves from now on (a department, a service point, or a point within a
 * department). Their sessions stop (the app signs in again with the new scope) and what they held
 * goes to a colleague of the unit they leave.
 */
export const MoveAgentRequest = lazy(() => z.strictObject({ departmentId: z.optional(IdSchema), servicePointId: z.optional(IdSchema) }).check(z.refine((r) => r.departmentId !== undefined || r.servicePointId !== undefined, { message: '请选择调入的部门或服务站点', path: ['departmentId'] })));
export type MoveAgentRequest = z.infer<typeof MoveAgentRequest>;

export const MoveAgentResponse = UnbindAgentResponse;

/** 强制下线: every session of the agent ends now; the next sign-in works as before. */
export const SignOutAgentResponse = lazy(() => z.object({ agent: AgentSchema, signedOutAt: DateTimeSchema }));
