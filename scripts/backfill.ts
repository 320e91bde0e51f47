// `npm run backfill -- --table X [--endpoint URL]`: counts the open-work counters and the
// supervision rollups of an existing table from its cases (functions/src/maintenance/backfill.ts;
// decisions §80, §81). Without --endpoint it talks to the local stack's DynamoDB Local
// (http://127.0.0.1:$DYNAMO_PORT, 8000 by default, as `npm start` runs it); `--endpoint aws` uses
// the AWS credentials and region of the environment. Idempotent: a second run changes nothing.
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const table = arg('table');
  if (!table) throw new Error('usage: npm run backfill -- --table <table name> [--endpoint <url>|aws]');
  const endpoint = arg('endpoint') ?? `http://127.0.0.1:${process.env.DYNAMO_PORT ?? 8000}`;
  process.env.TABLE_NAME = table;
  process.env.STAGE ??= endpoint === 'aws' ? 'prod' : 'local';
  process.env.BUCKET_NAME ??= 'unused-by-the-backfill';
  if (endpoint !== 'aws') {
    process.env.DDB_ENDPOINT = endpoint;
    const { LOCAL_CREDENTIALS, LOCAL_REGION } = await import('../functions/local/stores');
    process.env.AWS_REGION ??= LOCAL_REGION;
    process.env.AWS_ACCESS_KEY_ID ??= LOCAL_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_CREDENTIALS.secretAccessKey;
  }
  const { backfillCountersAndRollups } = await import('../functions/src/maintenance/backfill');
  const result = await backfillCountersAndRollups();
  console.log(`table ${table}: ${result.counters} open-work counters and ${result.buckets} rollup buckets written, ${result.removed} no longer counted removed`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`backfill failed: ${error.message}`);
    process.exit(1);
  },
);
