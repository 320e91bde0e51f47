// `npm start`: the whole product on one machine — DynamoDB Local (data kept in .data/), s3rver,
// the Lambda handlers behind a local API Gateway, and the H5 app — all on 127.0.0.1. Ctrl-C stops everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { anchoredLocalClock } from '../src/lib/clock';
import { ensureTable } from './bootstrap';
import { startDeadlinePoller } from './deadlinePoller';
import { startGateway } from './gateway';
import { waitForApi } from './health';
import { buildFunctions, describeDeployment, loader } from './lambdas';
import { startNotifierPoller, type NotifierPoller } from './notifierPoller';
import { seedDemoData } from './seed';
import { startStaticServer } from './staticServer';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamo, startS3, type RunningStore } from './stores';

const ROOT = path.resolve(__dirname, '../..');
const DATA = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data'));
const PORTS = {
  api: Number(process.env.API_PORT ?? 3000),
  app: Number(process.env.APP_PORT ?? 10086),
  dynamo: Number(process.env.DYNAMO_PORT ?? 8000),
  s3: Number(process.env.S3_PORT ?? 4569),
};
const TABLE = 'daiban-local';
/** This stack's own bundles (one folder per API port, so two stacks never share one). */
const BUILD_DIR = path.join(ROOT, '.local-build', `api-${PORTS.api}`);
const BUCKET = 'daiban-local-materials';

const children: ChildProcess[] = [];
let api: Server | undefined;
let notifier: NotifierPoller | undefined;
let deadlines: { stop(): Promise<void> } | undefined;
const stores: RunningStore[] = [];
const started = Date.now();
const say = (line: string) => console.log(`[start ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** An H5 build made elsewhere (H5_DIR) is served as it is; the default one is rebuilt when stale. */
const H5_DIR = process.env.H5_DIR ? path.resolve(process.env.H5_DIR) : path.join(ROOT, 'miniapp/dist/h5');

/** Builds the H5 app unless the last build is newer than every source it depends on. */
function buildH5IfStale(): Promise<void> {
  if (process.env.H5_DIR) return Promise.resolve();
  const index = path.join(H5_DIR, 'index.html');
  const sources = ['miniapp/src', 'miniapp/config', 'miniapp/fonts', 'shared/src'].map((d) => newestMtime(path.join(ROOT, d)));
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(...sources)) {
    say('H5 app is up to date');
    return Promise.resolve();
  }
  say('building the H5 app (taro build --type h5)…');
  // The build reads the sources as they are now: a file saved while it runs is newer than this
  // build and must make the next start build again, so the build is dated when it began.
  const began = new Date();
  return new Promise((resolve, reject) => {
    const build = spawn('npx', ['taro', 'build', '--type', 'h5'], {
      cwd: path.join(ROOT, 'miniapp'),
      env: { ...process.env, TARO_APP_API_BASE: '/api', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(build);
    let output = '';
    build.stdout?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
    build.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
    build.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`H5 build failed (${code}):\n${output}`));
      utimesSync(index, began, began);
      resolve();
    });
  });
}

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('stopping…');
    api?.close();
    rmSync(BUILD_DIR, { recursive: true, force: true });
    for (const child of children) {
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM'); // the whole process group: serverless spawns workers
        } catch {
          child.kill('SIGTERM');
        }
      }
    }
    await Promise.allSettled([notifier?.stop(), deadlines?.stop()]);
    await Promise.allSettled(stores.map((s) => s.stop()));
  }
  process.exit(code);
}

/** The local stack's stand-in for KMS: one random key per data directory, kept with the data. */
function localMasterKey(): string {
  const file = path.join(DATA, 'master.key');
  if (!existsSync(file)) {
    mkdirSync(DATA, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  // Every process (each Lambda, the pollers, the seed) counts the local clock from this one instant.
  if (process.env.LOCAL_CLOCK) process.env.LOCAL_CLOCK = anchoredLocalClock(process.env.LOCAL_CLOCK);
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  // Whatever goes wrong later, never leave Java or a build running behind us.
  process.on('uncaughtException', (error) => {
    console.error(error);
    void stop(1);
  });

  const h5 = buildH5IfStale();
  const [dynamo, s3] = await Promise.all([
    startDynamo({ port: PORTS.dynamo, dataDir: path.join(DATA, 'dynamodb') }),
    startS3({ port: PORTS.s3, directory: path.join(DATA, 's3'), buckets: [BUCKET] }),
  ]);
  stores.push(dynamo, s3);
  say(`DynamoDB Local on ${dynamo.endpoint}, s3rver on ${s3.endpoint}`);

  const env = {
    ...process.env,
    LOCAL_MASTER_KEY: localMasterKey(),
    STAGE: 'local',
    DEV_LOGIN: 'on',
    TABLE_NAME: TABLE,
    BUCKET_NAME: BUCKET,
    DDB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: s3.endpoint,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    // Locally printed QR codes open this stack's own H5 app, and its origin is the one CORS admits.
    H5_BASE_URL: `http://127.0.0.1:${PORTS.app}/`,
    H5_ORIGIN: `http://127.0.0.1:${PORTS.app}`,
  };
  Object.assign(process.env, env);
  say(`table ${TABLE}: ${await ensureTable(dynamo.endpoint, TABLE)}; demo data: ${await seedDemoData()}`);
  // The local stand-in for the table's stream: drains the outbox into in-app inboxes every second.
  notifier = startNotifierPoller();
  // The local stand-in for the hourly schedule (checked every minute here).
  deadlines = startDeadlinePoller();

  // The functions as serverless.yml deploys them, bundled into this stack's own folder and loaded
  // now: a function that cannot load stops the start instead of answering errors later.
  const deployment = await describeDeployment(ROOT, 'local', env);
  Object.assign(process.env, deployment.environment);
  process.setSourceMapsEnabled(true);
  const handlerOf = loader(await buildFunctions(ROOT, deployment, BUILD_DIR), deployment);
  await Promise.all(Object.keys(deployment.entries).map((fn) => handlerOf(fn)));
  api = await startGateway(PORTS.api, {
    routes: deployment.routes,
    cors: deployment.cors,
    handlerOf,
    onFunctionError: (fn, error) => console.error(`[api] ${fn} failed:`, error),
  });
  const apiOrigin = `http://127.0.0.1:${PORTS.api}`;
  await waitForApi(`${apiOrigin}/catalogue/items?limit=1`, 45_000);
  say(`API on ${apiOrigin} (${Object.keys(deployment.entries).length} functions, ${deployment.routes.length} routes)`);

  await h5;
  await startStaticServer({ root: H5_DIR, port: PORTS.app, apiOrigin });
  say('ready');
  console.log(`
  代办帮办 is running on this machine:
    App (H5):   http://127.0.0.1:${PORTS.app}/
    API:        ${apiOrigin}/catalogue/items
    DynamoDB:   ${dynamo.endpoint}  (data in .data/dynamodb)
    S3:         ${s3.endpoint}  (bucket ${BUCKET}, files in .data/s3)
  Demo sign-in: POST ${apiOrigin}/auth/dev {"userId":"u-resident-1"} — users: GET ${apiOrigin}/auth/dev/users
  Press Ctrl-C to stop.
`);
}

main().catch(async (error: Error) => {
  console.error(`npm start failed: ${error.message}`);
  await stop(1);
});
