// The load test's API: a plain node HTTP server in its own process that hands each request to the
// route group's Lambda handler as an API Gateway v2 event — the handlers, DynamoDB Local and s3rver
// of the local stack, without serverless-offline's emulation in between (which would put its own
// worker-thread dispatch into the throughput we want to measure). Started by bench/load.ts with the
// stack's environment; prints "listening <port>".
// Where the time goes: it times each request in the server (arrival to the last byte written), in
// the handler, and in the handler's DynamoDB commands (middlewares on the shared client, attributed
// to their request through AsyncLocalStorage; calls a request makes in parallel count once), and
// its own CPU time; POST /__bench/reset zeroes them, GET /__bench/stats reads them (bench/load.ts).
import { createServer, type IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ROUTES, type RouteDef } from '@app/shared';
import type { Handler } from './invoke';
import { AsyncLocalStorage } from 'node:async_hooks';
import { coveredTime } from './math';

const modules: Record<string, () => Promise<{ handler: Handler }>> = {
  catalogue: () => import('../functions/src/handlers/catalogue'),
  network: () => import('../functions/src/handlers/network'),
  identity: () => import('../functions/src/handlers/identity'),
  cases: () => import('../functions/src/handlers/cases'),
  materials: () => import('../functions/src/handlers/materials'),
  bookings: () => import('../functions/src/handlers/bookings'),
  notices: () => import('../functions/src/handlers/notices'),
  supervision: () => import('../functions/src/handlers/supervision'),
  opinions: () => import('../functions/src/handlers/opinions'),
};

/** API Gateway's routing: method + path template → the group's function; anything else → $default. */
const table = (Object.values(ROUTES) as RouteDef[]).map((def) => ({
  method: def.method,
  pattern: new RegExp(`^${def.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  group: def.group,
}));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function main(): Promise<void> {
  const handlers: Record<string, Handler> = {};
  for (const [group, load] of Object.entries(modules)) handlers[group] = (await load()).handler;
  const fallback = (await import('../functions/src/handlers/fallback')).handler as Handler;
  interface Timings {
    commands: { startedMs: number; endedMs: number }[];
    calls: { startedMs: number; endedMs: number }[];
  }
  const request = new AsyncLocalStorage<Timings>();
  const stack = (await import('../functions/src/lib/dynamo')).documentClient().middlewareStack;
  const timed = (list: 'commands' | 'calls') => (next: (a: unknown) => Promise<unknown>) => async (args: unknown) => {
    const startedMs = performance.now();
    try {
      return await next(args);
    } finally {
      request.getStore()?.[list].push({ startedMs, endedMs: performance.now() });
    }
  };
  // The same two places as bench/meter.ts: the whole command, and each request on the wire.
  stack.add(timed('commands') as never, { step: 'initialize', priority: 'high', name: 'loadCommandTimer' });
  stack.add(timed('calls') as never, { step: 'deserialize', priority: 'low', name: 'loadWireTimer' });
  const stats = { requests: 0, serverMs: 0, handlerMs: 0, dynamoMs: 0, wireMs: 0, cpu: process.cpuUsage(), since: Date.now() };
  const reset = () => Object.assign(stats, { requests: 0, serverMs: 0, handlerMs: 0, dynamoMs: 0, wireMs: 0, cpu: process.cpuUsage(), since: Date.now() });
  const server = createServer(async (req, res) => {
    const arrived = performance.now();
    if (req.url?.startsWith('/__bench/')) {
      if (req.method === 'POST') reset();
      const cpu = process.cpuUsage(stats.cpu);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ requests: stats.requests, serverMs: stats.serverMs, handlerMs: stats.handlerMs, dynamoMs: stats.dynamoMs, wireMs: stats.wireMs, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: Date.now() - stats.since }));
      return;
    }
    const timings: Timings = { commands: [], calls: [] };
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      const method = req.method ?? 'GET';
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const query = Object.fromEntries(url.searchParams);
      const event = {
        version: '2.0',
        routeKey: '$default',
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers,
        queryStringParameters: Object.keys(query).length ? query : undefined,
        body: body || undefined,
        isBase64Encoded: false,
        requestContext: {
          http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
          requestId: `load-${Math.random().toString(36).slice(2)}`,
          routeKey: '$default',
          stage: '$default',
          timeEpoch: Date.now(),
        },
      } as unknown as APIGatewayProxyEventV2;
      const route = table.find((r) => r.method === method && r.pattern.test(url.pathname));
      const handler = (route && handlers[route.group]) || fallback;
      const started = performance.now();
      const result = await request.run(timings, () => handler(event));
      const handlerMs = performance.now() - started;
      res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
      res.end(result.body ?? '', () => {
        stats.requests += 1;
        stats.serverMs += performance.now() - arrived;
        stats.handlerMs += handlerMs;
        stats.dynamoMs += coveredTime(timings.commands);
        stats.wireMs += coveredTime(timings.calls);
      });
    } catch (error) {
      res.writeHead(599, { 'content-type': 'text/plain' });
      res.end(`bench server: ${(error as Error).message}`);
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

void main();
