// Request and response schemas at the edge, and the route table every handler, the app's client
// and serverless.yml read.
import * as z from 'zod';
import {
  FREE,
  FeeSchema,
  IdSchema,
  ListAgentsQuery,
  ListServiceItemsQuery,
  PathIdParams,
  PointCodeParams,
  ROUTES,
  Role,
  ServiceItemSchema,
  pathFor,
  type RouteDef,
} from '@app/shared';

describe('searching the catalogue (ListServiceItemsQuery)', () => {
  test('a bare query gets the default page size of 50', () => {
    expect(ListServiceItemsQuery.parse({})).toEqual({ limit: 50 });
  });

  test('the page size arrives as a query-string and is read as a number', () => {
    expect(ListServiceItemsQuery.parse({ limit: '20' }).limit).toBe(20);
    expect(ListServiceItemsQuery.parse({ limit: '1' }).limit).toBe(1);
    expect(ListServiceItemsQuery.parse({ limit: '100' }).limit).toBe(100);
  });

  test.each(['0', '101', '1.5', 'abc', '-5'])('a page size of "%s" is refused', (limit) => {
    expect(ListServiceItemsQuery.safeParse({ limit }).success).toBe(false);
  });

  test('an unknown query parameter is refused rather than silently ignored', () => {
    const result = ListServiceItemsQuery.safeParse({ q: '营业执照', sort: 'name' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].code).toBe('unrecognized_keys');
  });

  test('the search text is trimmed and must say something', () => {
    expect(ListServiceItemsQuery.parse({ q: '  企业开办  ' }).q).toBe('企业开办');
    expect(ListServiceItemsQuery.safeParse({ q: '' }).success).toBe(false);
    expect(ListServiceItemsQuery.safeParse({ q: '   ' }).success).toBe(false);
  });

  test('the search text is at most 40 characters', () => {
    expect(ListServiceItemsQuery.safeParse({ q: '办'.repeat(40) }).success).toBe(true);
    expect(ListServiceItemsQuery.safeParse({ q: '办'.repeat(41) }).success).toBe(false);
    expect(ListServiceItemsQuery.safeParse({ q: ` ${'a'.repeat(40)} ` }).success).toBe(true);
  });

  test('scope and level must be words of the vocabulary', () => {
    expect(ListServiceItemsQuery.parse({ scope: 'investmentApproval', level: 'park' })).toMatchObject({ scope: 'investmentApproval', level: 'park' });
    expect(ListServiceItemsQuery.safeParse({ scope: '投资项目审批' }).success).toBe(false);
    expect(ListServiceItemsQuery.safeParse({ level: 'province' }).success).toBe(false);
  });

  test('department ids and cursors cannot smuggle in other characters', () => {
    expect(ListServiceItemsQuery.safeParse({ departmentId: 'drc' }).success).toBe(true);
    expect(ListServiceItemsQuery.safeParse({ departmentId: 'drc#1' }).success).toBe(false);
    expect(ListServiceItemsQuery.safeParse({ cursor: 'eyJwayI6IngifQ' }).success).toBe(true);
    expect(ListServiceItemsQuery.safeParse({ cursor: 'eyJ=' }).success).toBe(false);
    expect(ListServiceItemsQuery.safeParse({ cursor: 'a'.repeat(1025) }).success).toBe(false);
  });
});

describe('ids', () => {
  test.each(['01J9Z8X7W6V5T4S3R2Q1P0N9M8', 'drc', 'sxl-centre', 'a_b'])('%s is an id', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });
  test.each(['', 'a/b', 'a b', '办件', 'x'.repeat(65)])('"%s" is not an id', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
});

describe('the fee: delegated service is free by policy', () => {
  test('only a fee of 0 marked 免费 is admitted', () => {
    expect(FeeSchema.parse({ amount: 0, note: '免费' })).toEqual(FREE);
    expect(FeeSchema.parse(FREE)).toEqual({ amount: 0, note: '免费' });
  });

  test.each([
    ['a charge', { amount: 10, note: '免费' }],
    ['a charge without a note', { amount: 50 }],
    ['a free fee labelled otherwise', { amount: 0, note: '工本费' }],
    ['a fee as text', { amount: '0', note: '免费' }],
    ['no fee at all', undefined],
  ])('%s is refused', (_what, fee) => {
    expect(FeeSchema.safeParse(fee).success).toBe(false);
  });

  test('a service item that charges cannot enter the catalogue', () => {
    const item = {
      id: 'qykb-001',
      code: '11150203MB1234567X',
      name: '企业设立登记',
      scope: 'enterpriseEstablishment',
      level: 'district',
      departmentId: 'market',
      departmentName: '区市场监督管理局',
      summary: '',
      serviceKinds: ['handleOnBehalf'],
      serviceModes: ['appointment'],
      materials: [],
      commitmentDays: 3,
      fee: FREE,
      keywords: ['营业执照'],
    };
    expect(ServiceItemSchema.safeParse(item).success).toBe(true);
    expect(ServiceItemSchema.safeParse({ ...item, fee: { amount: 100, note: '免费' } }).success).toBe(false);
  });
});

