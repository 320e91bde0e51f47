// Signs in demo people through the development login, as the app would.
import { handler as identity } from '../../src/handlers/identity';
import { call } from './http';

const tokens = new Map<string, string>();

/** A session token for a demo user: 'u-resident-1', 'u-bureau-1', or an agent id such as 'agt-fgw-1'. */
export async function tokenOf(who: string): Promise<string> {
  const userId = who.startsWith('agt-') ? `u-${who}` : who;
  const cached = tokens.get(`${process.env.TABLE_NAME}:${userId}`);
  if (cached) return cached;
  const { status, body } = await call(identity, { method: 'POST', path: '/auth/dev', body: { userId } });
  if (status !== 200) throw new Error(`dev login for ${userId} failed: ${status} ${JSON.stringify(body)}`);
  tokens.set(`${process.env.TABLE_NAME}:${userId}`, body.token);
  return body.token;
}
