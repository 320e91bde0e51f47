// Login requests and the session the API issues.
import * as z from 'zod/mini';
import { Role } from '../vocabulary';
import { IdSchema, requiredText } from './common';

/** The interface language a user chose: Chinese, or traditional Mongolian (蒙古文). */
export const LanguageSchema = z.enum(['zh', 'mn']);
export type Language = z.infer<typeof LanguageSchema>;

/** The language switch (home, 我的): remembered on the user record for notices and other phones. */
export const SetLanguageRequest = z.strictObject({ language: LanguageSchema });
export const SetLanguageResponse = z.object({ language: LanguageSchema });

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
  language: z.optional(LanguageSchema),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const MeResponse = z.object({
  user: PrincipalSchema,
  /** A resident's own mobile when known (verified with WeChat): prefills their entrustments. */
  phone: z.optional(z.string()),
  language: z.optional(LanguageSchema),
});

export const DemoUsersResponse = z.object({
  users: z.array(z.extend(PrincipalSchema, { description: z.string() })),
});
