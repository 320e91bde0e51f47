// Text that cannot deceive: every free-text field of every route (names, notes, comments, opinions,
// addresses, material file names) refuses control characters, bidirectional overrides and isolates
// and lone surrogates with a 400 that names the field (fast-check, per route), and a refused request
// changes nothing; what is accepted is stored NFC-normalised.
import { ApiErrorSchema, DECEPTIVE_TEXT_MESSAGE, LINE_BREAK_MESSAGE, ROUTES, type RouteDef, type RouteId } from '@app/shared';
import fc from 'fast-check';
import { createTestCase } from './support/cases';
import { call, type Handler } from './support/http';
import { admittedCredentials, tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot } from './support/table';
import { stringFields, type StringField } from './support/textFields';

const routes = Object.entries(ROUTES) as [RouteId, RouteDef][];
const parts = ['params', 'query', 'body'] as const;
type Part = (typeof parts)[number];
type Field = StringField & { part: Part };

const fieldsOf = (route: RouteDef): Field[] => parts.flatMap((part) => stringFields(route[part]).map((f) => ({ ...f, part })));
const textRoutes = routes.map(([id, route]) => [id, route, fieldsOf(route).filter((f) => f.kind === 'line' || f.kind === 'paragraphs')] as const).filter(([, , f]) => f.length > 0);

const handlers: Record<string, Handler> = {};
let caseId: string;
let checked = 0;

beforeAll(async () => {
  await useFreshTable({ seed: true });
  caseId = (await createTestCase()).id;
  for (const [, route] of textRoutes) {
    handlers[route.group] ??= (await import(`../src/handlers/${route.group}`)).handler;
    await admittedCredentials(route);
  }
}, 60_000);

afterAll(() => console.log(`text: ${checked} deceptive values refused across ${textRoutes.length} routes with free text`));

test('every string a request takes is free text built by the shared helpers, or bounded by a pattern, format or enum', () => {
  const loose = routes.flatMap(([id, route]) => fieldsOf(route).filter((f) => f.kind === 'unconstrained').map((f) => `${id} ${f.part}.${f.path.join('.')}`));
  expect(loose).toEqual([]);
  expect(textRoutes.map(([id]) => id)).toEqual(expect.arrayContaining(['createCase', 'actOnCase', 'requestUpload', 'commitMaterial', 'createOpinion', 'channelCreateCase', 'createServiceItem']));
});

const CONTROLS = [...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((c) => String.fromCharCode(c));
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];
/** Text around the bad character: Chinese, Latin, Mongolian script, emoji — anything a person types. */
const around = fc.oneof(fc.constantFrom('', '王', '张丽', 'gnp.exe', 'ᠮᠣᠩᠭᠣᠯ', '👨‍👩‍👧', '北京市 朝阳区'), fc.string({ unit: 'grapheme', maxLength: 8 }));
const deceptive = fc.record({ before: around, bad: fc.constantFrom(...CONTROLS, ...BIDI, ...LONE), after: around });
const lineBreak = fc.record({ before: around, bad: fc.constantFrom('\n', '\t', '\r\n', '\r'), after: around });

const pathOf = (route: RouteDef) => route.path.replace('{year}', '2031').replace(/\{\w+\}/g, caseId);
const samePath = (a: (string | number)[], b: (string | number)[]) => a.length === b.length && a.every((p, i) => String(p) === String(b[i]));

/** Sends the value in one field and returns the issues of the answer, or why it was not the expected 400. */
async function refusal(route: RouteDef, field: Field, value: string): Promise<{ status: number; issues: { path: (string | number)[]; message: string }[] }> {
  const { token, headers } = await admittedCredentials(route);
  const placed = field.place(value) as Record<string, string>;
  const answer = await call(handlers[route.group], {
    method: route.method,
    path: pathOf(route),
    query: field.part === 'query' ? placed : undefined,
    body: field.part === 'body' ? placed : undefined,
    token,
    headers: { ...headers, 'Idempotency-Key': 'strict-text-key-1' },
  });
  const parsed = ApiErrorSchema.safeParse(answer.body);
  return { status: answer.status, issues: parsed.success ? (parsed.data.error.issues ?? []) : [] };
}

test.each(textRoutes.map(([id, route, fields]) => [id, route, fields] as const))(
  '%s: a control character, bidi override or isolate, or lone surrogate in any text field is a 400 naming the field',
  async (_id, route, fields) => {
    const before = await tableSnapshot();
    const misses: string[] = [];
    const expectRefusal = async (field: Field, value: string, message: string) => {
      const { status, issues } = await refusal(route, field, value);
      checked += 1;
      const named = issues.some((i) => samePath(i.path, [field.part, ...field.path]) && i.message === message);
      if (status !== 400 || !named) misses.push(`${field.branch ?? ''} ${field.path.join('.')} ${JSON.stringify(value)}: ${status} ${JSON.stringify(issues).slice(0, 200)}`);
      return status === 400 && named;
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), deceptive, (field, v) => expectRefusal(field, v.before + v.bad + v.after, DECEPTIVE_TEXT_MESSAGE)),
      { numRuns: Math.min(60, 12 * fields.length), seed: 20261207 },
    );
    const lineFields = fields.filter((f) => f.kind === 'line');
    if (lineFields.length) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...lineFields), lineBreak, (field, v) => expectRefusal(field, v.before + v.bad + v.after, LINE_BREAK_MESSAGE)),
        { numRuns: Math.min(30, 6 * lineFields.length), seed: 20261207 },
      );
    }
    expect(misses).toEqual([]);
    expect(await tableSnapshot()).toBe(before);
  },
);

test('a material file name that would show as "王强exe.png" is refused, naming the field', async () => {
  const token = await tokenOf('u-resident-1');
  const { handler } = await import('../src/handlers/materials');
  const answer = await call(handler, {
    method: 'POST',
    path: `/cases/${caseId}/uploads`,
    token,
    body: { materialSpecId: 'application', fileName: '王\u202e强gnp.exe', contentType: 'image/png', size: 1000 },
  });
  expect(answer.status).toBe(400);
  expect(answer.body.error.issues).toEqual([expect.objectContaining({ path: ['body', 'fileName'], message: DECEPTIVE_TEXT_MESSAGE })]);
});

test('an applicant name typed in decomposed form is stored and shown composed (NFC), and a note keeps its lines', async () => {
  const token = await tokenOf('u-resident-1');
  const { handler } = await import('../src/handlers/cases');
  const decomposed = 'Rene\u0301e 阿依古丽';
  const answer = await call(handler, {
    method: 'POST',
    path: '/cases',
    token,
    headers: { 'Idempotency-Key': 'strict-text-nfc-1' },
    body: {
      kind: 'entrustment',
      itemId: 'item-qy-individual',
      serviceKind: 'assist',
      serviceMode: 'online',
      applicant: { name: decomposed, phone: '13904720001' },
      note: '第一行\r\n第二行\t附言',
    },
  });
  expect(answer.status).toBe(200);
  const read = await call(handler, { path: `/cases/${answer.body.id}`, token });
  expect(read.body.applicantName).toBe('Ren\u00e9e 阿依古丽');
  expect(read.body.applicantName).not.toBe(decomposed);
  expect(read.body.timeline[0].note).toBe('第一行\n第二行\t附言');
});
