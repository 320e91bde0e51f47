// Runs the real `npm start` entry point on spare ports with its own data folder, as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../../functions/local/stores';

const ROOT = path.resolve(__dirname, '../../..');

export interface LocalStack {
  appUrl: string;
  apiUrl: string;
  dynamoEndpoint: string;
  output: () => string;
  stop(): Promise<number | null>;
  /** A crash: every process of the stack (Node with the API, Java, any build) killed at once with SIGKILL. */
  crash(): Promise<void>;
}

/** Every descendant of a process, read from /proc (no `ps` needed on a slim machine). */
/** DynamoDB Local's JVM, by its command line. */
function isDynamoLocal(pid: number): boolean {
  try {
    return /DynamoDBLocal\.jar/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) if (parent === pid) (found.push(child), walk(child));
  };
  walk(root);
  return found;
}

export async function startLocalStack(
  dataDir: string,
  ports?: Record<'api' | 'app' | 'dynamo' | 's3', number>,
  env: Record<string, string> = {},
): Promise<LocalStack & { ports: NonNullable<typeof ports> }> {
  const p = ports ?? { api: await freePort(), app: await freePort(), dynamo: await freePort(), s3: await freePort() };
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['functions/local/start.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      API_PORT: String(p.api),
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
    // A stack that never became ready is nobody's to stop later (the caller gets no handle): it is
    // ended here, with everything it started, or it would run on after the tests, using the machine.
    const timer = setTimeout(() => {
      for (const pid of [child.pid!, ...descendants(child.pid!)]) {
        try {
          process.kill(pid === child.pid ? -pid : pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      reject(new Error(`local stack not ready in 170 s:\n${output}`));
    }, 170_000);
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
    crash: async () => {
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      const all = [child.pid!, ...descendants(child.pid!)];
      const database = all.filter(isDynamoLocal);
      const kill = (pid: number) => {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      };
      // First our code (the API, the functions, the app server) dies mid-burst, as a Lambda
      // does; the database host follows a second later. DynamoDB acknowledges a write once it is
      // durable; DynamoDB Local acknowledges a transaction a moment before its own file has it
      // (decisions §84), so a kill within milliseconds of an answer tests the emulator, not us.
      for (const pid of all.filter((p) => !database.includes(p))) kill(pid);
      await new Promise((r) => setTimeout(r, 1_000));
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      for (const pid of all) kill(pid);
      await exited;
    },
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
