// The identity capability: WeChat login, the local development login, and who am I.
import type { Language, Principal } from '@app/shared';
import { config } from '../lib/config';
import { AppError, notFound } from '../lib/errors';
import { findAgent, type AgentRecord } from '../network/repository';
import { bindWithInvitation } from '../staff/binding';
import { findOrCreateResidentByOpenid, findUser, listDemoUsers, rememberLanguage, type UserRecord } from './repository';
import { issueSession, sessionRecords } from './session';
import { code2session } from './wechat';

/**
 * The principal of a user: agents carry the department and service point they serve. `known`: the
 * agent record when the caller has just read it (the session check), so it is not read again.
 */
export async function principalOf(user: UserRecord, known?: AgentRecord): Promise<Principal> {
  const principal: Principal = { userId: user.id, role: user.role, name: user.name };
  if (user.agentId) {
    const agent = known?.id === user.agentId ? known : await findAgent(user.agentId);
    if (!agent || !agent.active) throw new AppError('forbidden', 'agent record missing or inactive');
    Object.assign(principal, { agentId: agent.id, departmentId: agent.departmentId, servicePointId: agent.servicePointId });
  }
  return principal;
}

/** A new session for a user as the records say now: an agent's carries the record's session version. */
async function sessionFor(user: UserRecord, now: Date) {
  const agent = user.agentId ? await findAgent(user.agentId, true) : undefined;
  const principal = await principalOf(user, agent);
  return { ...(await issueSession(principal, now, agent?.sessionVersion ?? 0)), user: principal, language: user.language };
}

export async function wechatLogin(code: string, now = new Date()) {
  const { openid } = await code2session(code);
  return sessionFor(await findOrCreateResidentByOpenid(openid, now), now);
}

/** Exists only in the local stack: every other stage answers as if the route did not exist. */
function requireDevLogin(): void {
  if (!config().devLogin) throw notFound('route');
}

export async function devLogin(userId: string, now = new Date()) {
  requireDevLogin();
  const user = await findUser(userId);
  if (!user || !user.demoDescription) throw notFound('demo user');
  return sessionFor(user, now);
}

export async function demoUsers() {
  requireDevLogin();
  const users = await listDemoUsers();
  // A demo agent whose record was unbound (离岗) cannot sign in any more: left out of the picker.
  const listed = await Promise.all(
    users.map(async (u) => {
      try {
        return [{ ...(await principalOf(u)), description: u.demoDescription ?? '' }];
      } catch (error) {
        if (error instanceof AppError && error.code === 'forbidden') return [];
        throw error;
      }
    }),
  );
  return { users: listed.flat() };
}

/** Who am I: a staff session's check has just read the user and agent records (reused here). */
export async function me(principal: Principal) {
  const checked = sessionRecords(principal);
  const user = checked?.user ?? (await findUser(principal.userId));
  if (!user) throw new AppError('unauthenticated', 'user no longer exists');
  // Their own phone, to prefill an entrustment: only a resident's, only to themself.
  return { user: await principalOf(user, checked?.agent), phone: user.role === 'resident' ? user.phone : undefined, language: user.language };
}

/** The language switch, kept on the user record (the device keeps it too). */
export async function setLanguage(principal: Principal, language: Language) {
  try {
    await rememberLanguage(principal.userId, language);
  } catch (error) {
    if ((error as { name?: string }).name === 'ConditionalCheckFailedException') throw new AppError('unauthenticated', 'user no longer exists');
    throw error;
  }
  return { language };
}

/** A signed-in WeChat user binds to an agent record with an invitation code: a fresh session as that agent. */
export async function bindStaff(principal: Principal, code: string, now = new Date()) {
  return sessionFor(await bindWithInvitation(principal, code), now);
}
