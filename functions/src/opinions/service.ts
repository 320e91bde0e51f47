// The opinions capability (意见建议与投诉): a resident sends one (idempotently, at most a few waiting
// at once), reads their own with the answers; the bureau lists, reads and answers each once.
import { createHash } from 'node:crypto';
import {
  MAX_OPEN_OPINIONS,
  OpinionKind,
  type AnswerOpinionRequest,
  type CreateOpinionRequest,
  type Opinion,
  type OpinionCase,
  type Principal,
} from '@app/shared';
import { ulid } from 'ulid';
import * as z from 'zod/mini';
import { caseForCaller } from '../cases/lookup';
import { clock } from '../lib/clock';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { AppError, notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import { noticeWords } from '../notices/noticeText';
import * as repo from './repository';

const DAY_SECONDS = 24 * 60 * 60;
const epochSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** The request's fingerprint: a reused key with a different request is refused, not replayed. */
const requestHash = (body: CreateOpinionRequest) =>
  createHash('sha256')
    .update(JSON.stringify([body.kind, body.content, body.caseId ?? null, body.contactPhone ?? null]))
    .digest('base64url');

async function replay(record: repo.IdempotencyRecord, hash: string): Promise<Opinion> {
  if (record.requestHash !== hash) throw new AppError('conflict', 'idempotency key reused for another request', { reason: 'idempotencyKeyReused' });
  const opinion = await repo.findOpinion(record.opinionId);
  if (!opinion) throw notFound('opinion');
  return opinion;
}

const tooManyOpen = () => new AppError('conflict', `at most ${MAX_OPEN_OPINIONS} unanswered opinions`, { reason: 'tooManyOpenOpinions' });
const alreadyAnswered = () => new AppError('transition_refused', 'opinion already answered', { reason: 'alreadyAnswered' });

/** The resident's own case the opinion is about; anyone else's (or none) is a 404, as everywhere. */
async function relatedCaseOf(principal: Principal, caseId: string): Promise<OpinionCase> {
  const { record, relation } = await caseForCaller(caseId, principal);
  if (relation !== 'applicant') throw notFound('case');
  return { caseId: record.id, caseNumber: record.number, itemName: record.itemName, departmentId: record.departmentId, departmentName: record.departmentName };
}

export async function createOpinion(principal: Principal, body: CreateOpinionRequest, idempotencyKey: string): Promise<Opinion> {
  const now = clock.now();
  const nowEpoch = epochSeconds(now);
  const hash = requestHash(body);
  // A phone retrying on a bad network gets its first answer back.
  const previous = await repo.findIdempotency(principal.userId, idempotencyKey, nowEpoch);
  if (previous) return replay(previous, hash);

  const opinion: Opinion = {
    id: ulid(),
    kind: body.kind,
    content: body.content,
    state: 'open',
    userId: principal.userId,
    residentName: principal.name,
    relatedCase: body.caseId ? await relatedCaseOf(principal, body.caseId) : undefined,
    contactPhone: body.contactPhone,
    createdAt: now.toISOString(),
  };
  const outcome = await repo.insertOpinion({
    opinion,
    maxOpen: MAX_OPEN_OPINIONS,
    idempotency: { key: idempotencyKey, requestHash: hash, expiresAt: nowEpoch + DAY_SECONDS, nowEpoch },
  });
  if (outcome.ok) return opinion;
  // A concurrent request with the same key may have won: answer as its retry.
  const winner = await repo.findIdempotency(principal.userId, idempotencyKey, nowEpoch);
  if (winner) return replay(winner, hash);
  if (outcome.refusal === 'tooManyOpen') throw tooManyOpen();
  throw new AppError('conflict', 'opinion not saved, please try again', { reason: 'concurrentChange' });
}

/**
 * A page cursor is the index position DynamoDB returned: exactly the table's and the index's key
 * attributes, in the partition being listed. Anything else is a 400, never DynamoDB's error.
 */
function startKey(cursor: string | undefined, index: repo.ListIndex, partition: string): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  const n = index.slice(3);
  const key = decodeCursor(
    cursor,
    z.strictObject({ pk: z.string().check(z.maxLength(300)), sk: z.string().check(z.maxLength(300)), [`gsi${n}pk`]: z.string().check(z.maxLength(300)), [`gsi${n}sk`]: z.string().check(z.maxLength(300)) }),
  ) as Record<string, string>;
  if (key[`gsi${n}pk`] !== partition) {
    throw new AppError('validation_failed', 'cursor of another list', { issues: [{ path: ['query', 'cursor'], code: 'custom', message: '分页参数无效' }] });
  }
  return key;
}

async function page(index: repo.ListIndex, partition: string, query: { limit: number; cursor?: string }, forward: boolean) {
  const out = await repo.queryOpinions(index, partition, { limit: query.limit, forward, startKey: startKey(query.cursor, index, partition) });
  return { opinions: out.opinions, nextCursor: out.lastKey ? encodeCursor(out.lastKey) : undefined };
}

/** The resident's own opinions, newest first. */
export const listMyOpinions = (principal: Principal, query: { limit: number; cursor?: string }) =>
  page('GSI1', keys.userOpinions(principal.userId), query, false);

/** The bureau's lists: open ones oldest first (who has waited longest), answered ones latest answer first. */
export function listOpinions(query: { state: Opinion['state']; kind?: Opinion['kind']; limit: number; cursor?: string }) {
  const forward = query.state === 'open';
  return query.kind
    ? page('GSI4', keys.opinionsByStateAndKind(query.state, query.kind), query, forward)
    : page('GSI3', keys.opinionsByState(query.state), query, forward);
}

/** The owner and the bureau read an opinion; for anyone else it does not exist. */
export async function getOpinion(principal: Principal, id: string): Promise<Opinion> {
  const opinion = await repo.findOpinion(id);
  if (!opinion || (principal.role !== 'bureau' && opinion.userId !== principal.userId)) throw notFound('opinion');
  return opinion;
}

const snippet = (text: string, max: number) => (Array.from(text).length > max ? `${Array.from(text).slice(0, max).join('')}…` : text);

export async function answerOpinion(principal: Principal, id: string, body: AnswerOpinionRequest): Promise<Opinion> {
  const opinion = await repo.findOpinion(id);
  if (!opinion) throw notFound('opinion');
  if (opinion.state !== 'open') throw alreadyAnswered();
  const answered: Opinion = {
    ...opinion,
    state: 'answered',
    answer: { text: body.text, answeredAt: clock.now().toISOString(), answererName: principal.name },
  };
  const outcome = await repo.answerOpinion(answered, {
    kind: 'opinionAnswered',
    recipient: { userId: opinion.userId },
    ...noticeWords('opinionAnswered', { kind: OpinionKind.labels[opinion.kind], snippet: snippet(body.text, 40) }),
  });
  if (outcome.ok) return answered;
  // Another answer won the race: the conditional write kept the first one.
  if (outcome.refusal === 'notOpen') throw alreadyAnswered();
  throw new AppError('conflict', 'the opinion changed meanwhile, please try again', { reason: 'concurrentChange' });
}
