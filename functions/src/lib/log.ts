// Structured JSON logs (AWS Powertools). Only route ids, statuses, timings and error codes go in:
// never bodies, query strings, tokens, phone or ID numbers.
import { Logger } from '@aws-lambda-powertools/logger';
import { appendFileSync } from 'node:fs';
import { Console } from 'node:console';
import { Writable } from 'node:stream';

type Level = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'SILENT';

/**
 * LOG_CAPTURE_FILE (tests only): every line is appended to this file instead of stdout, so the
 * test run can grep the logs of the whole suite for personal data (functions/test/support/logScan.ts).
 */
const captureFile = process.env.LOG_CAPTURE_FILE;

export const logger = new Logger({
  serviceName: 'daiban-bangban',
  logLevel: captureFile ? 'INFO' : ((process.env.LOG_LEVEL as Level | undefined) ?? 'INFO'),
});

if (captureFile) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      appendFileSync(captureFile, chunk);
      done();
    },
  });
  // Powertools writes through its `console`; point it at the capture file.
  Object.assign(logger, { console: new Console({ stdout: sink, stderr: sink }) });
}
