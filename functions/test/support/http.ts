// Calls a Lambda handler the way API Gateway's HTTP API (payload v2) does.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Call {
  method?: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** A raw body string, sent as is (for malformed JSON). */
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  /** API Gateway's route key, e.g. 'GET /catalogue/items/{id}'; '$default' when absent. */
  routeKey?: string;
  /** The body as bytes, base64-encoded the way API Gateway passes a binary body (isBase64Encoded). */
  bodyBytes?: Buffer;
  /** null: send the body without a Content-Type header (by default JSON bodies get application/json). */
  contentType?: string | null;
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

/** The API Gateway HTTP API (payload v2) event of a call. */
export function apiEvent(c: Call): APIGatewayProxyEventV2 {
  const method = c.method ?? 'GET';
  const headers: Record<string, string> = { ...(c.headers ?? {}) };
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  const body = c.bodyBytes ? c.bodyBytes.toString('base64') : (c.rawBody ?? (c.body === undefined ? undefined : JSON.stringify(c.body)));
  if (typeof c.contentType === 'string') headers['content-type'] = c.contentType;
  else if (c.contentType === undefined && body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  return {
    version: '2.0',
    routeKey: c.routeKey ?? '$default',
    rawPath: c.path,
    rawQueryString: new URLSearchParams(c.query ?? {}).toString(),
    headers,
    queryStringParameters: c.query && Object.keys(c.query).length ? c.query : undefined,
    body,
    isBase64Encoded: c.bodyBytes !== undefined,
    requestContext: {
      http: { method, path: c.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: '$default',
      stage: '$default',
      timeEpoch: Date.now(),
    },
  } as unknown as APIGatewayProxyEventV2;
}

export async function call<T = any>(handler: Handler, c: Call): Promise<Answer<T>> {
  const event = apiEvent(c);
  const result = await handler(event);
  return {
    status: result.statusCode ?? 200,
    body: result.body ? JSON.parse(result.body) : undefined,
    headers: (result.headers ?? {}) as Record<string, string>,
  };
}

/** A fixture step that must succeed: its body, or an error naming the step and what came back. */
export function ok<T = any>(what: string, answer: Answer<T>): T {
  if (answer.status !== 200) throw new Error(`fixture ${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
