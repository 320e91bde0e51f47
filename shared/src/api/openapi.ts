// The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas (zod's own
// JSON Schema conversion: request parts as the client sends them, responses as the API answers).
// Only the Lambda functions and scripts import this module, by path: it is not exported from the
// package index, so the mini-program's bundle never carries it.
import * as z from 'zod/mini';
import * as shared from '../index';
import { ApiErrorSchema, ERROR_STATUS, type ErrorCode } from '../errors';
import { REFUSAL_SENTENCES, REFUSAL_VOCABULARIES } from '../refusals';
import { CHANNEL_API_KEY_HEADER, IdempotencyKeySchema } from '../schemas/common';
import { RATE_LIMITS, type RateLimit } from './rateLimits';
import { ROUTES, type RouteDef, type RouteGroup, type RouteId } from './routes';
import { ROUTE_SUMMARIES } from './summaries';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

export const OPENAPI_VERSION = '3.1.0';
export const API_VERSION = '1.0.0';

const TAGS: Record<RouteGroup, string> = {
  catalogue: 'Service items (事项清单) and their administration',
  network: 'Departments, service points (服务站点) and agents',
  identity: 'Sign-in and the signed-in user',
  cases: 'Cases (办件): entrustment, lifecycle actions, inboxes',
  materials: 'Materials (申请材料): uploads, commitments, reviews',
  bookings: 'Appointments (预约) at service points',
  notices: 'In-app notices and WeChat subscriptions',
  supervision: 'Supervision (督查考评): figures, scorecard, rectifications',
  opinions: 'Opinions (意见建议与投诉)',
  meta: 'This document',
  channels: 'Other channels (政务服务网, 12345 热线): API keys, entrustment on behalf of callers, claims',
  calendar: 'The official working-day calendar (节假日安排) the bureau publishes',
  queue: 'Walk-in queues (取号叫号): numbers, window calls, the hall display',
  posters: 'Printable QR posters of service points (网点二维码)',
  staff: 'Staff accounts (人员管理): invitation codes, unbinding, moving and signing out agents',
};

/** Locale-independent order, so every machine writes the same file. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every zod schema the shared package exports by name: those become named components. */
function exportedNames(): Map<z.core.$ZodType, string> {
  const names = new Map<z.core.$ZodType, string>();
  // Sorted: an ES module namespace lists names alphabetically, CommonJS in definition order; two
  // names for one schema (an alias) must pick the same one either way.
  for (const [name, value] of Object.entries(shared).sort(([a], [b]) => byCodePoint(a, b))) {
    if (value instanceof z.core.$ZodType && !names.has(value)) names.set(value, name);
  }
  return names;
}

function toSchema(schema: z.core.$ZodType, io: Io): JsonSchema {
  // Transforms and refinements have no JSON Schema form: they describe as "any value" of their input.
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline', cycles: 'throw' }) as JsonSchema;
  delete json.$schema;
  return json;
}

const errorResponse = (description: string, schema: JsonSchema = { $ref: '#/components/schemas/ApiError' }) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Every refusal reason with its sentence and vocabulary: what a 409's `error.reason` may be. */
function refusalReasonSchema(): JsonSchema {
  return {
    type: 'string',
    description:
      'Why the request was refused. Every 409 names one; the mini-program shows its sentence (x-sentences). ' +
      'Reasons come from one vocabulary per capability (x-vocabularies); a client meeting a reason it does not know shows the message.',
    enum: Object.keys(REFUSAL_SENTENCES),
    'x-sentences': REFUSAL_SENTENCES,
    'x-vocabularies': Object.fromEntries(Object.entries(REFUSAL_VOCABULARIES).map(([name, v]) => [name, [...v.values]])),
  };
}

/** A 409: the error shape with its reason required. */
const CONFLICT_SCHEMA: JsonSchema = {
  allOf: [
    { $ref: '#/components/schemas/ApiError' },
    { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['reason'], properties: { reason: { $ref: '#/components/schemas/RefusalReason' } } } } },
  ],
};

/** The error statuses a route can answer with, beyond 413/415/5xx which every route may. */
function errorStatuses(def: RouteDef): ErrorCode[] {
  const codes: ErrorCode[] = ['validation_failed'];
  if (def.access !== 'public') codes.push('unauthenticated');
  if (Array.isArray(def.access)) codes.push('forbidden');
  codes.push('not_found');
  if (def.method !== 'GET') codes.push('conflict');
  return codes;
}

/** Shared error answers (components.responses), by status. */
const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'Invalid request (issues name the parts)' },
  401: { name: 'Unauthenticated', description: 'Not signed in, or no valid key' },
  403: { name: 'Forbidden', description: 'The caller may not do this' },
  404: { name: 'NotFound', description: 'No such resource for this caller' },
  409: { name: 'Conflict', description: 'Refused: a stale version, a step the case does not allow now, a reused idempotency key …; error.reason names which (RefusalReason)' },
};

