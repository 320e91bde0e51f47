// The in-app inbox as the app sees it: my notices with the unread count, and marking them read.
import type { NoticeView, Principal } from '@app/shared';
import { clock } from '../lib/clock';
import { forbidden } from '../lib/errors';
import { countUnread, listNotices as listInbox, markRead, type InboxOwner } from './inbox';

/** A resident's inbox is their user's; an agent's is their agent record's, whichever user signs in. */
export function inboxOf(principal: Principal): InboxOwner {
  if (principal.role !== 'agent') return { userId: principal.userId };
  if (!principal.agentId) throw forbidden('no agent record');
  return { agentId: principal.agentId };
}

export async function listNotices(principal: Principal, limit: number): Promise<{ notices: NoticeView[]; unread: number }> {
  const owner = inboxOf(principal);
  const [notices, unread] = await Promise.all([listInbox(owner, limit), countUnread(owner)]);
  return { notices, unread };
}

/** Marks the given notices (all when none are given) read; ids outside my inbox change nothing. */
export async function markNoticesRead(principal: Principal, ids?: string[]): Promise<{ unread: number }> {
  return { unread: await markRead(inboxOf(principal), clock.now(), ids) };
}
