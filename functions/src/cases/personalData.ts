// The applicant's ID-card number: sealed (envelope encryption, lib/sealed.ts) before it is stored,
// shown masked to everyone but the applicant, and opened for the case's agent only on request —
// each opening is an event on the case's timeline (the audit trail of who saw it, and when).
import { maskIdNumber, type Principal } from '@app/shared';
import type * as z from 'zod/mini';
import type { ApplicantInputSchema } from '@app/shared';
import { newEventId, type CaseRecord } from './record';
import { AppError } from '../lib/errors';
import { clock } from '../lib/clock';
import { seal, unseal } from '../lib/sealed';
import { caseForCaller, actorOf } from './lookup';
import { appendCaseEvent } from './repository';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { config } from '../lib/config';
import { documentClient } from '../lib/dynamo';
import * as keys from '../lib/keys';

/** How long the access log is kept (TTL): as long as the materials (serverless.yml retention). */
export const ACCESS_LOG_SECONDS = 3 * 365 * 24 * 3600;
export type AccessKind = 'viewCase' | 'downloadMaterial';

type ApplicantInput = z.infer<typeof ApplicantInputSchema>;

/** The applicant as stored: the ID number only sealed, with its mask beside it. */
export async function applicantRecord(input: ApplicantInput, caseId: string): Promise<CaseRecord['applicant']> {
  const { idNumber, ...rest } = input;
  if (!idNumber) return rest;
  return { ...rest, idNumberMasked: maskIdNumber(idNumber), idNumberSealed: await seal(idNumber, caseId) };
}

/** The whole ID number, for the applicant's own view of the case. */
export async function openIdNumber(record: CaseRecord): Promise<string | undefined> {
  return record.applicant.idNumberSealed ? unseal(record.applicant.idNumberSealed, record.id) : undefined;
}

/** A case's agent opens the applicant's ID number to do the work; the opening goes on the timeline. */
export async function revealIdNumber(principal: Principal, caseId: string): Promise<{ idNumber: string }> {
  const { record, relation } = await caseForCaller(caseId, principal);
  if (relation !== 'caseAgent') throw new AppError('forbidden', 'only the case’s agents may open the ID number');
  const idNumber = await openIdNumber(record);
  if (!idNumber) throw new AppError('not_found', 'no ID number on this case');
  const at = clock.now().toISOString();
  await appendCaseEvent(record.id, { id: newEventId(), at, actor: actorOf(principal), action: 'revealIdNumber', note: '查看了申请人完整身份证号码' });
  return { idNumber };
}

/**
 * The access log: each time an agent or the bureau reads a case with its personal data (the detail,
 * a material's file), one item in the case's partition. Residents reading their own case are not
 * logged; the ID number's opening goes on the timeline itself (revealIdNumber).
 */
export async function logAccess(principal: Principal, caseId: string, kind: AccessKind, detail?: string): Promise<void> {
  if (principal.role === 'resident') return;
  const now = clock.now();
  const at = now.toISOString();
  await documentClient().send(
    new PutCommand({
      TableName: config().tableName,
      Item: { ...keys.accessLog(caseId, at, ulid()), entity: 'accessLog', at, kind, detail, actor: actorOf(principal), expiresAt: Math.floor(now.getTime() / 1000) + ACCESS_LOG_SECONDS },
    }),
  );
}

/** The bureau reads a case's access log, newest first. */
export async function accessLogOf(principal: Principal, caseId: string, limit: number) {
  await caseForCaller(caseId, principal, false);
  const out = await documentClient().send(
    new QueryCommand({
      TableName: config().tableName,
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ':p': keys.casePartition(caseId), ':s': keys.accessLogPrefix },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return {
    entries: (out.Items ?? []).map((i) => ({ at: String(i.at), kind: i.kind as AccessKind, detail: i.detail as string | undefined, actor: i.actor as ReturnType<typeof actorOf> })),
  };
}