/** Parameters from an object schema: one per property, in path or query. */
function parametersOf(schema: z.core.$ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

/** Builds the OpenAPI 3.1 document of every route but the local stack's own. */
export function buildOpenApiDocument(): JsonSchema {
  const names = exportedNames();
  const components: Record<string, JsonSchema> = { ApiError: toSchema(ApiErrorSchema, 'output'), RefusalReason: refusalReasonSchema() };
  const entries = (Object.entries(ROUTES) as [string, RouteDef][]).filter(([, def]) => !def.localOnly);

  // A named schema used both ways gets two components (Name for the answer, NameInput for the request).
  const uses = new Map<z.core.$ZodType, Set<Io>>();
  const use = (schema: z.core.$ZodType | undefined, io: Io) => {
    if (!schema || !names.has(schema)) return;
    uses.set(schema, (uses.get(schema) ?? new Set()).add(io));
  };
  for (const [, def] of entries) {
    use(def.body, 'input');
    use(def.response, 'output');
  }
  const ref = (schema: z.core.$ZodType, io: Io): JsonSchema => {
    const name = names.get(schema);
    if (!name) return toSchema(schema, io);
    const key = io === 'input' && uses.get(schema)?.has('output') ? `${name}Input` : name;
    components[key] ??= toSchema(schema, io);
    return { $ref: `#/components/schemas/${key}` };
  };

  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [id, def] of entries) {
    const parameters = [
      ...parametersOf(def.params, 'path'),
      ...parametersOf(def.query, 'query'),
      ...(def.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ];
    const responses: Record<string, JsonSchema> = {
      '200': { description: 'OK', content: { 'application/json': { schema: ref(def.response, 'output') } } },
    };
    for (const code of errorStatuses(def)) {
      const status = ERROR_STATUS[code];
      responses[String(status)] ??= { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
    }
    const limit = (RATE_LIMITS as Record<string, RateLimit | null | undefined>)[id];
    if (limit) responses['429'] = { $ref: '#/components/responses/TooManyRequests' };
    responses.default = { $ref: '#/components/responses/OtherError' };
    const operation: JsonSchema = {
      operationId: id,
      summary: ROUTE_SUMMARIES[id as RouteId],
      tags: [def.group],
      security: def.access === 'channelKey' ? [{ channelApiKey: [] }] : def.access === 'public' ? [] : [{ sessionToken: [] }],
      ...(Array.isArray(def.access) ? { 'x-roles': [...def.access] } : {}),
      ...(def.idempotent ? { 'x-idempotent': true } : {}),
      ...(limit ? { 'x-rate-limit': { ...limit, per: def.access === 'channelKey' ? 'apiKey' : 'user' } } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(def.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(def.body, 'input') } } } } : {}),
      responses,
    };
    (paths[def.path] ??= {})[def.method.toLowerCase()] = operation;
  }

  const groups = [...new Set(entries.map(([, def]) => def.group))];
  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: '代办帮办 API',
      version: API_VERSION,
      description:
        'The API of the district’s delegated and assisted government services (代办帮办). Errors always have the ApiError shape. ' +
        'Creates marked x-idempotent take an Idempotency-Key header: a retry with the same key returns the first answer. ' +
        'Write routes are limited per caller (x-rate-limit: requests per fixed window, by signed-in user or by API key); beyond it they answer 429 with Retry-After. ' +
        'A 409 always names its reason (RefusalReason). ' +
        `Channel systems (政务服务网, 12345 热线) authenticate with the ${CHANNEL_API_KEY_HEADER} header the bureau issues.`,
    },
    tags: groups.map((name) => ({ name, description: TAGS[name] })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => byCodePoint(a, b))),
      responses: {
        ...Object.fromEntries(Object.values(ERROR_RESPONSES).map(({ name, description }) => [name, errorResponse(description, name === 'Conflict' ? CONFLICT_SCHEMA : undefined)])),
        TooManyRequests: {
          ...errorResponse('The caller used this route more often than its x-rate-limit allows in the current window'),
          headers: { 'Retry-After': { description: 'Seconds until the window ends', schema: { type: 'integer', minimum: 1 } } },
        },
        OtherError: errorResponse('Any other error (413, 415, 502, 503 …), in the same shape'),
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'A key the client makes per create (8–64 of A–Z a–z 0–9 _ -); a retry sends the same one',
          schema: toSchema(IdempotencyKeySchema, 'input'),
        },
      },
      securitySchemes: {
        sessionToken: { type: 'http', scheme: 'bearer', description: 'The session token from POST /auth/wechat' },
        channelApiKey: { type: 'apiKey', in: 'header', name: CHANNEL_API_KEY_HEADER, description: 'A channel API key (dbk_…), issued by the bureau' },
      },
    },
  };
}

/** The document as committed in docs/openapi.json: two-space JSON and a final newline. */
export function openApiJson(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
