// The OpenAPI document: generated from the route table and the shared zod schemas, valid OpenAPI 3.1
// by a maintained validator (@seriousme/openapi-schema-validator, run offline with its bundled
// schemas), committed as docs/openapi.json without drift, and served at GET /openapi.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RATE_LIMITS, REFUSAL_REASONS, REFUSAL_VOCABULARIES, ROUTES, refusalSentence, type RouteDef } from '@app/shared';
import { buildOpenApiDocument, openApiJson } from '../../shared/src/api/openapi';
import { handler as meta, openApiDocument as servedDocument } from '../src/handlers/meta';
import { call } from './support/http';

const COMMITTED = resolve(__dirname, '..', '..', 'docs', 'openapi.json');
// The package is ESM-only; its CLI runs it in a plain Node process (jest here loads CommonJS).
const VALIDATOR_CLI = require.resolve('@seriousme/openapi-schema-validator/bin/validate-api-cli.js');

type Operation = Record<string, any>;
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>>; components: Record<string, any>; tags: { name: string }[] };

function validate(document: unknown): { valid: boolean; errors?: unknown } {
  const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  try {
    return JSON.parse(execFileSync(process.execPath, [VALIDATOR_CLI, file], { encoding: 'utf8' }));
  } catch (error) {
    // The CLI exits 1 on an invalid document, with its verdict on stdout.
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout);
  }
}

const routes = (Object.entries(ROUTES) as [string, RouteDef][]).filter(([, def]) => !def.localOnly);
const doc = buildOpenApiDocument() as unknown as Doc;
const operationOf = (def: RouteDef): Operation | undefined => doc.paths[def.path]?.[def.method.toLowerCase()];

test('the generated document is valid OpenAPI 3.1 to the validator, which does reject a broken one', () => {
  expect(doc.openapi).toBe('3.1.0');
  const verdict = validate(doc);
  expect(verdict.errors).toBeUndefined();
  expect(verdict.valid).toBe(true);
  // The validator is not a rubber stamp: an operation without responses and a bad security type fail.
  const broken = JSON.parse(JSON.stringify(doc));
  delete broken.paths['/cases'].post.responses;
  broken.components.securitySchemes.sessionToken.type = 'password';
  expect(validate(broken).valid).toBe(false);
});

test('docs/openapi.json is exactly the generated document', () => {
  const committed = readFileSync(COMMITTED, 'utf8');
  if (committed !== openApiJson()) throw new Error('docs/openapi.json is out of date with the route table or the schemas: run `npm run openapi` and commit it');
  // The meta function serves the build-time copy (functions/src/meta/openApiDocument.ts).
  if (JSON.stringify(servedDocument(), null, 2) + '\n' !== committed) throw new Error('functions/src/meta/openApiDocument.ts is out of date: run `npm run openapi` and commit it');
  expect(validate(JSON.parse(committed)).valid).toBe(true);
});

