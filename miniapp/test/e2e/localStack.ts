// Runs the real `npm start` entry point on spare ports with its own data folder, as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../../functions/local/stores';

const ROOT = path.resolve(__dirname, '../../..');

export interface LocalStack {
  appUrl: string;
  apiUrl: string;
  dynamoEndpoint: string;
  output: () => string;
  stop(): Promise<number | null>;
}

export async function startLocalStack(
  dataDir: string,
  ports?: Record<'api' | 'lambda' | 'app' | 'dynamo' | 's3', number>,
  env: Record<string, string> = {},
): Promise<LocalStack & { ports: NonNullable<typeof ports> }> {
  const p = ports ?? { api: await freePort(), lambda: await freePort(), app: await freePort(), dynamo: await freePort(), s3: await freePort() };
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['functions/local/start.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      API_PORT: String(p.api),
      LAMBDA_PORT: String(p.lambda),
      APP_PORT: String(p.app),
      DYNAMO_PORT: String(p.dynamo),
      S3_PORT: String(p.s3),
      ...env,
    },
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack not ready in 170 s:\n${output}`)), 170_000);
    const check = () => {
      if (/\] ready/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local stack exited (${code}) before ready:\n${output}`));
    });
  });
  return {
    ports: p,
    appUrl: `http://127.0.0.1:${p.app}/`,
    apiUrl: `http://127.0.0.1:${p.api}`,
    dynamoEndpoint: `http://127.0.0.1:${p.dynamo}`,
    output: () => output,
    // Ctrl-C, as a person stops it.
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        process.kill(child.pid!, 'SIGINT');
        setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 20_000).unref();
      }),
  };
}
