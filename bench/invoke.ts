// Calls a Lambda handler in this process with an API Gateway HTTP API (payload v2) event, as
// functions/test/support/http.ts does, and times the handler alone.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Call {
  method?: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** The handler's own time, from the event to its result. */
  ms: number;
}

export function eventOf(c: Call): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = { ...(c.headers ?? {}) };
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  const body = c.body === undefined ? undefined : JSON.stringify(c.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: c.path,
    rawQueryString: new URLSearchParams(c.query ?? {}).toString(),
    headers,
    queryStringParameters: c.query && Object.keys(c.query).length ? c.query : undefined,
    body,
    isBase64Encoded: false,
    requestContext: {
      http: { method: c.method ?? 'GET', path: c.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: `bench-${Math.random().toString(36).slice(2)}`,
      routeKey: '$default',
      stage: '$default',
      timeEpoch: Date.now(),
    },
  } as unknown as APIGatewayProxyEventV2;
}

export async function invoke(handler: Handler, c: Call): Promise<Answer> {
  const event = eventOf(c);
  const started = process.hrtime.bigint();
  const result = await handler(event);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { status: result.statusCode ?? 200, body: result.body ? JSON.parse(result.body) : undefined, ms };
}