describe('listing agents needs exactly one unit', () => {
  test('a department or a service point, not both and not neither', () => {
    expect(ListAgentsQuery.safeParse({ departmentId: 'drc' }).success).toBe(true);
    expect(ListAgentsQuery.safeParse({ servicePointId: 'sxl-centre' }).success).toBe(true);
    expect(ListAgentsQuery.safeParse({}).success).toBe(false);
    expect(ListAgentsQuery.safeParse({ departmentId: 'drc', servicePointId: 'sxl-centre' }).success).toBe(false);
  });
});

const routes = Object.entries(ROUTES) as [string, RouteDef][];
const placeholders = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('the route table', () => {
  test('no two routes share a method and path', () => {
    const keys = routes.map(([, r]) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each(routes)('%s has a clean absolute path', (_id, route) => {
    expect(route.path.startsWith('/')).toBe(true);
    // Lower-case segments or placeholders; a document may end in its extension (/openapi.json).
    expect(route.path).toMatch(/^(\/([a-z0-9-]+|\{\w+\}))+(\.json)?$/);
  });

  test.each(routes.filter(([, r]) => placeholders(r.path).length > 0))('%s declares a params schema naming its placeholders', (_id, route) => {
    expect(route.params).toBeDefined();
    const shape = (route.params as z.ZodObject).shape;
    expect(Object.keys(shape).sort()).toEqual(placeholders(route.path).sort());
  });

  test.each(routes.filter(([, r]) => placeholders(r.path).length === 0))('%s has no placeholders and no params schema', (_id, route) => {
    expect(route.params).toBeUndefined();
  });

  test('reads never take a body', () => {
    for (const [, route] of routes) if (route.method === 'GET') expect(route.body).toBeUndefined();
  });

  test('access lists name only roles of the vocabulary', () => {
    for (const [, route] of routes) {
      if (Array.isArray(route.access)) {
        expect(route.access.length).toBeGreaterThan(0);
        for (const role of route.access) expect(Role.values).toContain(role);
      } else {
        expect(['public', 'signedIn', 'channelKey']).toContain(route.access);
      }
    }
  });

  test('only the bureau reads the staffing report', () => {
    expect(ROUTES.staffingReport.access).toEqual(['bureau']);
  });

  test('the demo sign-in exists only on the local stack', () => {
    expect(routes.filter(([, r]) => r.localOnly).map(([id]) => id).sort()).toEqual(['devLogin', 'listDemoUsers']);
  });

  test('path params reject what a path segment cannot carry', () => {
    expect(PathIdParams.safeParse({ id: 'drc' }).success).toBe(true);
    expect(PathIdParams.safeParse({ id: 'drc', extra: '1' }).success).toBe(false);
    expect(PointCodeParams.safeParse({ code: 'SXL01' }).success).toBe(true);
    expect(PointCodeParams.safeParse({ code: 'SXL-01' }).success).toBe(false);
    expect(PointCodeParams.safeParse({ code: 'A'.repeat(33) }).success).toBe(false);
  });
});

describe('pathFor', () => {
  test('fills a template with its params', () => {
    expect(pathFor(ROUTES.getServiceItem.path, { id: 'qykb-001' })).toBe('/catalogue/items/qykb-001');
    expect(pathFor(ROUTES.getServicePointByCode.path, { code: 'SXL01' })).toBe('/network/point-codes/SXL01');
  });

  test('encodes what would otherwise break the path', () => {
    expect(pathFor('/catalogue/items/{id}', { id: 'a/b c?d#e' })).toBe('/catalogue/items/a%2Fb%20c%3Fd%23e');
    expect(pathFor('/catalogue/items/{id}', { id: '企业' })).toBe('/catalogue/items/%E4%BC%81%E4%B8%9A');
  });

  test('leaves a path without placeholders as it is', () => {
    expect(pathFor(ROUTES.listServiceItems.path)).toBe('/catalogue/items');
  });

  test('fills several placeholders and ignores extra params', () => {
    expect(pathFor('/cases/{caseId}/subtasks/{taskId}', { caseId: 'c1', taskId: 't2', other: 'x' })).toBe('/cases/c1/subtasks/t2');
  });

  test('a missing param is an error, not "undefined" in the path', () => {
    expect(() => pathFor('/catalogue/items/{id}', {})).toThrow('missing path parameter id');
    expect(() => pathFor('/catalogue/items/{id}')).toThrow(/missing path parameter/);
  });
});
