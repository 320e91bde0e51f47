// 窗口登记 in jsdom: an agent at a window finds the item, keys in the caller, is told in Chinese what
// is missing, and registers the entrustment once — a retry after a failure reuses the same key; then
// records the paper agreement the caller signed.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { AGREEMENT_VERSION, CaseDetailSchema, ListServiceItemsResponse, ServiceItemSchema } from '@app/shared';
import Taro from '@tarojs/taro';
import { RegisterForm } from '../src/agent/register/RegisterForm';
import { ActionForm } from '../src/components/agent/ActionForm';
import { actionButtonLabel, offeredActions } from '../src/components/agent/agentLogic';
import { requestMock } from './mocks/taro';

const food = ServiceItemSchema.parse({
  id: 'item-qy-food',
  code: '150203-SCJG-QY-003',
  name: '食品经营许可',
  scope: 'enterpriseEstablishment',
  level: 'district',
  departmentId: 'dept-scjg',
  departmentName: '昆都仑区市场监督管理局',
  summary: '从事食品销售和餐饮服务活动的，依法取得食品经营许可。',
  serviceKinds: ['consult', 'guide', 'handleOnBehalf', 'assist'],
  serviceModes: ['appointment', 'onSite', 'online'],
  materials: [],
  commitmentDays: 3,
  fee: { amount: 0, note: '免费' },
  keywords: ['食品经营', '餐饮'],
});
const { summary: _s, serviceModes: _m, materials: _ma, keywords: _k, ...foodSummary } = food;
const searchAnswer = ListServiceItemsResponse.parse({ items: [foodSummary] });

const CREATED_AT = '2026-11-26T02:00:00.000Z';
const created = CaseDetailSchema.parse({
  id: '01JCASEWINDOW0000000000001',
  number: 'KDL-20261126-000042',
  kind: 'entrustment',
  state: 'entrusted',
  version: 1,
  itemId: food.id,
  itemName: food.name,
  departmentId: food.departmentId,
  departmentName: food.departmentName,
  serviceKind: 'handleOnBehalf',
  serviceMode: 'appointment',
  channel: 'window',
  applicantName: '刘淑芬',
  createdAt: CREATED_AT,
  updatedAt: CREATED_AT,
  awaiting: 'agent',
  applicant: { name: '刘淑芬', phoneMasked: '139****0009', phone: '13904720009' },
  servicePointId: 'pt-zwzx',
  commitmentDays: 3,
  assignee: { agentId: 'agt-zwzx-1', name: '白雪', phoneMasked: '139****0301' },
  subTasks: [],
  materialSpecs: [],
  materials: [],
  timeline: [],
  availableActions: ['signAgreement'],
  blockedActions: [],
});

type Sent = { url: string; method: string; data?: Record<string, unknown>; header: Record<string, string> };
const sent = () => requestMock.mock.calls.map(([options]) => options as Sent);
const createCalls = () => sent().filter((r) => r.method === 'POST' && r.url === 'http://api.test/cases');
const ok = (data: unknown) => ({ statusCode: 200, data });
const type = (element: Element, value: string) => fireEvent.change(element, { target: { value } });
const tap = async (text: string) => {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
};

/** The catalogue answers the search and the item; what createCase answers is up to each test. */
function catalogue(...createAnswers: (() => unknown)[]) {
  requestMock.mockImplementation(async (options: Sent) => {
    if (options.url.startsWith('http://api.test/catalogue/items?')) return ok(searchAnswer);
    if (options.url === `http://api.test/catalogue/items/${food.id}`) return ok(food);
    if (options.url === 'http://api.test/cases') {
      const answer = createAnswers.shift();
      if (!answer) throw new Error('unexpected createCase');
      return answer();
    }
    throw new Error(`unexpected request ${options.method} ${options.url}`);
  });
}

async function findAndPickFood(container: HTMLElement) {
  type(container.querySelector('input.register-q')!, '食品');
  await tap('搜索');
  await tap(food.name);
}

beforeEach(() => {
  requestMock.mockReset();
  Taro.clearStorageSync();
});

