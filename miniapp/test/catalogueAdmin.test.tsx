// The bureau's item form in jsdom: the shared schema's checks shown in Chinese, materials added
// and removed, and exactly what a save sends (with the version it was based on).
import { act, fireEvent, render, screen } from '@testing-library/react';
import { AdminServiceItemSchema, type AdminServiceItem, type Department } from '@app/shared';
import Taro from '@tarojs/taro';
import { ItemEditor } from '../src/components/catalogueAdmin/ItemEditor';
import { EMPTY_ITEM, bodyOf, draftOf, validateDraft } from '../src/components/catalogueAdmin/itemForm';
import { requestMock } from './mocks/taro';

const departments: Department[] = [
  { id: 'dept-scjg', name: '区市场监督管理局', kind: 'department', phone: '0472-1234567', address: '钢铁大街1号' },
  { id: 'dept-fgw', name: '区发展和改革委员会', kind: 'department', phone: '0472-7654321', address: '钢铁大街2号' },
];

const stored: AdminServiceItem = AdminServiceItemSchema.parse({
  id: 'item-food-licence',
  code: '150203-SCJG-QY-009',
  name: '食品经营许可',
  scope: 'enterpriseEstablishment',
  level: 'district',
  departmentId: 'dept-scjg',
  departmentName: '区市场监督管理局',
  summary: '从事食品销售和餐饮服务，应当取得食品经营许可。',
  serviceKinds: ['consult', 'handleOnBehalf'],
  serviceModes: ['online'],
  materials: [
    { id: 'application', name: '食品经营许可申请书', required: true, commitmentAllowed: false },
    { id: 'licence', name: '营业执照', note: '复印件1份', required: true, commitmentAllowed: false },
    { id: 'floor-plan', name: '经营场所平面图', required: false, commitmentAllowed: true },
  ],
  commitmentDays: 5,
  statutoryDays: 20,
  fee: { amount: 0, note: '免费' },
  keywords: ['食品', '餐饮'],
  version: 4,
  active: true,
});

const input = (container: HTMLElement, className: string) => container.querySelector(`input.${className}`) as HTMLInputElement;
const type = (element: Element, value: string) => fireEvent.change(element, { target: { value } });
const lastRequest = () => requestMock.mock.calls[requestMock.mock.calls.length - 1][0] as { url: string; method: string; data: Record<string, unknown>; header: Record<string, string> };

beforeEach(() => {
  requestMock.mockReset();
  Taro.clearStorageSync();
});

