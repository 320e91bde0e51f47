// The load test's API: a plain node HTTP server in its own process that hands each request to the
// route group's Lambda handler as an API Gateway v2 event — the handlers, DynamoDB Local and s3rver
// of the local stack, without serverless-offline's emulation in between (which would put its own
// worker-thread dispatch into the throughput we want to measure). Started by bench/load.ts with the
// stack's environment; prints "listening <port>".
import { createServer, type IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ROUTES, type RouteDef } from '@app/shared';
import type { Handler } from './invoke';

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
  const server = createServer(async (req, res) => {
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
      const result = await handler(event);
      res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
      res.end(result.body ?? '');
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
