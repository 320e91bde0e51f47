// Structured JSON logs. Only route ids, statuses, timings and error codes go in: never bodies,
// query strings, tokens, phone or ID numbers.
//
// On Lambda the runtime itself writes them: serverless.yml sets every function's log format to
// JSON (LoggingConfig), and the Node.js runtime then turns `console.info(record)` into one line
// {"timestamp","level","requestId","message":record} (decisions §104). Elsewhere (the local stack,
// tests) this module writes the same shape itself, without the request id.
import { appendFileSync } from 'node:fs';

type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
type Fields = Record<string, unknown>;

const SERVICE = 'daiban-bangban';
const RANK: Record<Level | 'SILENT', number> = { DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4, SILENT: 5 };

/**
 * LOG_CAPTURE_FILE (tests only): every line is appended to this file instead of stdout, so the
 * test run can grep the logs of the whole suite for personal data (functions/test/support/logScan.ts).
 */
const captureFile = process.env.LOG_CAPTURE_FILE;
const threshold = RANK[captureFile ? 'INFO' : ((process.env.LOG_LEVEL?.toUpperCase() as Level | undefined) ?? 'INFO')] ?? RANK.INFO;
/** Set by the Lambda runtime when the function's log format is JSON. */
const runtimeWritesJson = !captureFile && process.env.AWS_LAMBDA_LOG_FORMAT?.toUpperCase() === 'JSON';

/** What one log call records: the same object in the message field, on Lambda and off it. */
export function logRecord(msg: string, fields: Fields = {}): Fields {
  return { msg, service: SERVICE, ...fields };
}

/**
 * One line as written off Lambda: the runtime's JSON shape, without a request id. A record JSON
 * cannot hold (a BigInt, a cycle) keeps its message and says so, as the runtime falls back to text:
 * logging never throws into the request it reports on.
 */
export function logLine(level: Level, record: Fields, now = new Date()): string {
  const timestamp = now.toISOString();
  try {
    return JSON.stringify({ timestamp, level, message: record });
  } catch {
    return JSON.stringify({ timestamp, level, message: { msg: record.msg, service: SERVICE, unserializable: true } });
  }
}

function write(level: Level, msg: string, fields?: Fields): void {
  if (RANK[level] < threshold) return;
  const record = logRecord(msg, fields);
  if (runtimeWritesJson) {
    const method = level === 'ERROR' ? console.error : level === 'WARN' ? console.warn : level === 'DEBUG' ? console.debug : console.info;
    method(record);
    return;
  }
  const line = `${logLine(level, record)}\n`;
  if (captureFile) appendFileSync(captureFile, line);
  else if (level === 'ERROR' || level === 'WARN') process.stderr.write(line);
  else process.stdout.write(line);
}

export const logger = {
  debug: (msg: string, fields?: Fields) => write('DEBUG', msg, fields),
  info: (msg: string, fields?: Fields) => write('INFO', msg, fields),
  warn: (msg: string, fields?: Fields) => write('WARN', msg, fields),
  error: (msg: string, fields?: Fields) => write('ERROR', msg, fields),
};
