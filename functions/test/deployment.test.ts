// serverless.yml agrees with the code: every route of the shared table is deployed to the
// function of its group, the table has the GSIs of the shared definition, and the development
// login is off in every stage but the local one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROUTES, type RouteDef } from '@app/shared';
import { parse } from 'yaml';
import { INDEXES, TABLE_DEFINITION } from '../src/lib/tableDefinition';

// CloudFormation short-form tags (!Ref, !GetAtt, !Join) read as plain values.
const cfnTags = ['Ref', 'GetAtt', 'Join', 'Sub'].flatMap((name) =>
  [undefined, 'seq' as const].map((collection) => ({ tag: `!${name}`, collection, resolve: (v: unknown) => ({ [name]: v }) })),
);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc: any = parse(readFileSync(path.join(__dirname, '../../serverless.yml'), 'utf8'), { customTags: cfnTags as never });

test('every route of the shared route table is deployed, and nothing else', () => {
  const { fallback, notifier, deadlines, ...routed } = doc.functions;
  expect(deadlines.events).toEqual([{ schedule: 'rate(1 hour)' }]);
  expect(fallback.events).toEqual([{ httpApi: '*' }]);
  expect(notifier.events.map((e: object) => Object.keys(e)[0])).toEqual(['stream', 'schedule']);
  const deployed = Object.entries(routed).flatMap(([fn, def]) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (def as any).events.map((e: any) => `${fn} ${e.httpApi.method} ${e.httpApi.path}`),
  );
  const declared = (Object.values(ROUTES) as RouteDef[]).map((r) => `${r.group} ${r.method} ${r.path}`);
  expect(deployed.sort()).toEqual(declared.sort());
  for (const fn of Object.keys(doc.functions)) expect(doc.functions[fn].handler).toBe(`functions/src/handlers/${fn}.handler`);
});

test('the table has the shared key schema and GSIs, on demand, with point-in-time recovery', () => {
  const table = doc.resources.Resources.Table.Properties;
  expect(table.BillingMode).toBe('PAY_PER_REQUEST');
  expect(table.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
  expect(table.KeySchema.map((k: { AttributeName: string }) => k.AttributeName)).toEqual([TABLE_DEFINITION.keySchema.partition, TABLE_DEFINITION.keySchema.sort]);
  expect(table.GlobalSecondaryIndexes.map((i: { IndexName: string }) => i.IndexName)).toEqual([...INDEXES]);
  for (const index of table.GlobalSecondaryIndexes) {
    const expected = TABLE_DEFINITION.indexes[index.IndexName as (typeof INDEXES)[number]];
    expect(index.KeySchema.map((k: { AttributeName: string }) => k.AttributeName)).toEqual([expected.partition, expected.sort]);
  }
  expect(table.TimeToLiveSpecification.AttributeName).toBe(TABLE_DEFINITION.ttlAttribute);
});

test('the materials bucket is private', () => {
  const bucket = doc.resources.Resources.MaterialsBucket.Properties;
  expect(Object.values(bucket.PublicAccessBlockConfiguration).every((v) => v === true)).toBe(true);
  expect(bucket.CorsConfiguration.CorsRules[0].AllowedMethods).toEqual(expect.arrayContaining(['POST', 'PUT']));
  expect(bucket.CorsConfiguration.CorsRules[0].AllowedOrigins).not.toContain('*');
});

test('the development login is on only in the local stage', () => {
  expect(doc.params.default.devLogin).toBe('off');
  const on = Object.entries(doc.params).filter(([, p]) => (p as { devLogin?: string }).devLogin === 'on').map(([stage]) => stage);
  expect(on).toEqual(['local']);
  expect(doc.provider.environment.DEV_LOGIN).toBe('${param:devLogin}');
});

test('deployed stages read their secrets from Secrets Manager, not from the template', () => {
  expect(doc.params.default.sessionSecret).toBe('');
  expect(doc.params.default.wechatAppSecret).toBe('');
  expect(doc.params.default.appSecretId).toBe('daiban/${sls:stage}/app');
  for (const [stage, p] of Object.entries(doc.params)) {
    if (stage === 'default' || stage === 'local') continue;
    expect(p).not.toHaveProperty('sessionSecret');
    expect(p).not.toHaveProperty('appSecretId');
  }
});

test('the API is throttled per stage and, tighter, per route; every throttled route exists', () => {
  const stage = doc.resources.extensions.HttpApiStage.Properties;
  expect(stage.DefaultRouteSettings.ThrottlingRateLimit).toBe('${param:throttleRate}');
  expect(stage.DefaultRouteSettings.ThrottlingBurstLimit).toBe('${param:throttleBurst}');
  const routes = new Set((Object.values(ROUTES) as RouteDef[]).map((r) => `${r.method} ${r.path}`));
  const settings = Object.entries(stage.RouteSettings) as [string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }][];
  expect(settings.length).toBeGreaterThanOrEqual(6);
  for (const [key, limit] of settings) {
    expect(routes).toContain(key);
    expect(limit.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(limit.ThrottlingBurstLimit).toBeGreaterThanOrEqual(limit.ThrottlingRateLimit);
  }
  // Every create that phones retry (idempotent) has its own, tighter limit.
  const creates = (Object.values(ROUTES) as RouteDef[]).filter((r) => r.idempotent).map((r) => `${r.method} ${r.path}`);
  for (const create of creates) expect(Object.keys(stage.RouteSettings)).toContain(create);
  for (const stageName of Object.keys(doc.params).filter((s) => s !== 'local')) {
    const p = { ...doc.params.default, ...doc.params[stageName] };
    for (const [, limit] of settings) expect(limit.ThrottlingRateLimit).toBeLessThanOrEqual(Number(p.throttleRate));
  }
});

test('materials expire three years after upload; incomplete uploads after a day', () => {
  const rules = doc.resources.Resources.MaterialsBucket.Properties.LifecycleConfiguration.Rules;
  const retention = rules.find((r: { Id: string }) => r.Id === 'materials-retention');
  expect(retention).toMatchObject({ Status: 'Enabled', Prefix: 'cases/', ExpirationInDays: '${param:materialsRetentionDays}' });
  expect(doc.params.default.materialsRetentionDays).toBe(1095);
  expect(rules.find((r: { Id: string }) => r.Id === 'abort-incomplete-uploads').AbortIncompleteMultipartUpload.DaysAfterInitiation).toBe(1);
});
