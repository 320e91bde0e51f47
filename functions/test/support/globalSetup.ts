// Starts DynamoDB Local (in memory) and s3rver once for the whole Jest run; suites create their
// own tables, so they can run in parallel without seeing each other's data.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamo, startS3, type RunningStore } from '../../local/stores';

declare global {
  // eslint-disable-next-line no-var
  var __STORES__: RunningStore[] | undefined;
}

export default async function globalSetup(): Promise<void> {
  const [dynamo, s3] = await Promise.all([
    startDynamo(),
    startS3({ directory: mkdtempSync(path.join(os.tmpdir(), 'daiban-s3-')) }),
  ]);
  globalThis.__STORES__ = [dynamo, s3];
  // Workers are forked after this and inherit the environment.
  process.env.DDB_ENDPOINT = dynamo.endpoint;
  process.env.S3_ENDPOINT = s3.endpoint;
  process.env.AWS_REGION = LOCAL_REGION;
  process.env.AWS_ACCESS_KEY_ID = LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = LOCAL_CREDENTIALS.secretAccessKey;
  // The local stage takes its secrets from the environment (other stages: Secrets Manager).
  process.env.SESSION_SECRET = 'test-session-secret-0123456789abcdef';
  process.env.WECHAT_APP_ID = 'wx0000000000000000';
  process.env.WECHAT_APP_SECRET = 'local-wechat-secret';
  // The suites that are not about rate limits act faster than any person (a whole lifecycle in a
  // second, races of 50 from one user): their limits are 100 times the real ones. rateLimits.test.ts
  // sets 1 and proves the real numbers (docs/decisions.md, per-caller rate limits).
  process.env.RATE_LIMIT_SCALE = '100';
  // The local stand-in for KMS: ID numbers are sealed under data keys wrapped with this key.
  process.env.LOCAL_MASTER_KEY = randomBytes(32).toString('base64');
  // Handlers log one line per request. They are captured to a file that the teardown scans for
  // personal data (an ID number, phone or token in any line fails the run); TEST_LOGS=1 shows them instead.
  process.env.LOG_LEVEL = process.env.TEST_LOGS ? 'INFO' : 'SILENT';
  if (!process.env.TEST_LOGS) {
    process.env.LOG_CAPTURE_FILE = path.join(mkdtempSync(path.join(os.tmpdir(), 'daiban-logs-')), 'captured.log');
    writeFileSync(process.env.LOG_CAPTURE_FILE, '');
  }
}
