// The real deployment, as CloudFormation will see it: `serverless package` for the prod stage
// (China (Beijing)) and prod-nx (China (Ningxia)), offline and without AWS credentials, then checks
// on the compiled template: one least-privilege role per function whose grants are exactly the
// AWS calls its bundled code makes, no `*` resource on data, every ARN on the stack's partition
// (aws-cn), an Errors and a Throttles alarm per function, the table protected, the stream and the
// schedules wired, log retention set.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';
import { parse } from 'yaml';
import { logLine, logRecord } from '../src/lib/log';

const ROOT = path.join(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ACCESS: Record<string, Access> = require('../../deploy/access.js');

interface Access {
  table?: string[];
  indexes?: boolean;
  stream?: boolean;
  materials?: string[];
  kms?: string[];
  secrets?: boolean;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
interface Template {
  Resources: Record<string, { Type: string; Properties: Json; DependsOn?: string[]; DeletionPolicy?: string }>;
}
interface Packaged {
  stage: string;
  template: Template;
  region: string;
}

const STAGES = ['prod', 'prod-nx'] as const;
const packaged = new Map<string, Packaged>();
const dirs: string[] = [];

beforeAll(async () => {
  // No AWS credentials or profile reach the packaging: it must work offline.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
  Object.assign(env, { SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', AWS_SDK_LOAD_CONFIG: '0', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' });
  const started = Date.now();
  for (const stage of STAGES) {
    const dir = mkdtempSync(path.join(tmpdir(), `daiban-package-${stage}-`));
    dirs.push(dir);
    await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/serverless'), ['package', '--stage', stage, '--package', dir], { cwd: ROOT, env, maxBuffer: 16 << 20 });
    const template = JSON.parse(readFileSync(path.join(dir, 'cloudformation-template-update-stack.json'), 'utf8')) as Template;
    const state = JSON.parse(readFileSync(path.join(dir, 'serverless-state.json'), 'utf8'));
    packaged.set(stage, { stage, template, region: state.service.provider.region });
  }
  console.log(`deploy: packaged ${STAGES.join(' and ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const byType = (t: Template, type: string) => Object.entries(t.Resources).filter(([, r]) => r.Type === type);
const functionsOf = (t: Template) => byType(t, 'AWS::Lambda::Function');
const fnKey = (logicalId: string) => {
  const base = logicalId.replace(/LambdaFunction$/, '');
  return base.charAt(0).toLowerCase() + base.slice(1);
};

/** A Resource value as text: Fn::Sub as written, GetAtt as `${X.Attr}`, Join joined, Ref as `${X}`. */
function resourceText(value: Json): string {
  if (typeof value === 'string') return value;
  if (value['Fn::Sub'] !== undefined) return Array.isArray(value['Fn::Sub']) ? value['Fn::Sub'][0] : value['Fn::Sub'];
  if (value['Fn::GetAtt']) return `\${${value['Fn::GetAtt'].join('.')}}`;
  if (value.Ref) return `\${${value.Ref}}`;
  if (value['Fn::Join']) return value['Fn::Join'][1].map(resourceText).join(value['Fn::Join'][0]);
  throw new Error(`unexpected resource ${JSON.stringify(value)}`);
}
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: Json;
  Condition?: Json;
}
function statementsOf(t: Template, roleId: string): Statement[] {
  const role = t.Resources[roleId];
  return (role.Properties.Policies ?? []).flatMap((p: { PolicyDocument: { Statement: Statement[] } }) => p.PolicyDocument.Statement);
}
/** Every IAM identity policy statement of the template (roles, inline and managed policies). */
function allIamStatements(t: Template): Statement[] {
  return Object.values(t.Resources).flatMap((r) => {
    if (r.Type === 'AWS::IAM::Role') return (r.Properties.Policies ?? []).flatMap((p: Json) => p.PolicyDocument.Statement);
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy') return r.Properties.PolicyDocument.Statement;
    return [];
  });
}

const DATA_SERVICES = /^(dynamodb|s3|kms|secretsmanager):/;
// The only wildcards allowed in a data resource: a table's indexes, the cases/ prefix of the bucket.
const ALLOWED_WILDCARDS = [/^\$\{Table\.Arn\}\/index\/\*$/, /^\$\{MaterialsBucket\.Arn\}\/cases\/\*$/];
function wildcardDataResources(t: Template): string[] {
  const bad: string[] = [];
  for (const s of allIamStatements(t)) {
    const actions = list(s.Action);
    if (!actions.some((a) => DATA_SERVICES.test(a))) continue;
    for (const a of actions) if (a.includes('*')) bad.push(`action ${a}`);
    for (const r of list(s.Resource).map(resourceText)) {
      if (r.includes('*') && !ALLOWED_WILDCARDS.some((re) => re.test(r))) bad.push(r);
    }
  }
  return bad;
}

// ---- what each handler's code calls, read from its bundle (tree-shaken like the deployed one) ----

const SDK_CALLS: Record<string, string> = {
  GetCommand: 'dynamodb:GetItem',
  PutCommand: 'dynamodb:PutItem',
  UpdateCommand: 'dynamodb:UpdateItem',
  DeleteCommand: 'dynamodb:DeleteItem',
  QueryCommand: 'dynamodb:Query',
  BatchGetCommand: 'dynamodb:BatchGetItem',
  GetObjectCommand: 's3:GetObject',
  HeadObjectCommand: 's3:GetObject',
  DeleteObjectCommand: 's3:DeleteObject',
  GenerateDataKeyCommand: 'kms:GenerateDataKey',
  DecryptCommand: 'kms:Decrypt',
  GetSecretValueCommand: 'secretsmanager:GetSecretValue',
};
// TransactWriteItems is authorised per item.
const TRANSACT_ITEMS: Record<string, string> = { Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem', Delete: 'dynamodb:DeleteItem', ConditionCheck: 'dynamodb:ConditionCheckItem' };

interface CodeCalls {
  actions: Set<string>;
  queriesIndexes: boolean;
}
const codeCache = new Map<string, CodeCalls>();
function codeCalls(fn: string): CodeCalls {
  const cached = codeCache.get(fn);
  if (cached) return cached;
  const out = buildSync({
    entryPoints: [path.join(ROOT, `functions/src/handlers/${fn}.ts`)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  }).outputFiles[0].text;
  const actions = new Set<string>();
  for (const [, command] of out.matchAll(/new (\w+Command)\d*\(/g)) {
    if (command === 'TransactWriteCommand') continue;
    const action = SDK_CALLS[command];
    if (!action) throw new Error(`${fn}: no IAM mapping for ${command}; add it to SDK_CALLS`);
    actions.add(action);
  }
  if (/new TransactWriteCommand\d*\(/.test(out)) for (const [, kind] of out.matchAll(/\b(Put|Update|Delete|ConditionCheck): \{/g)) actions.add(TRANSACT_ITEMS[kind]);
  if (/\bcreatePresignedPost\d*\(/.test(out)) actions.add('s3:PutObject');
  const calls = { actions, queriesIndexes: /\bIndexName\b/.test(out) };
  codeCache.set(fn, calls);
  return calls;
}
const declared = (a: Access): Set<string> =>
  new Set([
    ...(a.table ?? []).map((x) => `dynamodb:${x}`),
    ...(a.materials ?? []).map((x) => `s3:${x}`),
    ...(a.kms ?? []).map((x) => `kms:${x}`),
    ...(a.secrets ? ['secretsmanager:GetSecretValue'] : []),
  ]);
const sorted = (s: Iterable<string>) => [...s].sort();

// ---------------------------------------------------------------------------------------------

test('every deployed stage is in an AWS China region; prod in Beijing, prod-nx in Ningxia', () => {
  const doc = parse(readFileSync(path.join(ROOT, 'serverless.yml'), 'utf8'), { logLevel: 'silent' }); // CloudFormation tags stay unresolved
  const stages = Object.keys(doc.params).filter((s) => s !== 'local');
  for (const stage of stages) expect(`${stage} ${doc.params[stage].region ?? doc.params.default.region}`).toMatch(/ cn-(north|northwest)-1$/);
  expect(packaged.get('prod')!.region).toBe('cn-north-1');
  expect(packaged.get('prod-nx')!.region).toBe('cn-northwest-1');
});

test('deploy/access.js lists, for every handler, exactly the AWS calls its bundled code makes', () => {
  const handlers = readdirSync(path.join(ROOT, 'functions/src/handlers')).map((f) => f.replace(/\.ts$/, ''));
  for (const fn of Object.keys(ACCESS)) expect(handlers).toContain(fn);
  for (const fn of handlers) {
    const access = ACCESS[fn];
    if (!access) continue; // not deployed yet; packaging fails for a deployed function without an entry
    const code = codeCalls(fn);
    expect({ fn, actions: sorted(declared(access)) }).toEqual({ fn, actions: sorted(code.actions) });
    expect({ fn, indexes: Boolean(access.indexes) }).toEqual({ fn, indexes: code.queriesIndexes });
  }
});

describe.each(STAGES)('the %s template', (stage) => {
  const t = () => packaged.get(stage)!.template;

  test('Node.js 20 on arm64, one own role per function, each granting only what its code calls', () => {
    const fns = functionsOf(t());
    expect(fns.length).toBeGreaterThanOrEqual(12);
    expect(byType(t(), 'AWS::IAM::Role').map(([id]) => id)).not.toContain('IamRoleLambdaExecution');
    const roles = new Set<string>();
    const streamFns = byType(t(), 'AWS::Lambda::EventSourceMapping').map(([, m]) => fnKey(m.Properties.FunctionName['Fn::GetAtt'][0]));
    for (const [id, f] of fns) {
      const fn = fnKey(id);
      expect(f.Properties.Runtime).toBe('nodejs20.x');
      expect(f.Properties.Architectures).toEqual(['arm64']);
      const roleId = f.Properties.Role['Fn::GetAtt'][0];
      expect(t().Resources[roleId].Type).toBe('AWS::IAM::Role');
      expect(roles.has(roleId)).toBe(false);
      roles.add(roleId);
      const role = t().Resources[roleId].Properties;
      expect(role.AssumeRolePolicyDocument.Statement).toEqual([{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }]);
      expect(role.ManagedPolicyArns).toBeUndefined();

      const statements = statementsOf(t(), roleId);
      const code = codeCalls(fn);
      const granted = new Set<string>();
      for (const s of statements) {
        expect(s.Effect).toBe('Allow');
        const resources = list(s.Resource).map(resourceText);
        for (const action of list(s.Action)) {
          // Each kind of action on the one resource it concerns.
          if (action.startsWith('logs:')) {
            expect(['logs:CreateLogStream', 'logs:PutLogEvents']).toContain(action);
            expect(resources).toEqual([`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/lambda/${f.Properties.FunctionName}:*`]);
          } else if (['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'].includes(action)) {
            expect(streamFns).toContain(fn);
            expect(resources).toEqual(['${Table.StreamArn}']);
          } else if (action === 's3:ListBucket') {
            expect(resources).toEqual(['${MaterialsBucket.Arn}']);
            expect(s.Condition).toEqual({ StringLikeIfExists: { 's3:prefix': ['cases/*'] } });
          } else if (action.startsWith('dynamodb:')) {
            const index = resources[0] === '${Table.Arn}/index/*';
            expect(resources).toEqual([index ? '${Table.Arn}/index/*' : '${Table.Arn}']);
            if (index) expect({ fn, action, indexes: code.queriesIndexes }).toEqual({ fn, action: 'dynamodb:Query', indexes: true });
            else granted.add(action);
          } else if (action.startsWith('s3:')) {
            expect(resources).toEqual(['${MaterialsBucket.Arn}/cases/*']);
            granted.add(action);
          } else if (action.startsWith('kms:')) {
            expect(resources).toEqual(['${PersonalDataKey.Arn}']);
            granted.add(action);
          } else if (action === 'secretsmanager:GetSecretValue') {
            expect(resources).toEqual([`arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:daiban/${stage}/app-??????`]);
            granted.add(action);
          } else {
            throw new Error(`${fn}: unexpected action ${action}`);
          }
        }
      }
      expect({ fn, granted: sorted(granted) }).toEqual({ fn, granted: sorted(code.actions) });
      if (streamFns.includes(fn)) {
        expect(statements.flatMap((s) => list(s.Action))).toEqual(expect.arrayContaining(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams']));
      }
    }
    expect(roles.size).toBe(fns.length);
  });

  test('no IAM statement on data has a `*` resource, and no ARN names a partition literally', () => {
    expect(wildcardDataResources(t())).toEqual([]);
    const text = JSON.stringify(t());
    expect(text.match(/arn:aws(-cn|-us-gov)?:/g) ?? []).toEqual([]);
    // Every ARN the template builds itself is on the stack's partition.
    // (Serverless's own ARNs are Fn::Join ["arn:", Ref AWS::Partition, ...]: the text ends at "arn:".)
    expect(text.match(/arn:(?!\$\{AWS::Partition\}:|")/g) ?? []).toEqual([]);
    expect(text).toContain('arn:${AWS::Partition}:');
  });

  test('every function has an Errors and a Throttles alarm; the table and the parked notices have theirs', () => {
    const alarms = byType(t(), 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const topic = byType(t(), 'AWS::SNS::Topic');
    expect(topic.map(([id]) => id)).toEqual(['AlarmTopic']);
    expect(topic[0][1].Properties.Subscription).toBeUndefined(); // alarmEmail is empty by default
    for (const a of alarms) {
      expect(a.AlarmActions).toEqual([{ Ref: 'AlarmTopic' }]);
      expect(a.Threshold).toBe(1);
      expect(a.ComparisonOperator).toBe('GreaterThanOrEqualToThreshold');
      expect(a.EvaluationPeriods).toBe(1);
    }
    for (const [id] of functionsOf(t())) {
      for (const metric of ['Errors', 'Throttles']) {
        const mine = alarms.filter((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === metric && a.Dimensions?.[0]?.Value?.Ref === id);
        expect({ id, metric, alarms: mine.length }).toEqual({ id, metric, alarms: 1 });
        expect(mine[0]).toMatchObject({ Statistic: 'Sum', Period: 300, Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }] });
      }
    }
    for (const metric of ['ThrottledRequests', 'SystemErrors']) {
      const table = alarms.find((a) => a.Metrics?.some((m: Json) => m.MetricStat?.Metric.MetricName === metric));
      expect(table).toBeDefined();
      const stats = table.Metrics.filter((m: Json) => m.MetricStat);
      for (const m of stats) expect(m.MetricStat.Metric.Dimensions[0]).toEqual({ Name: 'TableName', Value: { Ref: 'Table' } });
      expect(stats.map((m: Json) => m.MetricStat.Metric.Dimensions[1].Value)).toEqual(expect.arrayContaining(['GetItem', 'PutItem', 'UpdateItem', 'Query', 'TransactWriteItems']));
      expect(table.Metrics.filter((m: Json) => m.ReturnData)).toEqual([expect.objectContaining({ Expression: 'SUM(METRICS())' })]);
    }
    const [[, filter]] = byType(t(), 'AWS::Logs::MetricFilter');
    expect(filter.Properties.LogGroupName).toEqual({ Ref: 'NotifierLogGroup' });
    expect(filter.Properties.FilterPattern).toBe('{ $.message.msg = "notice parked" }');
    // The pattern selects the line the logger writes for a parked notice (the runtime's JSON shape),
    // and not the notifier's other lines.
    const [, selector, wanted] = /^\{ \$\.([\w.]+) = "([^"]*)" \}$/.exec(filter.Properties.FilterPattern)!;
    const selects = (line: string) => selector.split('.').reduce<Json>((v, k) => v?.[k], JSON.parse(line)) === wanted;
    expect(selects(logLine('ERROR', logRecord('notice parked', { outboxId: 'o-1', attempts: 5 })))).toBe(true);
    expect(selects(logLine('WARN', logRecord('notice delivery failed', { outboxId: 'o-1' })))).toBe(false);
    const parked = filter.Properties.MetricTransformations[0];
    expect(alarms.filter((a) => a.Namespace === parked.MetricNamespace && a.MetricName === parked.MetricName)).toHaveLength(1);
    // The line the filter counts is the notifier's own.
    expect(readFileSync(path.join(ROOT, 'functions/src/notices/notifier.ts'), 'utf8')).toContain("logger.error('notice parked'");
  });

  test('the table keeps its data: deletion protection, point-in-time recovery, encryption, retained; the bucket retained', () => {
    const table = t().Resources.Table;
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true });
    expect(table.Properties.TableName).toBe(`daiban-${stage}`);
    expect(t().Resources.MaterialsBucket.DeletionPolicy).toBe('Retain');
    expect(t().Resources.PersonalDataKey.Properties.EnableKeyRotation).toBe(true);
  });

  test('the stream feeds the notifier; the schedules run the notifier, the deadline job and the change follow-ups; logs are retained, written as JSON by the runtime', () => {
    const [[, mapping], ...more] = byType(t(), 'AWS::Lambda::EventSourceMapping');
    expect(more).toEqual([]);
    expect(mapping.Properties.EventSourceArn).toEqual({ 'Fn::GetAtt': ['Table', 'StreamArn'] });
    expect(mapping.Properties.FunctionName).toEqual({ 'Fn::GetAtt': ['NotifierLambdaFunction', 'Arn'] });
    expect(JSON.parse(mapping.Properties.FilterCriteria.Filters[0].Pattern)).toEqual({ eventName: ['INSERT'], dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } } });
    const rules = byType(t(), 'AWS::Events::Rule').map(([, r]) => `${r.Properties.ScheduleExpression} ${r.Properties.Targets[0].Arn['Fn::GetAtt'][0]}`);
    expect(rules.sort()).toEqual(['rate(1 hour) DeadlinesLambdaFunction', 'rate(1 minute) ChangesLambdaFunction', 'rate(1 minute) NotifierLambdaFunction']);
    for (const [id] of functionsOf(t())) {
      const group = t().Resources[id.replace(/LambdaFunction$/, 'LogGroup')];
      expect(group.Properties.RetentionInDays).toBe(180);
      // functions/src/lib/log.ts hands its records to the runtime, which writes them as JSON and
      // drops those below the stage's level (WARN in both production stages).
      expect(t().Resources[id].Properties.LoggingConfig).toEqual({ LogFormat: 'JSON', ApplicationLogLevel: 'WARN' });
      expect(t().Resources[id].DependsOn).toContain(id.replace(/LambdaFunction$/, 'LogGroup'));
    }
  });

  test('figures', () => {
    const fns = functionsOf(t()).length;
    const roles = byType(t(), 'AWS::IAM::Role').length;
    const alarms = byType(t(), 'AWS::CloudWatch::Alarm').length;
    console.log(`deploy: ${stage} template (${packaged.get(stage)!.region}) — ${fns} functions, ${roles} roles, ${alarms} alarms, ${wildcardDataResources(t()).length} wildcard data resources`);
    expect(roles).toBe(fns);
    expect(alarms).toBe(2 * fns + 3);
  });
});
