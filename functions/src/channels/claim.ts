// The resident takes over the cases entrusted for their phone by a channel operator (or at a window):
// WeChat vouches for the phone (getPhoneNumber), then each unclaimed case of that phone is linked to
// the resident through commitChange — applicantUserId set (so it joins their list on GSI1), its claim
// marker off the phone index, an event on the timeline — one transaction per case.
import { type CaseSummary, type ClaimCasesRequest, type Principal } from '@app/shared';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { actorOf } from '../cases/lookup';
import { newEventId, type CaseRecord } from '../cases/record';
import { commitChange, findCase } from '../cases/repository';
import { workCalendar } from '../calendar/store';
import { summaryOf } from '../cases/view';
import { clock } from '../lib/clock';
import { config } from '../lib/config';
import { documentClient, type Item } from '../lib/dynamo';
import { AppError } from '../lib/errors';
import * as keys from '../lib/keys';
import { rememberPhone } from '../identity/repository';
import { claimedMarker, phoneHash } from './claimIndex';
import { phoneNumberOf } from './phone';

/** One claim links at most this many cases; a phone with more claims again for the rest. */
const MAX_PER_CLAIM = 50;

async function verifiedPhone(body: ClaimCasesRequest): Promise<string> {
  if (body.devPhone !== undefined) {
    // Like the development login: the local stack only, where no WeChat can vouch for a phone.
    if (!config().devLogin) {
      throw new AppError('validation_failed', 'devPhone is for the local stack only', { issues: [{ path: ['body', 'devPhone'], code: 'custom', message: '请通过微信验证手机号' }] });
    }
    return body.devPhone;
  }
  return phoneNumberOf(body.code!);
}

async function unclaimedMarkers(phone: string): Promise<Item[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.unclaimedByPhone(phoneHash(phone)) },
      Limit: MAX_PER_CLAIM,
    }),
  );
  return out.Items ?? [];
}

export async function claimCases(principal: Principal, body: ClaimCasesRequest): Promise<{ cases: CaseSummary[] }> {
  const phone = await verifiedPhone(body);
  // WeChat vouched for it: the resident's profile phone from now on (their next entrustment starts with it).
  await rememberPhone(principal.userId, phone);
  const claimed: CaseRecord[] = [];
  for (const marker of await unclaimedMarkers(phone)) {
    const record = await findCase(String(marker.caseId), true);
    // The index may lag a claim made a moment ago; the case item is the truth.
    if (!record || record.applicantUserId !== undefined || record.applicant.phone !== phone) continue;
    const at = clock.now().toISOString();
    const after: CaseRecord = { ...record, applicantUserId: principal.userId, version: record.version + 1, updatedAt: at };
    try {
      await commitChange({
        before: record,
        after,
        event: {
          id: newEventId(),
          at,
          actor: actorOf(principal),
          action: 'recordProgress',
          note: '申请人已在小程序验证手机号，认领了本办件',
          data: { claimed: true, channel: record.channel },
        },
        puts: [{ item: claimedMarker(marker, principal.userId, at), condition: 'attribute_exists(gsi1pk)' }],
      });
    } catch (error) {
      // Changed or claimed meanwhile (a double tap): the other request's answer stands.
      if (error instanceof AppError && (error.code === 'stale_version' || error.code === 'conflict')) continue;
      throw error;
    }
    claimed.push(after);
  }
  const now = clock.now();
  const calendar = await workCalendar();
  return { cases: claimed.map((c) => summaryOf(c, now, calendar)) };
}
