// The claim marker of a case entrusted without a resident account (by a channel operator, or at a
// window): an item in the case's partition, on GSI1 under the SHA-256 of the applicant's phone while
// unclaimed. The phone itself is never spelled in a key; the case item holds it, as for every case.
import { createHash } from 'node:crypto';
import type { Item } from '../lib/dynamo';
import * as keys from '../lib/keys';
import type { CaseRecord } from '../cases/record';

/** Hex SHA-256 of the 11-digit mobile, with a fixed domain prefix. */
export const phoneHash = (phone: string): string => createHash('sha256').update(`daiban-phone:${phone}`, 'utf8').digest('hex');

/**
 * The marker of an unclaimed case: written with the case, in the same transaction. `apiKeyId`: the
 * channel API key that created it (such cases are readable by their channel's keys).
 */
export function unclaimedMarker(record: CaseRecord, apiKeyId?: string): Item {
  return {
    ...keys.caseClaim(record.id),
    entity: 'caseClaim',
    gsi1pk: keys.unclaimedByPhone(phoneHash(record.applicant.phone)),
    gsi1sk: `${record.createdAt}#${record.id}`,
    caseId: record.id,
    channel: record.channel,
    apiKeyId,
  };
}

/** The marker once claimed: off the phone index, with who claimed it and when. */
export function claimedMarker(marker: Item, userId: string, at: string): Item {
  const { gsi1pk, gsi1sk, ...rest } = marker;
  void gsi1pk, gsi1sk;
  return { ...rest, claimedBy: userId, claimedAt: at };
}