describe('an agent registers an entrustment taken at the window', () => {
  test('searching the catalogue lists the matching items; picking one shows its kinds and its modes without 上门服务', async () => {
    catalogue();
    const { container } = render(<RegisterForm onCreated={jest.fn()} />);
    type(container.querySelector('input.register-q')!, ' 食品 ');
    await tap('搜索');
    expect(sent()[0]).toMatchObject({ method: 'GET', url: 'http://api.test/catalogue/items?q=%E9%A3%9F%E5%93%81&limit=20' });
    expect(screen.getByText(food.name)).toBeTruthy();
    expect(screen.getByText(food.departmentName)).toBeTruthy();

    await tap(food.name);
    expect(sent()[1]).toMatchObject({ method: 'GET', url: `http://api.test/catalogue/items/${food.id}` });
    expect(container.querySelector('.register-picked-name')?.textContent).toBe(food.name);
    expect(container.querySelector('input.register-q')).toBeNull();
    // 代办 is chosen for the agent; on-site visits are arranged on the case page, not at the window.
    const kinds = within(screen.getByRole('radiogroup', { name: '服务类型' })).getAllByRole('radio');
    expect(kinds.map((k) => k.querySelector('.choice-label')?.textContent)).toEqual(['咨询', '指导', '代办', '帮办']);
    expect(screen.getByRole('radio', { name: '代办', checked: true })).toBeTruthy();
    const modes = within(screen.getByRole('radiogroup', { name: '服务方式' })).getAllByRole('radio');
    expect(modes.map((m) => m.querySelector('.choice-label')?.textContent)).toEqual(['预约服务', '网上服务']);
  });

  test('a search that finds nothing says so', async () => {
    requestMock.mockResolvedValue(ok({ items: [] }));
    const { container } = render(<RegisterForm onCreated={jest.fn()} />);
    type(container.querySelector('input.register-q')!, '不存在的事项');
    await tap('搜索');
    expect(screen.getByText('没有找到相关事项')).toBeTruthy();
  });

  test('submitting with nothing picked asks for the item, and nothing is sent', async () => {
    render(<RegisterForm onCreated={jest.fn()} />);
    await tap('提交登记');
    expect(screen.getByText('请先选择事项')).toBeTruthy();
    expect(screen.getByText('请填写申请人姓名')).toBeTruthy();
    expect(requestMock).not.toHaveBeenCalled();
  });

  test('a missing name, a short phone number and no service mode are each explained in Chinese, and no case is created', async () => {
    catalogue();
    const onCreated = jest.fn();
    const { container } = render(<RegisterForm onCreated={onCreated} />);
    await findAndPickFood(container);
    type(container.querySelector('input.register-name')!, '   ');
    type(container.querySelector('input.register-phone')!, '1390472');
    await tap('提交登记');
    expect(container.querySelector('.register-error')).not.toBeNull();
    expect(screen.getByText('请填写申请人姓名')).toBeTruthy();
    expect(screen.getByText('请输入 11 位手机号码')).toBeTruthy();
    expect(screen.getByText('请选择服务方式')).toBeTruthy();
    expect(screen.queryByText('请选择服务类型')).toBeNull();
    expect(createCalls()).toHaveLength(0);
    expect(onCreated).not.toHaveBeenCalled();
  });

  test('a registration sends the case as the window’s, with one idempotency key kept across a failed try, and opens the new case', async () => {
    catalogue(
      () => {
        throw new Error('network down');
      },
      () => ok(created),
    );
    const onCreated = jest.fn();
    const { container } = render(<RegisterForm servicePointId='pt-zwzx' onCreated={onCreated} />);
    await findAndPickFood(container);
    type(container.querySelector('input.register-name')!, ' 刘淑芬 ');
    type(container.querySelector('input.register-phone')!, '13904720009');
    fireEvent.click(screen.getByText('预约服务'));
    type(container.querySelector('textarea.register-note')!, '窗口收到申请书原件');

    await tap('提交登记');
    expect(screen.getByText('系统繁忙，请稍后重试')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    await tap('提交登记');

    const [first, second] = createCalls();
    expect(createCalls()).toHaveLength(2);
    expect(second.data).toEqual({
      kind: 'entrustment',
      itemId: food.id,
      serviceKind: 'handleOnBehalf',
      serviceMode: 'appointment',
      channel: 'window',
      servicePointId: 'pt-zwzx',
      applicant: { name: '刘淑芬', phone: '13904720009' },
      note: '窗口收到申请书原件',
    });
    expect(second.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(first.header['Idempotency-Key']).toBe(second.header['Idempotency-Key']);
    expect(onCreated).toHaveBeenCalledTimes(1);
    expect(onCreated).toHaveBeenCalledWith(created.id);
    expect(screen.queryByText('系统繁忙，请稍后重试')).toBeNull();
  });

  test('a refused registration shows the API’s reason and creates nothing', async () => {
    catalogue(() => ({
      statusCode: 400,
      data: { error: { code: 'validation_failed', message: 'item withdrawn', reason: 'itemWithdrawn', issues: [{ path: ['body', 'itemId'], code: 'custom', message: '该事项已停用，暂不受理新的委托' }] } },
    }));
    const onCreated = jest.fn();
    const { container } = render(<RegisterForm onCreated={onCreated} />);
    await findAndPickFood(container);
    type(container.querySelector('input.register-name')!, '刘淑芬');
    type(container.querySelector('input.register-phone')!, '13904720009');
    fireEvent.click(screen.getByText('网上服务'));
    await tap('提交登记');
    expect(screen.getByText('该事项已停用，暂不受理新的委托')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
  });
});

describe('the applicant signed the paper agreement at the window', () => {
  const onSubmit = jest.fn();
  const renderForm = () =>
    render(<ActionForm action='signAgreement' detail={created} departments={[]} specs={[]} busy={false} onSubmit={onSubmit} />);

  beforeEach(() => onSubmit.mockReset());

  test('the agent records it only after confirming each point, under the applicant’s name by default', async () => {
    const { container } = renderForm();
    expect((container.querySelector('input.agreement-signer') as HTMLInputElement).value).toBe('刘淑芬');
    await tap('确认录入');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(Taro.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '请逐项确认申请人已签署协议' }));

    for (const chip of Array.from(container.querySelectorAll('.agreement-confirmations .choice-chip'))) fireEvent.click(chip);
    type(container.querySelector('input.agreement-signer')!, '  刘淑芬（代理人：张伟）  ');
    await tap('确认录入');
    expect(onSubmit).toHaveBeenCalledWith({
      action: 'signAgreement',
      agreementVersion: AGREEMENT_VERSION,
      signerName: '刘淑芬（代理人：张伟）',
      consentToDataHandling: true,
      acknowledgeFreeOfCharge: true,
    });
  });

  test('a blank signer is refused', async () => {
    const { container } = renderForm();
    for (const chip of Array.from(container.querySelectorAll('.agreement-confirmations .choice-chip'))) fireEvent.click(chip);
    type(container.querySelector('input.agreement-signer')!, '   ');
    await tap('确认录入');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(Taro.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '请填写签署人姓名' }));
  });

  test('the workbench offers it as 录入纸质协议 when the API does', () => {
    expect(offeredActions(created.availableActions)).toEqual(['signAgreement']);
    expect(actionButtonLabel('signAgreement')).toBe('录入纸质协议');
  });
});
