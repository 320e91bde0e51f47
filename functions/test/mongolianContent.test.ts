// Names and descriptions in both languages (issue 17): the bureau writes the Mongolian names of
// items, departments and service points next to the Chinese; the public routes answer them; a
// Mongolian field holding Chinese is refused with the reason and changes nothing.
import { AdminServiceItemSchema, ApiErrorSchema, CHINESE_IN_MONGOLIAN_MESSAGE, DepartmentSchema, ListServiceItemsResponse, ServiceItemSchema, ServicePointDetailResponse, ServicePointSchema } from '@app/shared';
import { demoDepartments, demoItems, demoPoints } from '../local/demoData';
import { handler as catalogue } from '../src/handlers/catalogue';
import { handler as network } from '../src/handlers/network';
import { call, type Answer } from './support/http';
import { tokenOf } from './support/people';
import { useFreshTable } from './support/stack';
import { tableSnapshot as snapshot } from './support/table';

const MARKET = 'dept-scjg';
const MARKET_MN = 'ᠵᠠᠬ᠎ᠠ ᠵᠡᠭᠡᠯ\u202Fᠦᠨ ᠬᠢᠨᠠᠨ ᠬᠠᠮᠢᠶᠠᠷᠬᠤ ᠲᠣᠪᠴᠢᠶ᠎ᠠ';
const POINT = demoPoints.find((p) => p.id === 'pt-lyl')!;
const POINT_MN = 'ᠯᠢᠨ ᠢᠨ ᠵᠠᠮ ᠭᠤᠳᠤᠮᠵᠢ\u202Fᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ\u202Fᠶᠢᠨ ᠲᠥᠪ';
const ADDRESS_MN = 'ᠯᠢᠨ ᠢᠨ ᠵᠠᠮ 16 ᠳᠤᠭᠠᠷ';

beforeAll(async () => {
  await useFreshTable({ seed: true });
  await tokenOf('u-bureau-1');
});

const asBureau = async (handler: typeof network, method: string, path: string, body?: unknown) =>
  call(handler, { method, path, body, token: await tokenOf('u-bureau-1') });
const setDepartment = (id: string, body: unknown) => asBureau(network, 'PUT', `/network/departments/${id}/mongolian`, body);
const setPoint = (id: string, body: unknown) => asBureau(network, 'PUT', `/network/points/${id}/mongolian`, body);
const publicDepartment = async (id: string) =>
  (await call(network, { path: '/network/departments' })).body.departments.find((d: { id: string }) => d.id === id);
const publicPoint = async (id: string) => ServicePointDetailResponse.parse((await call(network, { path: `/network/points/${id}` })).body).point;

function refusedWithReason(answer: Answer, path: (string | number)[]) {
  expect(answer.status).toBe(400);
  const error = ApiErrorSchema.parse(answer.body).error;
  expect(error.code).toBe('validation_failed');
  expect(error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['body', ...path], message: CHINESE_IN_MONGOLIAN_MESSAGE })]));
}

describe('the demo network and catalogue carry draft Mongolian names', () => {
  test('the public routes answer them; units and items without one answer only the Chinese', async () => {
    const departments = (await call(network, { path: '/network/departments' })).body.departments.map((d: unknown) => DepartmentSchema.parse(d));
    expect(departments.find((d: { id: string }) => d.id === 'dept-zwfw')).toMatchObject({ name: '昆都仑区政务服务局', nameMn: expect.stringMatching(/^[\u1800-\u18AF\u202F ]+$/) });
    const points = (await call(network, { path: '/network/points' })).body.points.map((p: unknown) => ServicePointSchema.parse(p));
    expect(points.every((p: { nameMn?: string }) => p.nameMn)).toBe(true);
    expect((await publicPoint('pt-qjd')).addressMn).toEqual(demoPoints.find((p) => p.id === 'pt-qjd')!.addressMn);

    const pension = ServiceItemSchema.parse((await call(catalogue, { path: '/catalogue/items/item-ms-senior-allowance' })).body);
    expect(pension).toMatchObject({ name: '高龄津贴申领', nameMn: expect.any(String), descriptionMn: expect.any(String) });
    const list = ListServiceItemsResponse.parse((await call(catalogue, { path: '/catalogue/items', query: { limit: '100' } })).body);
    const translated = list.items.filter((i) => i.nameMn).map((i) => i.id).sort();
    expect(translated).toEqual(demoItems.filter((i) => i.nameMn).map((i) => i.id).sort());
    expect(list.items.find((i) => i.id === 'item-gc-construction-permit')).not.toHaveProperty('nameMn');
  });

  test('a resident searching in Mongolian finds the item, typing a plain space before the suffix', async () => {
    const list = ListServiceItemsResponse.parse((await call(catalogue, { path: '/catalogue/items', query: { q: 'ᠥᠨᠳᠦᠷ ᠨᠠᠰᠤᠲᠠᠨ ᠤ ᠲᠡᠳᠬᠦᠯᠭᠡ' } })).body);
    expect(list.items.map((i) => i.id)).toEqual(['item-ms-senior-allowance']);
  });
});

