// Login requests and the session the API issues.
import * as z from 'zod/mini';
import { Role } from '../vocabulary';
import { IdSchema, requiredText } from './common';

export const PrincipalSchema = z.object({
  userId: IdSchema,
  role: Role.schema,
  name: requiredText(30),
  /** Agents only: the agent record, and the department and/or service point they serve. */
  agentId: z.optional(IdSchema),
  departmentId: z.optional(IdSchema),
  servicePointId: z.optional(IdSchema),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** wx.login() gives a one-time code; the API trades it for an openid with code2session. */
export const WechatLoginRequest = z.strictObject({ code: z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9_-]+$/)) });

/** Local stack only: sign in as one of the demo users. */
export const DevLoginRequest = z.strictObject({ userId: IdSchema });

export const SessionResponse = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: PrincipalSchema,
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const MeResponse = z.object({
  user: PrincipalSchema,
  /** A resident's own mobile when known (verified with WeChat): prefills their entrustments. */
  phone: z.optional(z.string()),
});

export const DemoUsersResponse = z.object({
  users: z.array(z.extend(PrincipalSchema, { description: z.string() })),
});
