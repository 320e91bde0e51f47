// The API's own session token: a short-lived HS256 JWT (jose) carrying the principal.
import { PrincipalSchema, type Principal } from '@app/shared';
import { SignJWT, jwtVerify } from 'jose';
import { appSecrets, config } from '../lib/config';
import { AppError } from '../lib/errors';
import { findAgent, type AgentRecord } from '../network/repository';
import { findUser, type UserRecord } from './repository';

const ISSUER = 'daiban-bangban';
const AUDIENCE = 'daiban-bangban-api';

const secretKey = async () => new TextEncoder().encode((await appSecrets()).sessionSecret);

export async function issueSession(principal: Principal, now: Date = new Date()): Promise<{ token: string; expiresAt: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + config().sessionTtlSeconds;
  const { userId, ...claims } = principal;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await secretKey());
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The principal of a bearer token; any defect (signature, expiry, claims) is a 401. */
export async function verifySession(token: string): Promise<Principal> {
  const key = await secretKey();
  let principal: Principal;
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    principal = PrincipalSchema.parse({ ...payload, userId: payload.sub });
  } catch {
    throw new AppError('unauthenticated', 'invalid or expired session');
  }
  await requireStaffStillBound(principal);
  return principal;
}

/**
 * A staff session (agent, bureau) is honoured only while the user still holds that role and
 * agent record: an agent unbound by the bureau loses access at once, not when the token expires
 * (strongly consistent GetItems of the user and the agent record, in parallel, per staff request).
 * The 401 makes the app sign in again.
 */
async function requireStaffStillBound(principal: Principal): Promise<void> {
  if (principal.role === 'resident') return;
  const [user, agent] = await Promise.all([findUser(principal.userId, true), principal.agentId ? findAgent(principal.agentId, true) : undefined]);
  const sameUser = user !== undefined && user.role === principal.role && (user.agentId ?? undefined) === (principal.agentId ?? undefined);
  // An agent record that left stops every session on it, also a demo user's that was never bound.
  const agentServing = !principal.agentId || (agent !== undefined && agent.active);
  if (!sameUser || !agentServing) throw new AppError('unauthenticated', 'staff session no longer valid');
  checkedRecords.set(principal, { user, agent });
}

/**
 * The user and agent records the session check of this request read (strongly consistent, a few
 * milliseconds old), kept with the principal object the request carries, so that the request
 * does not read them again (`GET /auth/me`, an agent's own contact on a case). Undefined for a
 * resident (no check) or a principal built elsewhere.
 */
const checkedRecords = new WeakMap<Principal, { user: UserRecord; agent: AgentRecord | undefined }>();

export function sessionRecords(principal: Principal): { user: UserRecord; agent: AgentRecord | undefined } | undefined {
  return checkedRecords.get(principal);
}