describe('the bureau names a department and a service point in Mongolian', () => {
  test('sets a department name, everyone sees it, and clears it again (the Chinese shows)', async () => {
    const set = await setDepartment(MARKET, { nameMn: `  ${MARKET_MN} ` });
    expect(set.status).toBe(200);
    expect(DepartmentSchema.parse(set.body)).toMatchObject({ id: MARKET, name: demoDepartments.find((d) => d.id === MARKET)!.name, nameMn: MARKET_MN });
    expect(await publicDepartment(MARKET)).toMatchObject({ nameMn: MARKET_MN });

    const cleared = await setDepartment(MARKET, {});
    expect(cleared.status).toBe(200);
    expect(cleared.body).not.toHaveProperty('nameMn');
    expect(await publicDepartment(MARKET)).not.toHaveProperty('nameMn');
  });

  test("sets a point's name and address; leaving the address out clears only the address", async () => {
    const set = await setPoint(POINT.id, { nameMn: POINT_MN, addressMn: ADDRESS_MN });
    expect(set.status).toBe(200);
    expect(ServicePointSchema.parse(set.body)).toMatchObject({ id: POINT.id, name: POINT.name, address: POINT.address, nameMn: POINT_MN, addressMn: ADDRESS_MN, hours: POINT.hours });
    expect(await publicPoint(POINT.id)).toMatchObject({ nameMn: POINT_MN, addressMn: ADDRESS_MN });
    const byCode = ServicePointDetailResponse.parse((await call(network, { path: `/network/point-codes/${POINT.code}` })).body).point;
    expect(byCode).toMatchObject({ nameMn: POINT_MN });

    expect((await setPoint(POINT.id, { nameMn: POINT_MN })).status).toBe(200);
    const after = await publicPoint(POINT.id);
    expect(after.nameMn).toBe(POINT_MN);
    expect(after).not.toHaveProperty('addressMn');
  });

  test('Chinese in a Mongolian field, an empty one, an unknown field or an unknown unit is refused and changes nothing', async () => {
    const before = await snapshot();
    refusedWithReason(await setDepartment(MARKET, { nameMn: '市场监管局' }), ['nameMn']);
    refusedWithReason(await setPoint(POINT.id, { nameMn: POINT_MN, addressMn: `ᠯᠢᠨ ᠢᠨ ᠵᠠᠮ，林荫路16号` }), ['addressMn']);
    expect((await setPoint(POINT.id, { nameMn: '' })).status).toBe(400);
    expect((await setPoint(POINT.id, { name: '改名' })).status).toBe(400);
    expect((await setDepartment(MARKET, { nameMn: 'ᠠ'.repeat(421) })).status).toBe(400);
    const missing = await setDepartment('dept-none', { nameMn: MARKET_MN });
    expect(missing.status).toBe(404);
    expect((await setPoint('pt-none', {})).status).toBe(404);
    // Residents and agents may not.
    const resident = await call(network, { method: 'PUT', path: `/network/departments/${MARKET}/mongolian`, body: { nameMn: MARKET_MN }, token: await tokenOf('u-resident-1') });
    expect(resident.status).toBe(403);
    expect(await snapshot()).toBe(before);
  });
});

describe('the bureau names an item in Mongolian in the catalogue editor', () => {
  const editable = async (id: string) => {
    const item = AdminServiceItemSchema.parse((await asBureau(catalogue, 'GET', `/catalogue/items/${id}`)).body);
    const { id: _id, departmentName, active, updatedAt, fee, ...rest } = item;
    void _id, departmentName, active, updatedAt, fee;
    return rest;
  };

  test('sets the name and description, the public routes answer them, and an edit without them clears them', async () => {
    const id = 'item-qy-food';
    const base = await editable(id);
    const nameMn = 'ᠬᠦᠨᠡᠰᠦ ᠶᠢᠨ ᠠᠵᠢᠯ ᠠᠬᠤᠢ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ';
    const descriptionMn = 'ᠬᠦᠨᠡᠰᠦ ᠬᠤᠳᠠᠯᠳᠤᠬᠤ᠃\nᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠨ᠎ᠠ᠃';
    const set = await asBureau(catalogue, 'PUT', `/catalogue/items/${id}`, { ...base, nameMn, descriptionMn });
    expect(set.status).toBe(200);
    expect(AdminServiceItemSchema.parse(set.body)).toMatchObject({ nameMn, descriptionMn, version: base.version + 1 });
    expect((await call(catalogue, { path: `/catalogue/items/${id}` })).body).toMatchObject({ nameMn, descriptionMn });
    const listed = ListServiceItemsResponse.parse((await call(catalogue, { path: '/catalogue/items', query: { q: nameMn } })).body);
    expect(listed.items).toEqual([expect.objectContaining({ id, nameMn })]);

    const { nameMn: _n, descriptionMn: _d, ...without } = await editable(id);
    void _n, _d;
    const cleared = await asBureau(catalogue, 'PUT', `/catalogue/items/${id}`, without);
    expect(cleared.status).toBe(200);
    const publicItem = (await call(catalogue, { path: `/catalogue/items/${id}` })).body;
    expect(publicItem).not.toHaveProperty('nameMn');
    expect(publicItem).not.toHaveProperty('descriptionMn');
  });

  test('a Chinese description in the Mongolian field is refused with the reason and changes nothing', async () => {
    const base = await editable('item-qy-individual');
    const before = await snapshot();
    refusedWithReason(await asBureau(catalogue, 'PUT', '/catalogue/items/item-qy-individual', { ...base, descriptionMn: '个体工商户登记' }), ['descriptionMn']);
    expect(await snapshot()).toBe(before);
  });
});
