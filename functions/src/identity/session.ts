// The API's own session token: a short-lived HS256 JWT (jose) carrying the principal.
import { IdSchema, Role, lazy, requiredText, type Principal } from '@app/shared';
import { SignJWT, jwtVerify } from 'jose';
import * as z from 'zod/mini';
import { appSecrets, config } from '../lib/config';
import { AppError } from '../lib/errors';
import { findAgent, type AgentRecord } from '../network/repository';
import { findUser, type UserRecord } from './repository';

const ISSUER = 'daiban-bangban';
const AUDIENCE = 'daiban-bangban-api';

const secretKey = async () => new TextEncoder().encode((await appSecrets()).sessionSecret);

/**
 * What a token says: who (`sub`), in which role, the agent record of an agent, and for an agent the
 * session version of that record when the token was issued. An agent's department and service
 * point are not in it: they are read from the agent record on every request.
 */
const SessionClaimsSchema = lazy(() => z.object({
  sub: IdSchema,
  role: Role.schema,
  name: requiredText(30),
  agentId: z.optional(IdSchema),
  sv: z.optional(z.int().check(z.minimum(0))),
}));

export async function issueSession(principal: Principal, now: Date = new Date(), sessionVersion = 0): Promise<{ token: string; expiresAt: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + config().sessionTtlSeconds;
  const claims = { role: principal.role, name: principal.name, ...(principal.agentId ? { agentId: principal.agentId, sv: sessionVersion } : {}) };
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await secretKey());
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

type SessionClaims = z.infer<typeof SessionClaimsSchema>;

/**
 * The principal of a bearer token; any defect is a 401: signature, issuer, audience, algorithm, no
 * `exp` or `iat`, an `iat` in the future, older than the session lifetime, or expired.
 */
export async function verifySession(token: string): Promise<Principal> {
  const key = await secretKey();
  let claims: SessionClaims;
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat', 'sub'],
      // Measured from `iat`: a token minted with a longer life than the API gives is refused too.
      maxTokenAge: config().sessionTtlSeconds,
    });
    claims = SessionClaimsSchema.parse(payload);
  } catch {
    throw new AppError('unauthenticated', 'invalid or expired session');
  }
  // A resident sees only their own cases: the token's claims are enough, nothing else is taken from them.
  if (claims.role === 'resident') return { userId: claims.sub, role: 'resident', name: claims.name };
  return staffPrincipal(claims);
}

/**
 * A staff session (agent, bureau) is honoured only while the user still holds that role and agent
 * record, and, for an agent, while the record's session version is the token's: unbinding, moving
 * the agent to another unit or the bureau's "sign out everywhere" bump it, so every earlier token
 * stops at once (strongly consistent GetItems of the user and the agent record, in parallel). Who the
 * agent is — name, department, service point — comes from the records, never from the token.
 * The 401 makes the app sign in again.
 */
async function staffPrincipal(claims: SessionClaims): Promise<Principal> {
  const [user, agent] = await Promise.all([findUser(claims.sub, true), claims.agentId ? findAgent(claims.agentId, true) : undefined]);
  const sameUser = user !== undefined && user.role === claims.role && (user.agentId ?? undefined) === (claims.agentId ?? undefined);
  // An agent record that left stops every session on it, also a demo user's that was never bound.
  const agentServing = !claims.agentId || (agent !== undefined && agent.active && (agent.sessionVersion ?? 0) === claims.sv);
  if (!user || !sameUser || !agentServing) throw new AppError('unauthenticated', 'staff session no longer valid');
  const principal: Principal = { userId: user.id, role: user.role, name: user.name };
  if (agent) Object.assign(principal, { agentId: agent.id, departmentId: agent.departmentId, servicePointId: agent.servicePointId });
  checkedRecords.set(principal, { user, agent });
  return principal;
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
