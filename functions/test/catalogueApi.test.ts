// Residents browse the catalogue: list, filter, search, page and read items through the handler.
import { ApiErrorSchema, ListServiceItemsResponse, ServiceItemSchema } from '@app/shared';
import { handler } from '../src/handlers/catalogue';
import { demoItems } from '../local/demoData';
import { call } from './support/http';
import { useFreshTable } from './support/stack';

beforeAll(() => useFreshTable({ seed: true }));

const list = (query: Record<string, string> = {}) => call(handler, { path: '/catalogue/items', query });

test('anyone can list the whole catalogue, sorted by item code, every item free of charge', async () => {
  const { status, body } = await list({ limit: '100' });
  expect(status).toBe(200);
  const parsed = ListServiceItemsResponse.parse(body);
  expect(parsed.items).toHaveLength(demoItems.length);
  const codes = parsed.items.map((i) => i.code);
  expect(codes).toEqual([...codes].sort());
  expect(parsed.items.every((i) => i.fee.amount === 0 && i.fee.note === '免费')).toBe(true);
});

test('a resident narrows the list to the enterprise-establishment scope', async () => {
  const { body } = await list({ scope: 'enterpriseEstablishment' });
  expect(body.items.length).toBe(demoItems.filter((i) => i.scope === 'enterpriseEstablishment').length);
  expect(body.items.every((i: { scope: string }) => i.scope === 'enterpriseEstablishment')).toBe(true);
});

test('filters by department and by level', async () => {
  const dept = demoItems[0].departmentId;
  const byDept = await list({ departmentId: dept });
  expect(byDept.body.items.map((i: { id: string }) => i.id).sort()).toEqual(demoItems.filter((i) => i.departmentId === dept).map((i) => i.id).sort());
  const byLevel = await list({ level: 'district', scope: 'livelihood' });
  expect(byLevel.body.items.every((i: { level: string; scope: string }) => i.level === 'district' && i.scope === 'livelihood')).toBe(true);
});

test('a resident searches by words of the item name, its department or its keywords', async () => {
  const target = demoItems.find((i) => i.scope === 'livelihood')!;
  const word = Array.from(target.name).slice(0, 2).join('');
  const { body } = await list({ q: word });
  expect(body.items.map((i: { id: string }) => i.id)).toContain(target.id);
  const none = await list({ q: '不存在的事项名称' });
  expect(none.body.items).toEqual([]);
});

test('pages through the catalogue with a cursor, each item exactly once', async () => {
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const { status, body } = await list({ limit: '7', ...(cursor ? { cursor } : {}) });
    expect(status).toBe(200);
    seen.push(...body.items.map((i: { id: string }) => i.id));
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor && pages < 20);
  expect(seen).toHaveLength(demoItems.length);
  expect(new Set(seen).size).toBe(demoItems.length);
  expect(pages).toBe(Math.ceil(demoItems.length / 7));
});

test('item detail shows the department, the materials, the commitment deadline and that it is free', async () => {
  const item = demoItems.find((i) => i.materials.length > 0)!;
  const { status, body } = await call(handler, { path: `/catalogue/items/${item.id}` });
  expect(status).toBe(200);
  expect(ServiceItemSchema.parse(body)).toEqual(item);
  expect(body.departmentName).toBeTruthy();
  expect(body.commitmentDays).toBeGreaterThan(0);
});

describe('refusals', () => {
  const expectError = (answer: { status: number; body: unknown }, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(ApiErrorSchema.parse(answer.body).error.code).toBe(code);
  };

  test('an unknown item is 404', async () => {
    expectError(await call(handler, { path: '/catalogue/items/item-does-not-exist' }), 404, 'not_found');
  });

  test('an unknown scope is 400 with the zod issue on the query path', async () => {
    const answer = await list({ scope: 'tax' });
    expectError(answer, 400, 'validation_failed');
    expect(answer.body.error.issues[0].path).toEqual(['query', 'scope']);
  });

  test.each([
    [{ limit: '0' }],
    [{ limit: 'many' }],
    [{ limit: '101' }],
    [{ q: 'x'.repeat(41) }],
    [{ unexpected: '1' }],
    [{ cursor: 'not base64 !' }],
    [{ cursor: Buffer.from('{"a":1}').toString('base64url') }],
  ])('a bad query %j is 400', async (query) => {
    expectError(await list(query), 400, 'validation_failed');
  });

  test('an id with characters no id has is 400; a wrong method is 405; an unknown path is 404', async () => {
    expectError(await call(handler, { path: '/catalogue/items/%3Cscript%3E' }), 400, 'validation_failed');
    expectError(await call(handler, { method: 'DELETE', path: '/catalogue/items' }), 405, 'method_not_allowed');
    expectError(await call(handler, { path: '/catalogue/nothing' }), 404, 'not_found');
    expectError(await call(handler, { path: '/catalogue/items/%E0%A4%A' }), 404, 'not_found');
  });
});

describe('behind API Gateway', () => {
  test('a route named by routeKey is served even when a custom domain prefixes the path', async () => {
    const item = demoItems[0];
    const answer = await call(handler, { path: `/v1/catalogue/items/${item.id}`, routeKey: 'GET /catalogue/items/{id}' });
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe(item.id);
  });

  test('the $default route answers unknown paths 404 and wrong methods 405, in the error shape', async () => {
    const { handler: fallback } = await import('../src/handlers/fallback');
    const unknown = await call(fallback, { path: '/nothing/here' });
    expect(unknown.status).toBe(404);
    expect(ApiErrorSchema.parse(unknown.body).error.code).toBe('not_found');
    const wrongMethod = await call(fallback, { method: 'PUT', path: '/catalogue/items' });
    expect(wrongMethod.status).toBe(405);
  });
});
