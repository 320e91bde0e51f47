// The log writer: on Lambda (log format JSON) it hands one record per call to the runtime's
// console, whose JSON formatter puts a single object argument whole into "message"; off Lambda it
// writes that same shape itself, one JSON line per call, and honours LOG_LEVEL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type LogModule = typeof import('../src/lib/log');

const KEYS = ['LOG_LEVEL', 'LOG_CAPTURE_FILE', 'AWS_LAMBDA_LOG_FORMAT'] as const;

/** The module as a fresh cold start with these environment variables would load it. */
function loadWith(env: Partial<Record<(typeof KEYS)[number], string>>): LogModule {
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, env);
  let mod: LogModule | undefined;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('../src/lib/log') as LogModule;
    });
  } finally {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
  return mod!;
}

afterEach(() => jest.restoreAllMocks());

test('on Lambda with the JSON log format: one call, one argument, the record, at the matching console level', () => {
  const { logger } = loadWith({ AWS_LAMBDA_LOG_FORMAT: 'JSON', LOG_LEVEL: 'INFO' });
  const calls: Record<string, unknown[][]> = { info: [], warn: [], error: [] };
  for (const level of ['info', 'warn', 'error'] as const) jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void calls[level].push(args));
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);

  logger.info('request', { route: 'cases.entrust', status: 201, ms: 38 });
  logger.warn('notice delivery failed', { outboxId: 'o-1', kind: 'NEW_TASK' });
  logger.error('unhandled error', { errorName: 'TypeError' });

  expect(calls.info).toEqual([[{ msg: 'request', service: 'daiban-bangban', route: 'cases.entrust', status: 201, ms: 38 }]]);
  expect(calls.warn).toEqual([[{ msg: 'notice delivery failed', service: 'daiban-bangban', outboxId: 'o-1', kind: 'NEW_TASK' }]]);
  expect(calls.error).toEqual([[{ msg: 'unhandled error', service: 'daiban-bangban', errorName: 'TypeError' }]]);
  // The runtime writes the line; this module writes nothing itself.
  expect(out).not.toHaveBeenCalled();
  expect(err).not.toHaveBeenCalled();
});

test('off Lambda: one JSON line per call in the runtime\'s shape, warnings and errors on stderr, below LOG_LEVEL dropped', () => {
  const { logger } = loadWith({ LOG_LEVEL: 'WARN' });
  const lines: { stream: string; text: string }[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push({ stream: 'stdout', text: String(chunk) }), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push({ stream: 'stderr', text: String(chunk) }), true));
  const info = jest.spyOn(console, 'info');

  logger.info('request', { route: 'catalogue.items', status: 200 });
  logger.warn('near notice not recorded', { ticketId: 't-9', errorName: 'ConditionalCheckFailedException' });

  expect(info).not.toHaveBeenCalled();
  expect(lines).toHaveLength(1);
  expect(lines[0].stream).toBe('stderr');
  expect(lines[0].text.endsWith('\n')).toBe(true);
  expect(lines[0].text.trimEnd()).not.toContain('\n');
  const parsed = JSON.parse(lines[0].text);
  expect(Object.keys(parsed)).toEqual(['timestamp', 'level', 'message']);
  expect(new Date(parsed.timestamp).toISOString()).toBe(parsed.timestamp);
  expect(parsed.level).toBe('WARN');
  expect(parsed.message).toEqual({ msg: 'near notice not recorded', service: 'daiban-bangban', ticketId: 't-9', errorName: 'ConditionalCheckFailedException' });
});

test('SILENT drops everything; an unknown LOG_LEVEL falls back to INFO', () => {
  const written: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  const silent = loadWith({ LOG_LEVEL: 'SILENT' }).logger;
  silent.error('unhandled error', { errorName: 'Error' });
  expect(written).toEqual([]);
  const fallback = loadWith({ LOG_LEVEL: 'LOUD' }).logger;
  fallback.debug('detail');
  fallback.info('request', { status: 200 });
  expect(written.map((l) => JSON.parse(l).level)).toEqual(['INFO']);
});

test('LOG_CAPTURE_FILE (the test run\'s log scan) receives every line at INFO and above, even on a runtime that writes JSON', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'daiban-log-test-'));
  try {
    const file = path.join(dir, 'captured.log');
    const { logger } = loadWith({ LOG_CAPTURE_FILE: file, LOG_LEVEL: 'SILENT', AWS_LAMBDA_LOG_FORMAT: 'JSON' });
    const info = jest.spyOn(console, 'info');
    logger.debug('detail');
    logger.info('outbox drained', { sent: 3 });
    logger.error('notice parked', { outboxId: 'o-2' });
    expect(info).not.toHaveBeenCalled();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.level, l.message.msg])).toEqual([
      ['INFO', 'outbox drained'],
      ['ERROR', 'notice parked'],
    ]);
    expect(lines[0].message).toEqual({ msg: 'outbox drained', service: 'daiban-bangban', sent: 3 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a field JSON cannot hold does not make the log call throw: the line keeps its message and says so', () => {
  const { logger } = loadWith({ LOG_LEVEL: 'INFO' });
  const lines: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  expect(() => logger.info('changes advanced', { advanced: BigInt(3) })).not.toThrow();
  expect(() => logger.info('change done', { counts: cycle })).not.toThrow();
  expect(lines.map((l) => JSON.parse(l).message)).toEqual([
    { msg: 'changes advanced', service: 'daiban-bangban', unserializable: true },
    { msg: 'change done', service: 'daiban-bangban', unserializable: true },
  ]);
});
