// The local stores for the bench, started the way the tests start them: DynamoDB Local in memory
// and s3rver on free ports, a fresh table with the demo data, and the local stage's environment.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamo, startS3, type RunningStore } from '../functions/local/stores';

export const BENCH_TABLE = 'daiban-bench';
export const BENCH_BUCKET = 'daiban-bench-materials';

export interface BenchStack {
  dynamoEndpoint: string;
  s3Endpoint: string;
  /** DynamoDB Local's JVM (its CPU time is read around the load runs). */
  dynamoPid?: number;
  /** The environment a handler process needs (also handed to the load-test server). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startBenchStack(): Promise<BenchStack> {
  const stores: RunningStore[] = [];
  const s3Directory = mkdtempSync(path.join(os.tmpdir(), 'daiban-bench-s3-'));
  const [dynamo, s3] = await Promise.all([startDynamo(), startS3({ directory: s3Directory, buckets: [BENCH_BUCKET] })]);
  stores.push(dynamo, s3);
  const env: Record<string, string> = {
    STAGE: 'local',
    DEV_LOGIN: 'on',
    TABLE_NAME: BENCH_TABLE,
    BUCKET_NAME: BENCH_BUCKET,
    DDB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: s3.endpoint,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    SESSION_SECRET: randomBytes(24).toString('hex'),
    WECHAT_APP_ID: 'wx0000000000000000',
    WECHAT_APP_SECRET: 'local-wechat-secret',
    LOCAL_MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'SILENT',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // The bench is one caller repeating each request hundreds of times: a load, not a person.
    RATE_LIMIT_SCALE: '100000',
  };
  Object.assign(process.env, env);
  // Imported after the environment is set: the data layer reads it on first use.
  const { ensureTable } = await import('../functions/local/bootstrap');
  const { seedDemoData } = await import('../functions/local/seed');
  await ensureTable(dynamo.endpoint, BENCH_TABLE);
  await seedDemoData({ force: true, cases: true });
  return {
    dynamoEndpoint: dynamo.endpoint,
    s3Endpoint: s3.endpoint,
    dynamoPid: dynamo.pid,
    env,
    stop: async () => {
      await Promise.allSettled(stores.map((s) => s.stop()));
      rmSync(s3Directory, { recursive: true, force: true });
    },
  };
}
