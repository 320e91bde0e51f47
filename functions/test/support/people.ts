// Signs in demo people through the development login, as the app would.
import { handler as identity } from '../../src/handlers/identity';
import type { RouteDef } from '@app/shared';
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

const channelKeys = new Map<string, string>();

/** A channel API key for the 12345 hotline, issued by the demo bureau user (one per table). */
export async function channelKeyOf(): Promise<string> {
  const cached = channelKeys.get(String(process.env.TABLE_NAME));
  if (cached) return cached;
  const { handler: channels } = await import('../../src/handlers/channels');
  const { status, body } = await call(channels, {
    method: 'POST',
    path: '/channels/keys',
    token: await tokenOf('u-bureau-1'),
    body: { channel: 'hotline12345', label: '测试用 12345 热线' },
    headers: { 'Idempotency-Key': `test-key-${Date.now()}-${Math.random().toString(36).slice(2)}` },
  });
  if (status !== 200) throw new Error(`issuing a channel key failed: ${status} ${JSON.stringify(body)}`);
  channelKeys.set(String(process.env.TABLE_NAME), body.key);
  return body.key;
}

/**
 * How a caller the route admits signs a request: nothing on public routes, a channel API key on
 * channel routes, otherwise the session of a demo user of an admitted role.
 */
export async function admittedCredentials(route: RouteDef): Promise<{ token?: string; headers: Record<string, string> }> {
  if (route.access === 'public') return { headers: {} };
  if (route.access === 'channelKey') return { headers: { 'X-Api-Key': await channelKeyOf() } };
  const who = route.access === 'signedIn' || route.access.includes('resident') ? 'u-resident-1' : route.access.includes('agent') ? 'agt-scjg-1' : 'u-bureau-1';
  return { token: await tokenOf(who), headers: {} };
}
