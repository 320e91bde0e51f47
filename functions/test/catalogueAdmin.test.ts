// The bureau keeps the catalogue: publishes items, edits their materials and deadlines at the
// version it saw, withdraws them (停用) and brings them back — over HTTP, on DynamoDB Local.
import { AdminListServiceItemsResponse, AdminServiceItemSchema, ApiErrorSchema, CaseDetailSchema, ListServiceItemsResponse, ServiceItemSchema } from '@app/shared';
import { ulid } from 'ulid';
import { demoDepartments, demoItems } from '../local/demoData';
import { handler as cases } from '../src/handlers/cases';
import { handler } from '../src/handlers/catalogue';
import { call, type Answer } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot as snapshot } from './support/table';

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await Promise.all(['u-bureau-1', 'u-resident-1', 'agt-scjg-1'].map(tokenOf));
});

const draft = (overrides: Record<string, unknown> = {}) => ({
  code: `150203-SCJG-T-${Math.floor(Math.random() * 1e6)}`,
  name: '食品经营许可证注销',
  scope: 'enterpriseEstablishment',
  level: 'district',
  departmentId: 'dept-scjg',
  summary: '食品经营者终止经营的，申请注销食品经营许可证。',
  serviceKinds: ['consult', 'handleOnBehalf'],
  serviceModes: ['online', 'appointment'],
  materials: [
    { name: '食品经营许可证注销申请书', required: true, commitmentAllowed: false },
    { name: '食品经营许可证正副本', note: '原件', required: true, commitmentAllowed: false },
    { name: '授权委托书', note: '委托他人办理时提供', required: false, commitmentAllowed: false },
  ],
  commitmentDays: 3,
  statutoryDays: 10,
  keywords: ['食品', '注销'],
  ...overrides,
});

async function asBureau(method: string, path: string, body?: unknown, key?: string): Promise<Answer> {
  return call(handler, { method, path, body, token: await tokenOf('u-bureau-1'), headers: key ? { 'Idempotency-Key': key } : {} });
}
const create = (body: unknown, key = ulid()) => asBureau('POST', '/catalogue/items', body, key);
const update = (id: string, body: unknown) => asBureau('PUT', `/catalogue/items/${id}`, body);
const setStatus = (id: string, active: boolean) => asBureau('POST', `/catalogue/items/${id}/status`, { active });
const detail = (id: string) => call(handler, { path: `/catalogue/items/${id}` });
const adminList = async (query: Record<string, string> = {}) =>
  AdminListServiceItemsResponse.parse((await call(handler, { path: '/catalogue/admin/items', query: { limit: '100', ...query }, token: await tokenOf('u-bureau-1') })).body);

function expectError(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: ApiErrorSchema.parse(answer.body).error.code }).toEqual({ status, code });
  return answer.body.error;
}

