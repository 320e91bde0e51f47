// Login requests and the session the API issues.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { Role } from '../vocabulary';
import { IdSchema, requiredText } from './common';

/** The interface language a user chose: Chinese, or traditional Mongolian (蒙古文). */
export const LanguageSchema = lazy(() => z.enum(['zh', 'mn']));
export type Language = z.infer<typeof LanguageSchema>;

/** The language switch (home, 我的): remembered on the user record for notices and other phones. */
export const SetLanguageRequest = lazy(() => z.strictObject({ language: LanguageSchema }));
export const SetLanguageResponse = lazy(() => z.object({ language: LanguageSchema }));

export const PrincipalSchema = lazy(() => z.object({
  userId: IdSchema,
  role: Role.schema,
  name: requiredText(30),
  /** Agents only: the agent record, and the department and/or service point they serve. */
  agentId: z.optional(IdSchema),
  departmentId: z.optional(IdSchema),
  servicePointId: z.optional(IdSchema),
}));
export type Principal = z.infer<typeof PrincipalSchema>;

/** wx.login() gives a one-time code; the API trades it for an openid with code2session. */
export const WechatLoginRequest = lazy(() => z.strictObject({ code: z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9_-]+$/)) }));

/** Local stack only: sign in as one of the demo users. */
export const DevLoginRequest = lazy(() => z.strictObject({ userId: IdSchema }));

export const SessionResponse = lazy(() => z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: PrincipalSchema,
  language: z.optional(LanguageSchema),
}));
export type SessionResponse = z.infer<typeof SessionResponse>;

export const MeResponse = lazy(() => z.object({
  user: PrincipalSchema,
  /** A resident's own mobile when known (verified with WeChat): prefills their entrustments. */
  phone: z.optional(z.string()),
  language: z.optional(LanguageSchema),
}));

export const DemoUsersResponse = lazy(() => z.object({
  users: z.array(z.extend(PrincipalSchema, { description: z.string() })),
}));