describe('the draft is judged by the shared request schema', () => {
  test('an empty draft names every missing field in Chinese', () => {
    const errors = validateDraft(EMPTY_ITEM);
    expect(Object.keys(errors).sort()).toEqual(['code', 'commitmentDays', 'departmentId', 'name', 'scope'].sort());
    for (const message of Object.values(errors)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a commitment longer than the statutory deadline, a bad code and a repeated material are refused', () => {
    const draft = { ...draftOf(stored), code: 'A B', commitmentDays: '30', materials: [...draftOf(stored).materials, { key: 'x', name: '营业执照', note: '', required: true, commitmentAllowed: false }] };
    const errors = validateDraft(draft, stored.version);
    expect(errors.commitmentDays).toBe('承诺时限不能超过法定时限');
    expect(errors.code).toMatch(/事项编码/);
    expect(errors['materials.3.name']).toMatch(/重复/);
  });

  test('a stored item’s draft is valid as it stands, and its body carries the material ids and the version', () => {
    const draft = draftOf(stored);
    expect(validateDraft(draft, stored.version)).toEqual({});
    const body = bodyOf(draft, stored.version);
    expect(body.version).toBe(4);
    expect((body.materials as { id?: string }[]).map((m) => m.id)).toEqual(['application', 'licence', 'floor-plan']);
    // A create never sends ids or a version.
    const created = bodyOf(draft);
    expect(created.version).toBeUndefined();
    expect((created.materials as { id?: string }[]).every((m) => m.id === undefined)).toBe(true);
  });
});

describe('the item editor', () => {
  test('publishing an empty form shows the problems and sends nothing', async () => {
    const { container } = render(<ItemEditor departments={departments} onSaved={jest.fn()} onReload={jest.fn()} />);
    await act(async () => {
      fireEvent.click(screen.getByText('发布事项'));
    });
    expect(requestMock).not.toHaveBeenCalled();
    expect(screen.getByText('请检查标红的内容')).toBeTruthy();
    expect(container.querySelector('.ca-error--name')?.textContent).toBe('请填写事项名称');
    expect(container.querySelector('.ca-error--departmentId')?.textContent).toBe('请选择实施部门');
  });

  test('a new item is published with an Idempotency-Key, a picked department, its materials and no version', async () => {
    const onSaved = jest.fn();
    const { container } = render(<ItemEditor departments={departments} onSaved={onSaved} onReload={jest.fn()} />);
    type(input(container, 'ca-name'), '食品经营许可注销');
    type(input(container, 'ca-code'), '150203-SCJG-QY-010');
    fireEvent.click(screen.getByText('区市场监督管理局'));
    fireEvent.click(screen.getByText('企业开办'));
    type(input(container, 'ca-commitment'), '3');
    type(input(container, 'ca-keywords'), '食品，注销 餐饮');
    fireEvent.click(screen.getByText('添加材料'));
    type(input(container, 'ca-material-name'), '注销申请书');
    requestMock.mockResolvedValue({ statusCode: 200, data: { ...stored, id: 'item-new', code: '150203-SCJG-QY-010', version: 1 } });
    await act(async () => {
      fireEvent.click(screen.getByText('发布事项'));
    });
    const request = lastRequest();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://api.test/catalogue/items');
    expect(request.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(request.data).toEqual({
      code: '150203-SCJG-QY-010',
      name: '食品经营许可注销',
      scope: 'enterpriseEstablishment',
      level: 'district',
      departmentId: 'dept-scjg',
      summary: '',
      serviceKinds: ['consult', 'handleOnBehalf'],
      serviceModes: ['online', 'appointment'],
      commitmentDays: 3,
      keywords: ['食品', '注销', '餐饮'],
      materials: [{ name: '注销申请书', required: true, commitmentAllowed: false }],
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'item-new' }));
  });

  test('editing: a material removed, one added, one renamed and the deadline changed — the PUT keeps ids and names the version', async () => {
    const onSaved = jest.fn();
    const { container } = render(<ItemEditor item={stored} departments={departments} onSaved={onSaved} onReload={jest.fn()} />);
    expect(container.querySelectorAll('.ca-material')).toHaveLength(3);
    // Remove the floor plan (the third material).
    fireEvent.click(container.querySelectorAll('.ca-material-remove')[2]);
    expect(container.querySelectorAll('.ca-material')).toHaveLength(2);
    // Rename the licence and let it be replaced by a commitment.
    type(container.querySelectorAll('input.ca-material-name')[1], '营业执照副本');
    fireEvent.click(container.querySelectorAll('.ca-material-commitment')[1]);
    // Add a new one.
    fireEvent.click(screen.getByText('添加材料'));
    expect(container.querySelectorAll('.ca-material')).toHaveLength(3);
    expect(screen.getByText('材料3（新增）')).toBeTruthy();
    type(container.querySelectorAll('input.ca-material-name')[2], '健康证明');
    type(container.querySelectorAll('input.ca-material-note')[2], '从业人员各1份');
    type(input(container, 'ca-commitment'), '3');

    requestMock.mockResolvedValue({ statusCode: 200, data: { ...stored, version: 5 } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(requestMock).toHaveBeenCalledTimes(1);
    const request = lastRequest();
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('http://api.test/catalogue/items/item-food-licence');
    expect(request.data.version).toBe(4);
    expect(request.data.commitmentDays).toBe(3);
    expect(request.data.statutoryDays).toBe(20);
    expect(request.data.materials).toEqual([
      { id: 'application', name: '食品经营许可申请书', required: true, commitmentAllowed: false },
      { id: 'licence', name: '营业执照副本', note: '复印件1份', required: true, commitmentAllowed: true },
      { name: '健康证明', note: '从业人员各1份', required: true, commitmentAllowed: false },
    ]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 5 }));
  });

  test('a save that lost to someone else’s edit (409) is explained in Chinese, with a reload button', async () => {
    const onReload = jest.fn();
    const onSaved = jest.fn();
    const { container } = render(<ItemEditor item={stored} departments={departments} onSaved={onSaved} onReload={onReload} />);
    type(input(container, 'ca-name'), '食品经营许可（新）');
    requestMock.mockResolvedValue({ statusCode: 409, data: { error: { code: 'stale_version', message: '办件已被他人更新，请刷新后重试' } } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(onSaved).not.toHaveBeenCalled();
    expect(container.querySelector('.ca-conflict-text')?.textContent).toMatch(/已被其他工作人员修改.*第4版.*重新加载/);
    fireEvent.click(screen.getByText('重新加载'));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  test('a code another item holds is shown on the code field', async () => {
    const { container } = render(<ItemEditor item={stored} departments={departments} onSaved={jest.fn()} onReload={jest.fn()} />);
    requestMock.mockResolvedValue({ statusCode: 409, data: { error: { code: 'conflict', message: '操作冲突，请刷新后重试', reason: 'codeTaken' } } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(container.querySelector('.ca-error--code')?.textContent).toBe('该事项编码已被其他事项使用，请核对');
  });

  test('停用 asks first, then posts { active: false }; a withdrawn item offers 启用', async () => {
    const onSaved = jest.fn();
    const { rerender } = render(<ItemEditor item={stored} departments={departments} onSaved={onSaved} onReload={jest.fn()} />);
    fireEvent.click(screen.getByText('停用事项'));
    expect(requestMock).not.toHaveBeenCalled();
    requestMock.mockResolvedValue({ statusCode: 200, data: { ...stored, active: false, version: 5 } });
    await act(async () => {
      fireEvent.click(screen.getByText('确定停用'));
    });
    const request = lastRequest();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://api.test/catalogue/items/item-food-licence/status');
    expect(request.data).toEqual({ active: false });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ active: false }));

    rerender(<ItemEditor key='withdrawn' item={{ ...stored, active: false, version: 5 }} departments={departments} onSaved={onSaved} onReload={jest.fn()} />);
    expect(screen.getByText(/该事项已停用/)).toBeTruthy();
    expect(screen.getByText('启用事项')).toBeTruthy();
  });
});

describe('the item in Mongolian', () => {
  const NAME_MN = 'ᠬᠦᠨᠡᠰᠦ ᠶᠢᠨ ᠠᠵᠢᠯ ᠠᠬᠤᠢ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ';

  test('the bureau types the Mongolian name; the PUT carries it, and a blank description is left out', async () => {
    const { container } = render(<ItemEditor item={stored} departments={departments} onSaved={jest.fn()} onReload={jest.fn()} />);
    type(input(container, 'ca-name-mn'), `  ${NAME_MN} `);
    requestMock.mockResolvedValue({ statusCode: 200, data: { ...stored, nameMn: NAME_MN, version: 5 } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    const request = lastRequest();
    expect(request.data.nameMn).toBe(NAME_MN);
    expect(request.data.descriptionMn).toBeUndefined(); // left out of the JSON
  });

  test('a stored Mongolian name shows in its field; emptying it clears it on save', async () => {
    const { container } = render(<ItemEditor item={{ ...stored, nameMn: NAME_MN }} departments={departments} onSaved={jest.fn()} onReload={jest.fn()} />);
    expect(input(container, 'ca-name-mn').value).toBe(NAME_MN);
    type(input(container, 'ca-name-mn'), '');
    requestMock.mockResolvedValue({ statusCode: 200, data: { ...stored, version: 5 } });
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(lastRequest().data.nameMn).toBeUndefined(); // left out of the JSON
  });

  test('Chinese typed into a Mongolian field is refused at once, in Chinese, and nothing is sent', async () => {
    const { container } = render(<ItemEditor item={stored} departments={departments} onSaved={jest.fn()} onReload={jest.fn()} />);
    type(input(container, 'ca-name-mn'), '食品经营许可');
    expect(container.querySelector('.ca-error--nameMn')?.textContent).toMatch(/蒙古文字段不能包含汉字/);
    await act(async () => {
      fireEvent.click(screen.getByText('保存修改'));
    });
    expect(requestMock).not.toHaveBeenCalled();
    expect(container.querySelector('.ca-error--nameMn')?.textContent).toMatch(/蒙古文字段不能包含汉字/);
    type(input(container, 'ca-name-mn'), NAME_MN);
    expect(container.querySelector('.ca-error--nameMn')).toBeNull();
  });
});
