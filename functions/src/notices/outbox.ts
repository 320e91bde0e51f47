// The outbox: every notice a change causes is written in the same transaction as the change, so no
// notice is lost and none is sent for a change that did not happen. The notifier (notifier.ts) drains it.
import type { NoticeKind } from '@app/shared';
import { ulid } from 'ulid';
import type { Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import type { NoticeText } from './noticeText';

export const OUTBOX_SHARDS = 4;

/** Who a notice is for: a resident (by user), an agent, or everyone on a department's queue. */
export type Recipient = { userId: string } | { agentId: string } | { departmentId: string };

export interface Notice {
  kind: NoticeKind;
  recipient: Recipient;
  /** The case the notice is about; absent for a booking made without one. */
  caseId?: string;
  caseNumber?: string;
  itemName?: string;
  /** The service item, so that a Mongolian reader's notice can name it by its Mongolian name (§97). */
  itemId?: string;
  /** The queue ticket the notice is about (叫号). */
  ticketId?: string;
  /** A short Chinese line for the inbox and the WeChat template's thing field. */
  summary: string;
  /** The same words as a key and values, for a resident who reads another language (noticeText.ts). */
  text?: NoticeText;
}

/** An outbox item as stored: the notice, and how its delivery is going. */
export interface OutboxRecord extends Notice {
  id: string;
  at: string;
  attempts: number;
  /** Set after a failed attempt: the item is not tried again before then. */
  nextAttemptAt?: string;
  lastError?: string;
  /** Deliveries already made, as `<channel>:<recipient>`, so a retry never repeats one. */
  delivered?: Set<string>;
}

/** Outbox keys, built from lib/keys.ts. */
export const outboxKeys = { shard: keys.outboxShard, parked: keys.outboxParked, parkedPartition: keys.outboxParkedPartition } as const;

export function outboxItem(notice: Notice, at: string): Item {
  const id = ulid();
  return { ...keys.outbox(outboxShard(id), at, id), entity: 'outbox', id, at, attempts: 0, ...notice };
}

/** The shard of an outbox id: spread by the id's random tail (any character set). */
export function outboxShard(id: string): number {
  let sum = 0;
  for (const ch of id.slice(-4)) sum += ch.charCodeAt(0);
  return sum % OUTBOX_SHARDS;
}