test('every route but the local stack’s own is an operation, with its id, tag, security and error shape', () => {
  const missing = routes.filter(([, def]) => !operationOf(def)).map(([id]) => id);
  expect(missing).toEqual([]);
  const operations = Object.values(doc.paths).flatMap((byMethod) => Object.values(byMethod));
  expect(operations).toHaveLength(routes.length);
  for (const [id, def] of (Object.entries(ROUTES) as [string, RouteDef][]).filter(([, d]) => d.localOnly)) {
    expect([id, operationOf(def)]).toEqual([id, undefined]);
  }
  for (const [id, def] of routes) {
    const op = operationOf(def)!;
    expect(op.operationId).toBe(id);
    expect(op.tags).toEqual([def.group]);
    expect(doc.tags.map((t) => t.name)).toContain(def.group);
    const expectedSecurity = def.access === 'channelKey' ? [{ channelApiKey: [] }] : def.access === 'public' ? [] : [{ sessionToken: [] }];
    expect([id, op.security]).toEqual([id, expectedSecurity]);
    expect(op.responses['404']).toEqual({ $ref: '#/components/responses/NotFound' });
    // Path template parameters are declared, required, one per {name}.
    const names = [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pathParams = (op.parameters ?? []).filter((p: Operation) => p.in === 'path');
    expect([id, pathParams.map((p: Operation) => [p.name, p.required])]).toEqual([id, names.map((n) => [n, true])]);
    // Idempotent creates take the Idempotency-Key header; nothing else does.
    const idem = (op.parameters ?? []).some((p: Operation) => p.$ref === '#/components/parameters/IdempotencyKey');
    expect([id, idem, op['x-idempotent'] === true]).toEqual([id, def.idempotent === true, def.idempotent === true]);
    expect([id, op.requestBody !== undefined]).toEqual([id, def.body !== undefined]);
  }
  expect(doc.components.securitySchemes.channelApiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
  expect(doc.components.responses.Conflict.content['application/json'].schema.allOf[0]).toEqual({ $ref: '#/components/schemas/ApiError' });
  expect(doc.components.schemas.ApiError.properties.error.properties.code.enum).toContain('validation_failed');
});

test('a 409 names its reason, and the document lists every reason with the sentence the app shows', () => {
  const conflict = doc.components.responses.Conflict.content['application/json'].schema;
  expect(conflict.allOf[1].properties.error).toMatchObject({ required: ['reason'], properties: { reason: { $ref: '#/components/schemas/RefusalReason' } } });
  const reasons = doc.components.schemas.RefusalReason;
  expect(reasons.enum).toEqual(REFUSAL_REASONS);
  for (const reason of REFUSAL_REASONS) expect([reason, reasons['x-sentences'][reason]]).toEqual([reason, refusalSentence(reason)]);
  expect(Object.keys(reasons['x-vocabularies'])).toEqual(Object.keys(REFUSAL_VOCABULARIES));
  for (const [id, def] of routes.filter(([, d]) => d.method !== 'GET')) expect([id, operationOf(def)!.responses['409']]).toEqual([id, { $ref: '#/components/responses/Conflict' }]);
});

test('every rate-limited route documents its numbers and its 429 with Retry-After', () => {
  for (const [id, def] of routes) {
    const limit = (RATE_LIMITS as Record<string, unknown>)[id] ?? undefined;
    const op = operationOf(def)!;
    expect([id, op['x-rate-limit'] && { requests: op['x-rate-limit'].requests, windowSeconds: op['x-rate-limit'].windowSeconds }]).toEqual([id, limit ?? undefined]);
    expect([id, op.responses['429']]).toEqual([id, limit ? { $ref: '#/components/responses/TooManyRequests' } : undefined]);
  }
  expect(doc.components.responses.TooManyRequests.headers['Retry-After'].schema).toMatchObject({ type: 'integer' });
});

test('requests are described as clients send them, answers as the API gives them', () => {
  // channel has a default: a client may leave it out.
  const create = doc.components.schemas.CreateCaseRequest;
  expect(create.required).not.toContain('channel');
  expect(create.required).toEqual(expect.arrayContaining(['kind', 'itemId', 'applicant']));
  // Query parameters with a default are optional; the inbox view is one of three.
  const inbox = operationOf(ROUTES.agentInbox)!;
  const view = inbox.parameters.find((p: Operation) => p.name === 'view');
  expect(view).toMatchObject({ in: 'query', required: false, schema: { enum: ['mine', 'department', 'servicePoint'] } });
  // The channel progress never carries the whole phone.
  const progress = doc.components.schemas.ChannelCaseProgressSchema;
  expect(Object.keys(progress.properties.applicant.properties).sort()).toEqual(['name', 'phoneMasked']);
});

test('GET /openapi.json serves the document, publicly', async () => {
  const answer = await call(meta, { path: '/openapi.json', routeKey: 'GET /openapi.json' });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.body).toEqual(JSON.parse(openApiJson()));
  expect((await call(meta, { method: 'POST', path: '/openapi.json' })).status).toBe(405);
});
