// The local stack's API Gateway: an HTTP API (payload 2.0) in front of the Lambda handlers, with
// the routes, CORS and limits of the deployed one. It replaces serverless-offline, which answered
// HTTP 200 with a stack trace for a handler that failed to load, gave a body without a
// Content-Type an application/json one, and echoed any Origin (docs/decisions.md, §52).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ERROR_MESSAGES, type ApiError, type ErrorCode } from '@app/shared';

export type LambdaHandler = (event: APIGatewayProxyEventV2) => Promise<unknown>;

/** One `httpApi` event of serverless.yml: a method and path template, or '*' (the $default route). */
export interface GatewayRoute {
  method: string;
  path: string;
  /** The function (serverless.yml key) the route invokes. */
  fn: string;
}

/** provider.httpApi.cors of serverless.yml, as resolved for the stage. */
export interface CorsSettings {
  allowedOrigins: string[];
  allowedHeaders: string[];
  allowedMethods: string[];
  maxAge?: number;
}

export interface GatewayOptions {
  routes: GatewayRoute[];
  /** Loads a function's handler (a cold start); a rejection answers like a function that failed to load. */
  handlerOf(fn: string): Promise<LambdaHandler>;
  cors?: CorsSettings;
  /** Called with what a failed function threw: printed on the server, never sent to the client. */
  onFunctionError?(fn: string, error: unknown): void;
}

/** API Gateway's own limit on a request's payload. */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

interface Compiled extends GatewayRoute {
  routeKey: string;
  pattern?: RegExp;
  names: string[];
  /** Literal segments rank above {parameters}, as API Gateway picks the most specific route. */
  rank: number[];
}

function compile(route: GatewayRoute): Compiled {
  if (route.path === '*') return { ...route, routeKey: '$default', names: [], rank: [] };
  const names: string[] = [];
  const segments = route.path.split('/').filter(Boolean);
  const source = segments
    .map((s) => {
      const param = /^\{(\w+)\}$/.exec(s);
      if (param) names.push(param[1]);
      return param ? '([^/]+)' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { ...route, routeKey: `${route.method} ${route.path}`, pattern: new RegExp(`^/${source}/?$`), names, rank: segments.map((s) => (s.startsWith('{') ? 0 : 1)) };
}

const moreSpecific = (a: Compiled, b: Compiled) => {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i += 1) if ((a.rank[i] ?? 0) !== (b.rank[i] ?? 0)) return (b.rank[i] ?? 0) - (a.rank[i] ?? 0);
  return 0;
};

function jsonAnswer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** The API's own error shape, for what the gateway itself answers (a function that failed, a payload too big). */
function apiError(res: ServerResponse, code: ErrorCode, status: number, headers: Record<string, string> = {}): void {
  jsonAnswer(res, status, { error: { code, message: ERROR_MESSAGES[code] } } satisfies ApiError, headers);
}

async function readPayload(req: IncomingMessage): Promise<Buffer | 'tooLarge'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) return 'tooLarge';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Headers as API Gateway hands them over: names in lower case, repeated ones joined with commas. */
function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase();
    headers[name] = headers[name] === undefined ? req.rawHeaders[i + 1] : `${headers[name]},${req.rawHeaders[i + 1]}`;
  }
  return headers;
}

function queryOf(search: URLSearchParams): Record<string, string> | undefined {
  const query: Record<string, string> = {};
  for (const [name, value] of search) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  return Object.keys(query).length ? query : undefined;
}

/** CORS as API Gateway applies an HTTP API's configuration: only the listed origins hear back. */
function corsHeaders(cors: CorsSettings | undefined, origin: string | undefined): Record<string, string> {
  if (!cors || !origin || !(cors.allowedOrigins.includes(origin) || cors.allowedOrigins.includes('*'))) return {};
  return { 'access-control-allow-origin': origin, vary: 'origin' };
}

