// The API's own session token: a short-lived HS256 JWT (jose) carrying the principal.
import { PrincipalSchema, type Principal } from '@app/shared';
import { SignJWT, jwtVerify } from 'jose';
import { config } from '../lib/config';
import { AppError } from '../lib/errors';

const ISSUER = 'daiban-bangban';
const AUDIENCE = 'daiban-bangban-api';

const secretKey = () => new TextEncoder().encode(config().sessionSecret);

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
    .sign(secretKey());
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The principal of a bearer token; any defect (signature, expiry, claims) is a 401. */
export async function verifySession(token: string): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, secretKey(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return PrincipalSchema.parse({ ...payload, userId: payload.sub });
  } catch {
    throw new AppError('unauthenticated', 'invalid or expired session');
  }
}
