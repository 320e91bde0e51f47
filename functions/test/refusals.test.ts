// Refusals that say why: every 409 the functions raise names a registered reason (shared/src/refusals.ts),
// each reason belongs to one vocabulary and has a Chinese sentence, and a 409 that named none still
// answers with its code's generic reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ApiErrorSchema, DEFAULT_REFUSAL, REFUSAL_REASONS, REFUSAL_SENTENCES, REFUSAL_VOCABULARIES, isRefusalReason } from '@app/shared';
import { AppError } from '../src/lib/errors';
import { errorResponse } from '../src/lib/http';

const SRC = path.join(__dirname, '../src');
/**
 * The bookings API still answers some 409s by code alone (a full slot, a booking already made); the
 * schedules issue brings its BookingRefusal vocabulary and the reasons with it. Until then those
 * answers carry DEFAULT_REFUSAL's generic reason.
 */

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The text of each `new AppError(<409 code>, …)` call in a source, up to its closing parenthesis. */
function conflictCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/new AppError\(\s*'(conflict|stale_version|transition_refused)'/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < source.length; end += 1) {
      if (source[end] === '(') depth += 1;
      if (source[end] === ')' && --depth === 0) break;
    }
    calls.push(source.slice(match.index, end + 1));
  }
  return calls;
}

test('every 409 the functions raise names a registered reason', () => {
  const unnamed: string[] = [];
  const unknown: string[] = [];
  let counted = 0;
  for (const file of sources(SRC)) {
    const relative = path.relative(SRC, file);
    for (const call of conflictCalls(readFileSync(file, 'utf8'))) {
      counted += 1;
      const literal = /reason: '(\w+)'/.exec(call)?.[1];
      const named = /reason[:,\s}]/.test(call);
      if (!named) unnamed.push(`${relative}: ${call.replace(/\s+/g, ' ').slice(0, 120)}`);
      if (literal && !isRefusalReason(literal)) unknown.push(`${relative}: ${literal}`);
    }
  }
  expect(counted).toBeGreaterThan(30);
  expect(unnamed).toEqual([]);
  expect(unknown).toEqual([]);
});

test('each reason is in exactly one vocabulary, with a Chinese sentence', () => {
  const all = Object.values(REFUSAL_VOCABULARIES).flatMap((v) => [...v.values]);
  expect(new Set(all).size).toBe(all.length);
  expect([...REFUSAL_REASONS].sort()).toEqual([...all].sort());
  for (const reason of REFUSAL_REASONS) expect([reason, REFUSAL_SENTENCES[reason]]).toEqual([reason, expect.stringMatching(/[\u4e00-\u9fff]/)]);
});

test('a 409 that names no reason still answers with its code’s generic one; other errors carry none', () => {
  for (const code of ['conflict', 'stale_version', 'transition_refused'] as const) {
    const answer = errorResponse(new AppError(code, 'no reason given'));
    const body = ApiErrorSchema.parse(JSON.parse(answer.body as string));
    expect([code, answer.statusCode, body.error.reason]).toEqual([code, 409, DEFAULT_REFUSAL[code]]);
  }
  const named = ApiErrorSchema.parse(JSON.parse(errorResponse(new AppError('conflict', 'x', { reason: 'invitationUsed' })).body as string));
  expect(named.error.reason).toBe('invitationUsed');
  expect(ApiErrorSchema.parse(JSON.parse(errorResponse(new AppError('not_found', 'x')).body as string)).error.reason).toBeUndefined();
});
