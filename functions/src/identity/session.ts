// The API's own session token: a short-lived HS256 JWT (jose) carrying the principal.
import { PrincipalSchema, type Principal } from '@app/shared';
import { SignJWT, jwtVerify } from 'jose';
import { appSecrets, config } from '../lib/config';
import { AppError } from '../lib/errors';

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
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return PrincipalSchema.parse({ ...payload, userId: payload.sub });
  } catch {
    throw new AppError('unauthenticated', 'invalid or expired session');
  }
}
