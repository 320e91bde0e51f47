// The load run: autocannon, 50 or 200 connections, a mixed resident/agent workload against the local
// stack's handlers served over HTTP by bench/server.ts in a process of its own; with where the time
// goes: per request, the server's time split into our handler, its DynamoDB commands and the HTTP
// layer around the handler, and the CPU time each process spent (server, DynamoDB Local's JVM,
// autocannon in the bench process) against what the machine's cores could give in that time.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import autocannon from 'autocannon';
import { invoke, type Handler } from './invoke';

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mix: string;
  /** Mean per request, in the server: arrival to last byte, inside the handler, its DynamoDB commands (of which on the wire). */
  perRequest: { clientMs: number; serverMs: number; handlerMs: number; dynamoMs: number; wireMs: number };
  /** CPU milliseconds during the run, per process, and the machine's capacity (cores × wall time). */
  cpu: { serverMs: number; dynamoLocalMs: number; autocannonMs: number; capacityMs: number; wallMs: number };
}

/** CPU milliseconds a process has used so far (Linux /proc; NaN elsewhere). */
function processCpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    return (ticks * 1000) / clockTicks();
  } catch {
    return Number.NaN;
  }
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface ServerProcess {
  origin: string;
  stop(): Promise<void>;
}

function startServer(env: Record<string, string>): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'server.ts')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench server did not start:\n${output}`));
    }, 60_000);
    child.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      const match = /listening (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        origin: `http://127.0.0.1:${match[1]}`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench server exited (${code}):\n${output}`));
    });
  });
}

export async function loadRun(env: Record<string, string>, options: { connections: number; durationS: number; dynamoPid?: number }): Promise<LoadResult> {
  const { handler: identity } = (await import('../functions/src/handlers/identity')) as { handler: Handler };
  const { handler: cases } = (await import('../functions/src/handlers/cases')) as { handler: Handler };
  const login = async (userId: string): Promise<string> => {
    const answer = await invoke(identity, { method: 'POST', path: '/auth/dev', body: { userId } });
    if (answer.status !== 200) throw new Error(`dev login ${userId}: ${answer.status}`);
    return answer.body.token as string;
  };
  const residents = await Promise.all(['u-resident-1', 'u-resident-2'].map(login));
  // Each resident entrusts one case first, so there is a case to read and an agent with it in the inbox.
  const owned = await Promise.all(
    residents.map(async (token) => {
      const answer = await invoke(cases, { method: 'POST', path: '/cases', token, headers: { 'Idempotency-Key': randomUUID() }, body: entrustBody() });
      if (answer.status !== 200) throw new Error(`entrust: ${answer.status} ${JSON.stringify(answer.body)}`);
      return { token, caseId: answer.body.id as string, agentId: answer.body.assignee.agentId as string };
    }),
  );
  const agents = await Promise.all([...new Set(owned.map((o) => o.agentId))].map((id) => login(`u-${id}`)));
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  // One cycle per connection, repeated: 6 resident (or anonymous) reads, 2 agent inbox reads, an agent reading a case, 1 entrust.
  type Req = autocannon.Request;
  const cycle: Req[] = [];
  owned.forEach((o, i) => {
    const agent = agents[i % agents.length];
    cycle.push(
      { method: 'GET', path: '/catalogue/items' },
      { method: 'GET', path: '/catalogue/items/item-qy-setup' },
      { method: 'GET', path: '/cases/mine', headers: auth(o.token) },
      { method: 'GET', path: `/cases/${o.caseId}`, headers: auth(o.token) },
      { method: 'GET', path: '/notices', headers: auth(o.token) },
      { method: 'GET', path: '/agent/inbox?view=mine', headers: auth(agent) },
      { method: 'GET', path: '/agent/inbox?view=department', headers: auth(agent) },
      { method: 'GET', path: '/network/points' },
      { method: 'GET', path: `/cases/${o.caseId}`, headers: auth(agent) },
      {
        method: 'POST',
        path: '/cases',
        body: JSON.stringify(entrustBody()),
        // A fresh Idempotency-Key per entrust, as the app sends one per new case.
        setupRequest: (req) => ({ ...req, headers: { ...auth(o.token), 'content-type': 'application/json', 'idempotency-key': randomUUID() } }),
      },
    );
  });

  const server = await startServer(env);
  try {
    await fetch(`${server.origin}/__bench/reset`, { method: 'POST' });
    const jvmBefore = processCpuMs(options.dynamoPid);
    const ownBefore = process.cpuUsage();
    const result = await autocannon({
      url: server.origin,
      connections: options.connections,
      duration: options.durationS,
      requests: cycle,
      timeout: 30,
    });
    const own = process.cpuUsage(ownBefore);
    const jvmMs = processCpuMs(options.dynamoPid) - jvmBefore;
    const stats = (await (await fetch(`${server.origin}/__bench/stats`)).json()) as { requests: number; serverMs: number; handlerMs: number; dynamoMs: number; wireMs: number; cpuMs: number; wallMs: number };
    const per = (ms: number) => ms / Math.max(1, stats.requests);
    return {
      perRequest: { clientMs: result.latency.average, serverMs: per(stats.serverMs), handlerMs: per(stats.handlerMs), dynamoMs: per(stats.dynamoMs), wireMs: per(stats.wireMs) },
      cpu: { serverMs: stats.cpuMs, dynamoLocalMs: jvmMs, autocannonMs: (own.user + own.system) / 1000, capacityMs: stats.wallMs * os.cpus().length, wallMs: stats.wallMs },
      connections: options.connections,
      durationS: options.durationS,
      requests: result.requests.total,
      throughput: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      mix: 'per 10 requests: catalogue list + detail, points (anonymous); my cases, one case, notices (residents); inbox mine + department, one case with its access-log write (agents); 1 entrust (resident, new Idempotency-Key)',
    };
  } finally {
    await server.stop();
  }
}

function entrustBody() {
  return { kind: 'entrustment', itemId: 'item-qy-setup', serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' }, note: '负载测试' };
}