function preflight(res: ServerResponse, cors: CorsSettings | undefined, req: IncomingMessage): void {
  const allowed = corsHeaders(cors, req.headers.origin);
  const method = String(req.headers['access-control-request-method'] ?? '').toUpperCase();
  const headers: Record<string, string> =
    allowed['access-control-allow-origin'] && cors && cors.allowedMethods.includes(method)
      ? {
          ...allowed,
          'access-control-allow-methods': cors.allowedMethods.join(','),
          'access-control-allow-headers': cors.allowedHeaders.join(',').toLowerCase(),
          ...(cors.maxAge !== undefined ? { 'access-control-max-age': String(cors.maxAge) } : {}),
        }
      : {};
  res.writeHead(204, headers);
  res.end();
}

/** Whether a function's answer is a result API Gateway can turn into a response. */
function isResult(value: unknown): value is APIGatewayProxyStructuredResultV2 & { statusCode: number } {
  const r = value as APIGatewayProxyStructuredResultV2 | undefined;
  return typeof r === 'object' && r !== null && Number.isInteger(r.statusCode) && (r.body === undefined || typeof r.body === 'string');
}

/** Starts the gateway on 127.0.0.1:port. */
export function startGateway(port: number, options: GatewayOptions): Promise<Server> {
  const routes = options.routes.map(compile);
  const fallback = routes.find((r) => r.routeKey === '$default');
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // A client that hung up mid-body, or a bug here: never the process's end.
      options.onFunctionError?.('gateway', error);
      if (!res.headersSent) apiError(res, 'internal', 500);
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS' && options.cors) return preflight(res, options.cors, req);
    const cors = corsHeaders(options.cors, req.headers.origin);
    const payload = await readPayload(req);
    if (payload === 'tooLarge') return apiError(res, 'payload_too_large', 413, cors);

    let params: Record<string, string> = {};
    const route =
      routes
        .filter((r) => r.pattern && r.method === method)
        .map((r) => ({ r, m: r.pattern!.exec(url.pathname) }))
        .filter((x) => x.m)
        .sort((a, b) => moreSpecific(a.r, b.r))
        .map(({ r, m }) => ((params = Object.fromEntries(r.names.map((n, i) => [n, m![i + 1]]))), r))[0] ?? fallback;
    if (!route) return apiError(res, 'not_found', 404, cors);

    const headers = headersOf(req);
    const now = new Date();
    const event = {
      version: '2.0',
      routeKey: route.routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      cookies: headers.cookie?.split(';').map((c) => c.trim()),
      headers,
      queryStringParameters: queryOf(url.searchParams),
      pathParameters: route.names.length ? params : undefined,
      // The bytes as they came: the function decides what is text (and refuses what is not UTF-8).
      body: payload.length ? payload.toString('base64') : undefined,
      isBase64Encoded: payload.length > 0,
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        domainName: headers.host ?? '127.0.0.1',
        domainPrefix: 'local',
        http: { method, path: url.pathname, protocol: `HTTP/${req.httpVersion}`, sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
        requestId: randomUUID(),
        routeKey: route.routeKey,
        stage: '$default',
        time: now.toUTCString(),
        timeEpoch: now.getTime(),
      },
    } as unknown as APIGatewayProxyEventV2;

    let result: unknown;
    try {
      result = await (await options.handlerOf(route.fn))(event);
    } catch (error) {
      // A function that failed to load or threw: 500 in the API's error shape, the details on the server only.
      options.onFunctionError?.(route.fn, error);
      return apiError(res, 'internal', 500, cors);
    }
    if (!isResult(result)) {
      options.onFunctionError?.(route.fn, new Error('the function answered something that is not an HTTP result'));
      return apiError(res, 'internal', 502, cors);
    }
    const out: Record<string, string | string[]> = { ...(result.headers as Record<string, string>), ...cors };
    if (result.cookies?.length) out['set-cookie'] = result.cookies;
    res.writeHead(result.statusCode, out);
    res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