/** Every public page of the catalogue, following cursors. */
async function allPublicIds(query: Record<string, string> = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const { status, body } = await call(handler, { path: '/catalogue/items', query: { limit: '5', ...query, ...(cursor ? { cursor } : {}) } });
    expect(status).toBe(200);
    const page = ListServiceItemsResponse.parse(body);
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('publishing an item', () => {
  test('the bureau publishes an item; a retry with the same key answers the same item, and there is one', async () => {
    const body = draft();
    const key = ulid();
    const first = await create(body, key);
    expect(first.status).toBe(200);
    const item = AdminServiceItemSchema.parse(first.body);
    expect(item).toMatchObject({ code: body.code, departmentName: demoDepartments.find((d) => d.id === 'dept-scjg')!.name, version: 1, active: true, fee: { amount: 0, note: '免费' } });
    expect(item.materials.map((m) => m.name)).toEqual(body.materials.map((m) => m.name));
    expect(new Set(item.materials.map((m) => m.id)).size).toBe(3);

    const retry = await create(body, key);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(item.id);
    expect((await adminList({ q: body.code })).items.map((i) => i.id)).toEqual([item.id]);
    // Residents see it at once, in the list and in detail.
    expect(await allPublicIds({ q: body.code })).toEqual([item.id]);
    expect(ServiceItemSchema.parse((await detail(item.id)).body)).toMatchObject({ name: body.name, active: true, version: 1 });
  });

  test('the same key with another body is 409, and nothing is written', async () => {
    const key = ulid();
    expect((await create(draft(), key)).status).toBe(200);
    const before = await snapshot();
    expectError(await create(draft({ name: '另一个事项' }), key), 409, 'conflict');
    expect(await snapshot()).toBe(before);
  });

  test('a code another item holds is 409 (a demo item’s, or a new item’s), and nothing is written', async () => {
    const before = await snapshot();
    expectError(await create(draft({ code: demoItems[0].code })), 409, 'conflict');
    expect(await snapshot()).toBe(before);
    const body = draft();
    expect((await create(body)).status).toBe(200);
    const after = await snapshot();
    expectError(await create(draft({ code: body.code, name: '重复编码' })), 409, 'conflict');
    expect(await snapshot()).toBe(after);
  });

  test('an unknown department is 400 on departmentId, and nothing is written', async () => {
    const before = await snapshot();
    const error = expectError(await create(draft({ departmentId: 'dept-nowhere' })), 400, 'validation_failed');
    expect(error.issues[0]).toMatchObject({ path: ['body', 'departmentId'], message: '所选部门不存在' });
    expect(await snapshot()).toBe(before);
  });
});

describe('editing an item', () => {
  let item: ReturnType<typeof AdminServiceItemSchema.parse>;

  beforeAll(async () => {
    item = AdminServiceItemSchema.parse((await create(draft())).body);
  });

  const editBody = (base: typeof item, overrides: Record<string, unknown> = {}) => {
    const { id, departmentName, active, updatedAt, fee, ...rest } = base;
    void id, departmentName, active, updatedAt, fee;
    return { ...rest, ...overrides };
  };

  test('the bureau edits a material, removes one, adds one and shortens the deadline: kept materials keep their ids', async () => {
    const [application, licence] = item.materials;
    const answer = await update(
      item.id,
      editBody(item, {
        commitmentDays: 2,
        materials: [
          { ...application, note: '在线填写后打印' },
          { id: licence.id, name: '食品经营许可证正本及副本', note: '原件', required: true, commitmentAllowed: true },
          { name: '营业执照复印件', required: false, commitmentAllowed: false },
        ],
      }),
    );
    expect(answer.status).toBe(200);
    const edited = AdminServiceItemSchema.parse(answer.body);
    expect(edited.version).toBe(2);
    expect(edited.commitmentDays).toBe(2);
    expect(edited.materials[0]).toEqual({ ...application, note: '在线填写后打印' });
    expect(edited.materials[1]).toEqual({ id: licence.id, name: '食品经营许可证正本及副本', note: '原件', required: true, commitmentAllowed: true });
    expect(edited.materials[2].id).not.toEqual(item.materials[2].id);
    expect(edited.materials.map((m) => m.id)).not.toContain(item.materials[2].id);
    expect((await detail(item.id)).body).toMatchObject({ version: 2, commitmentDays: 2, materials: edited.materials });
    item = edited;
  });

  test('an edit based on an old version is 409 and the item stays as it was', async () => {
    const before = await snapshot();
    const shown = (await detail(item.id)).body;
    const error = expectError(await update(item.id, editBody(item, { version: 1, commitmentDays: 9, name: '过期的修改' })), 409, 'stale_version');
    expect(error.message).toBeTruthy();
    expect((await detail(item.id)).body).toEqual(shown);
    expect(await snapshot()).toBe(before);
  });

  test('a material id the item does not have is 400, and the item stays as it was', async () => {
    const before = await snapshot();
    const answer = await update(item.id, editBody(item, { materials: [{ id: 'no-such-material', name: '伪造材料', required: true, commitmentAllowed: false }] }));
    expect(expectError(answer, 400, 'validation_failed').issues[0].path).toEqual(['body', 'materials', 0, 'id']);
    expect(await snapshot()).toBe(before);
  });

  test('a commitment deadline longer than the statutory one is 400 on commitmentDays', async () => {
    const before = await snapshot();
    const error = expectError(await update(item.id, editBody(item, { commitmentDays: 20, statutoryDays: 10 })), 400, 'validation_failed');
    expect(error.issues).toContainEqual(expect.objectContaining({ path: ['body', 'commitmentDays'], message: '承诺时限不能超过法定时限' }));
    expect(await snapshot()).toBe(before);
  });

  test('changing the code frees the old one; taking another item’s code is 409 and changes nothing', async () => {
    const oldCode = item.code;
    const newCode = `${oldCode}-A`;
    const moved = await update(item.id, editBody(item, { code: newCode }));
    expect(moved.status).toBe(200);
    item = AdminServiceItemSchema.parse(moved.body);
    expect(item.code).toBe(newCode);
    expect((await create(draft({ code: oldCode, name: '沿用旧编码' }))).status).toBe(200);

    const before = await snapshot();
    expectError(await update(item.id, editBody(item, { code: demoItems[1].code })), 409, 'conflict');
    expect(await snapshot()).toBe(before);
  });

  test('an unknown item is 404', async () => {
    expectError(await update('no-such-item', editBody(item)), 404, 'not_found');
    expectError(await setStatus('no-such-item', false), 404, 'not_found');
  });
});

describe('withdrawing an item (停用)', () => {
  const target = demoItems.find((i) => i.scope === 'livelihood' && i.materials.length > 0)!;

  afterAll(async () => {
    await setStatus(target.id, true);
  });

  test('a withdrawn item leaves the public list, its filters and search, but the bureau still lists it', async () => {
    const answer = await setStatus(target.id, false);
    expect(answer.status).toBe(200);
    expect(AdminServiceItemSchema.parse(answer.body)).toMatchObject({ active: false, version: 2 });

    const everything = await allPublicIds();
    expect(everything).not.toContain(target.id);
    expect(new Set(everything).size).toBe(everything.length);
    expect(await allPublicIds({ scope: target.scope })).not.toContain(target.id);
    expect(await allPublicIds({ departmentId: target.departmentId })).not.toContain(target.id);
    expect(await allPublicIds({ level: target.level })).not.toContain(target.id);
    expect(await allPublicIds({ q: target.name })).not.toContain(target.id);

    const bureau = await adminList({ q: target.code });
    expect(bureau.items).toEqual([expect.objectContaining({ id: target.id, active: false, version: 2 })]);
    expect((await adminList({ status: 'withdrawn' })).items.map((i) => i.id)).toContain(target.id);
    expect((await adminList({ status: 'active' })).items.map((i) => i.id)).not.toContain(target.id);
  });

  test('its detail still opens (old links and open cases), marked active: false', async () => {
    const { status, body } = await detail(target.id);
    expect(status).toBe(200);
    expect(ServiceItemSchema.parse(body)).toMatchObject({ id: target.id, name: target.name, active: false });
  });

  test('entrusting a withdrawn item is refused with a clear reason, and no case is created', async () => {
    const before = await snapshot();
    const answer = await call(cases, {
      method: 'POST',
      path: '/cases',
      token: await tokenOf('u-resident-1'),
      headers: { 'Idempotency-Key': ulid() },
      body: { kind: 'entrustment', itemId: target.id, serviceKind: target.serviceKinds[0], serviceMode: target.serviceModes.find((m) => m !== 'onSite'), applicant: { name: '张丽', phone: '13904720001' } },
    });
    const error = expectError(answer, 400, 'validation_failed');
    expect(error.reason).toBe('itemWithdrawn');
    expect(error.issues[0]).toMatchObject({ path: ['body', 'itemId'], message: '该事项已停用，暂不受理新的委托' });
    expect(await snapshot()).toBe(before);
  });

  test('withdrawing twice changes nothing; 启用 brings it back to the public list', async () => {
    const before = await snapshot();
    expect((await setStatus(target.id, false)).body).toMatchObject({ active: false, version: 2 });
    expect(await snapshot()).toBe(before);
    expect((await setStatus(target.id, true)).body).toMatchObject({ active: true, version: 3 });
    expect(await allPublicIds({ scope: target.scope })).toContain(target.id);
  });
});

test('an open case keeps the deadline and name it was entrusted with when the bureau edits or withdraws the item', async () => {
  const target = demoItems.find((i) => i.id === 'item-qy-setup')!;
  const entrusted = await call(cases, {
    method: 'POST',
    path: '/cases',
    token: await tokenOf('u-resident-1'),
    headers: { 'Idempotency-Key': ulid() },
    body: { kind: 'entrustment', itemId: target.id, serviceKind: 'handleOnBehalf', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } },
  });
  expect(entrusted.status).toBe(200);
  const opened = CaseDetailSchema.parse(entrusted.body);
  expect(opened.commitmentDays).toBe(target.commitmentDays);

  const current = AdminServiceItemSchema.parse((await detail(target.id)).body);
  const { id, departmentName, active, updatedAt, fee, ...fields } = current;
  void id, departmentName, active, updatedAt, fee;
  const edited = await update(target.id, { ...fields, name: `${target.name}（新版）`, commitmentDays: target.commitmentDays + 5, statutoryDays: undefined });
  expect(edited.status).toBe(200);
  expect((await setStatus(target.id, false)).status).toBe(200);

  const read = await call(cases, { path: `/cases/${opened.id}`, token: await tokenOf('u-resident-1') });
  expect(read.status).toBe(200);
  expect(read.body).toMatchObject({ commitmentDays: target.commitmentDays, itemName: target.name });
  await setStatus(target.id, true);
});

describe('who may edit', () => {
  test.each(['u-resident-1', 'agt-scjg-1'])('%s gets 403 on every administration route, and nothing changes', async (who) => {
    const token = await tokenOf(who);
    const before = await snapshot();
    const id = demoItems[0].id;
    const answers = await Promise.all([
      call(handler, { method: 'POST', path: '/catalogue/items', body: draft(), token, headers: { 'Idempotency-Key': ulid() } }),
      call(handler, { method: 'PUT', path: `/catalogue/items/${id}`, body: { ...draft(), version: 1 }, token }),
      call(handler, { method: 'POST', path: `/catalogue/items/${id}/status`, body: { active: false }, token }),
      call(handler, { path: '/catalogue/admin/items', token }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    expect(await snapshot()).toBe(before);
  });

  test('without a session every administration route is 401', async () => {
    const answers = await Promise.all([
      call(handler, { method: 'POST', path: '/catalogue/items', body: draft(), headers: { 'Idempotency-Key': ulid() } }),
      call(handler, { method: 'POST', path: `/catalogue/items/${demoItems[0].id}/status`, body: { active: false } }),
      call(handler, { path: '/catalogue/admin/items' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401]);
  });
});

describe('malformed requests are 400 and change nothing', () => {
  const id = demoItems[0].id;
  test.each([
    ['an unknown field', draft({ unexpected: true })],
    ['a fee that is not free', draft({ fee: { amount: 10, note: '收费' } })],
    ['no service kind', draft({ serviceKinds: [] })],
    ['a repeated service mode', draft({ serviceModes: ['online', 'online'] })],
    ['a zero deadline', draft({ commitmentDays: 0 })],
    ['a fractional deadline', draft({ commitmentDays: 1.5 })],
    ['a code with spaces', draft({ code: 'A B' })],
    ['an empty name', draft({ name: '  ' })],
    ['a material without a name', draft({ materials: [{ name: '', required: true, commitmentAllowed: false }] })],
    ['a material with an id on create', draft({ materials: [{ id: 'x', name: '材料', required: true, commitmentAllowed: false }] })],
    ['the same material twice', draft({ materials: [{ name: '材料', required: true, commitmentAllowed: false }, { name: '材料', required: false, commitmentAllowed: false }] })],
    ['thirty-one materials', draft({ materials: Array.from({ length: 31 }, (_, i) => ({ name: `材料${i}`, required: true, commitmentAllowed: false })) })],
    ['a version on create', draft({ version: 1 })],
  ])('create with %s', async (_label, body) => {
    const before = await snapshot();
    expectError(await create(body), 400, 'validation_failed');
    expect(await snapshot()).toBe(before);
  });

  test.each([
    ['no version', draft()],
    ['a version of zero', { ...draft(), version: 0 }],
    ['a version as text', { ...draft(), version: '1' }],
    ['a statutory deadline shorter than the commitment', { ...draft({ commitmentDays: 5, statutoryDays: 4 }), version: 1 }],
  ])('edit with %s', async (_label, body) => {
    const before = await snapshot();
    expectError(await update(id, body), 400, 'validation_failed');
    expect(await snapshot()).toBe(before);
  });

  test.each([[{}], [{ active: 'no' }], [{ active: false, version: 1 }]])('status with %j', async (body) => {
    const before = await snapshot();
    expectError(await asBureau('POST', `/catalogue/items/${id}/status`, body), 400, 'validation_failed');
    expect(await snapshot()).toBe(before);
  });

  test('a create without an Idempotency-Key is 400', async () => {
    const before = await snapshot();
    expectError(await asBureau('POST', '/catalogue/items', draft()), 400, 'validation_failed');
    expect(await snapshot()).toBe(before);
  });

  test.each([[{ status: 'gone' }], [{ limit: '0' }], [{ cursor: 'bad cursor!' }], [{ scope: 'livelihood' }]])('the bureau list with %j', async (query) => {
    const answer = await call(handler, { path: '/catalogue/admin/items', query, token: await tokenOf('u-bureau-1') });
    expectError(answer, 400, 'validation_failed');
  });
});
