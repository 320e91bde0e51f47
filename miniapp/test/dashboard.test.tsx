// The bureau's 督查考评 dashboard, the public scorecard and the 差评整改 list in jsdom: what a bureau
// officer, a resident and an agent see and what each of their taps asks the API for.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RatingLevel, type Rectification, type Scorecard, type SupervisionAgents, type SupervisionDepartments, type SupervisionFigures } from '@app/shared';
import Taro, { requestMock } from './mocks/taro';
import { drawnCharts } from './mocks/dashboard';
import DashboardPage from '../src/bureau/dashboard/index';
import RectificationsPage from '../src/bureau/rectifications/index';
import ScorecardPage from '../src/resident/scorecard/index';

jest.mock('@tarojs/components', () => ({ ...jest.requireActual('@tarojs/components'), ...jest.requireActual('./mocks/dashboard') }));
jest.mock('@qiun/ucharts', () => jest.requireActual('./mocks/dashboard'));

const NOW = new Date('2026-11-25T02:00:00Z'); // 10:00 on 25 November in China
const COMPUTED_AT = '2026-11-25T01:55:00Z';

function ratings(partial: Partial<Record<RatingLevel, number>> = {}): Record<RatingLevel, number> {
  return Object.fromEntries(RatingLevel.values.map((level) => [level, partial[level] ?? 0])) as Record<RatingLevel, number>;
}

function figures(f: Partial<SupervisionFigures>): SupervisionFigures {
  return {
    received: 0,
    accepted: 0,
    done: 0,
    onTime: 0,
    lateDone: 0,
    open: 0,
    overdueOpen: 0,
    onTimeRate: null,
    averageWorkingDays: null,
    ratings: ratings(),
    badRatings: 0,
    rectifications: { open: 0, overdue: 0, done: 0 },
    ...f,
  };
}

const market = figures({ received: 30, accepted: 30, done: 24, onTime: 20, lateDone: 4, open: 6, overdueOpen: 2, onTimeRate: 20 / 24, averageWorkingDays: 2.2, ratings: ratings({ verySatisfied: 15, satisfied: 4, dissatisfied: 1 }), badRatings: 1 });
const housing = figures({ received: 12, accepted: 12, done: 12 - 4, onTime: 6, lateDone: 2, open: 4, overdueOpen: 1, onTimeRate: 6 / 8, averageWorkingDays: 3.1, ratings: ratings({ satisfied: 5, veryDissatisfied: 1 }), badRatings: 1 });

function departmentsFixture(from: string, to: string): SupervisionDepartments {
  return {
    from,
    to,
    total: figures({
      received: 42,
      accepted: 42,
      done: 32,
      onTime: 26,
      lateDone: 6,
      open: 10,
      overdueOpen: 3,
      onTimeRate: 26 / 32,
      averageWorkingDays: 2.46,
      ratings: ratings({ verySatisfied: 15, satisfied: 9, dissatisfied: 1, veryDissatisfied: 1 }),
      badRatings: 2,
      rectifications: { open: 2, overdue: 1, done: 0 },
    }),
    departments: [
      { departmentId: 'dept-market', departmentName: '区市场监督管理局', figures: market },
      { departmentId: 'dept-housing', departmentName: '区住房和城乡建设局', figures: housing },
    ],
    computedAt: COMPUTED_AT,
  };
}

const agentsFixture = (from: string, to: string): SupervisionAgents => ({
  departmentId: 'dept-market',
  departmentName: '区市场监督管理局',
  from,
  to,
  agents: [
    { agentId: 'agent-li', agentName: '李敏', figures: figures({ received: 18, done: 15, onTime: 13, lateDone: 2, open: 3, overdueOpen: 1, onTimeRate: 13 / 15 }) },
    { agentId: 'agent-wang', agentName: '王强', figures: figures({ received: 12, done: 9, onTime: 7, lateDone: 2, open: 3, overdueOpen: 1, onTimeRate: 7 / 9 }) },
  ],
  unaccepted: 1,
  computedAt: COMPUTED_AT,
});

interface Sent {
  url: string;
  method: string;
  header: Record<string, string>;
  data?: unknown;
}
const sent = (): Sent[] => requestMock.mock.calls.map(([options]: [Sent]) => options);
const sentTo = (path: string) => sent().filter((r) => new URL(r.url).pathname === path);
const queryOf = (r: Sent) => Object.fromEntries(new URL(r.url).searchParams);
const ok = (data: unknown) => ({ statusCode: 200, data });

function signIn(role: 'bureau' | 'agent' | 'resident') {
  Taro.setStorageSync('session.token', `token-${role}`);
  Taro.setStorageSync('session.user', {
    userId: `user-${role}`,
    role,
    name: role === 'agent' ? '李敏' : '张科长',
    ...(role === 'agent' ? { agentId: 'agent-li', departmentId: 'dept-market' } : {}),
  });
}

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'hrtime', 'requestIdleCallback', 'cancelIdleCallback'] });
  requestMock.mockReset();
  Taro.showToast.mockClear();
  Taro.navigateTo.mockClear();
  Taro.clearStorageSync();
  drawnCharts.length = 0;
  // jsdom has no canvas: the recorder only needs a context object to be handed over.
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ({}) as never);
  jest.spyOn(HTMLCanvasElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: 335, height: 200 }) as DOMRect);
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('the bureau’s 督查考评 dashboard', () => {
  function serveSupervision() {
    requestMock.mockImplementation(async (options: Sent) => {
      const url = new URL(options.url);
      const q = Object.fromEntries(url.searchParams);
      if (url.pathname === '/supervision/departments') return ok(departmentsFixture(q.from, q.to));
      if (url.pathname === '/supervision/agents') return ok(agentsFixture(q.from, q.to));
      if (url.pathname === '/supervision/export') return ok({ filename: `督查考评_${q.from}_${q.to}.csv`, csv: '\uFEFF部门,受理\n区市场监督管理局,30\n' });
      return { statusCode: 404, data: { error: { code: 'not_found', message: '未找到相关内容' } } };
    });
  }

  const tile = (container: HTMLElement, key: string) => container.querySelector(`.dash-tile-${key}`) as HTMLElement;
  const tileValue = (container: HTMLElement, key: string) => tile(container, key).querySelector('.dash-tile-value')?.textContent;

  test('the last 30 days are shown on open: the district tiles, and the stacked chart gets each department’s series', async () => {
    signIn('bureau');
    serveSupervision();
    const { container } = render(<DashboardPage />);
    await screen.findByText('统计期间：2026-10-27 至 2026-11-25（按委托日期计）');
    await waitFor(() => expect(container.querySelector('.dash-tiles')).not.toBeNull());

    const [first] = sentTo('/supervision/departments');
    expect(queryOf(first)).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(first.header.Authorization).toBe('Bearer token-bureau');

    expect(tileValue(container, 'received')).toBe('42');
    expect(tileValue(container, 'onTimeRate')).toBe('81.3%'); // 26 of 32 done on time
    expect(tileValue(container, 'overdue')).toBe('3');
    expect(tile(container, 'overdue').className).toContain('dash-tone-overdue');
    expect(tileValue(container, 'averageWorkingDays')).toBe('2.5');
    expect(tileValue(container, 'badRatings')).toBe('2');
    expect(tileValue(container, 'rectifying')).toBe('2');
    expect(within(tile(container, 'rectifying')).getByText('其中逾期1')).toBeTruthy();
    expect(tile(container, 'rectifying').className).toContain('dash-tone-overdue');

    // Both per-department charts are horizontal bars, so long department names are read whole.
    await waitFor(() => expect(drawnCharts.map((c) => c.type).sort()).toEqual(['bar', 'bar', 'pie']));
    const stacked = drawnCharts.find((c) => c.type === 'bar' && c.series.length === 4)!;
    expect(stacked.categories).toEqual(['区市场监督管理局', '区住房和城乡建设局']);
    expect(stacked.series.map((s) => [s.name, s.data])).toEqual([
      ['按时办结', [20, 6]],
      ['超期办结', [4, 2]],
      ['办理中', [4, 3]],
      ['逾期未结', [2, 1]],
    ]);
    // The count axis steps in whole cases: the longest bar (30) is its top, divided into five.
    expect(stacked.xAxis?.max).toBe(30);
    const onTime = drawnCharts.find((c) => c.type === 'bar' && c.series.length === 1)!;
    expect(onTime.series[0].data).toEqual([83.3, 75]);
    const pie = drawnCharts.find((c) => c.type === 'pie')!;
    expect(pie.series.map((s) => [s.name, s.data])).toEqual([
      ['非常满意', 15],
      ['满意', 9],
      ['基本满意', 0],
      ['不满意', 1],
      ['非常不满意', 1],
    ]);

    // The department table: the overdue count of a department with overdue cases is red.
    const marketRow = container.querySelector('[data-unit-id="dept-market"]') as HTMLElement;
    expect(marketRow.querySelector('.dash-td-received')?.textContent).toBe('30');
    expect(marketRow.querySelector('.dash-td-overdue')?.className).toContain('dash-tone-overdue');
  });

  test('a year is counted by whole months: the page names the months the server counted, and says why', async () => {
    signIn('bureau');
    serveSupervision();
    const asAsked = requestMock.getMockImplementation()!;
    requestMock.mockImplementation(async (options: Sent) => {
      const url = new URL(options.url);
      if (url.pathname === '/supervision/departments' && url.searchParams.get('from') === '2025-11-26') return ok(departmentsFixture('2025-11-01', '2026-11-25'));
      return asAsked(options);
    });
    render(<DashboardPage />);
    await screen.findByText('统计期间：2026-10-27 至 2026-11-25（按委托日期计）');
    fireEvent.click(screen.getByText('近365天'));
    await screen.findByText('统计期间：2025-11-01 至 2026-11-25（按委托日期计）');
    expect(screen.getByText('超过两个月的期间按整月统计')).toBeTruthy();
    // Back to 30 days: counted as asked, and nothing to explain.
    fireEvent.click(screen.getByText('近30天'));
    await screen.findByText('统计期间：2026-10-27 至 2026-11-25（按委托日期计）');
    expect(screen.queryByText(/按整月统计/)).toBeNull();
  });

  test('the period picker asks for 90 days, then a custom range; a reversed range is refused before any request', async () => {
    signIn('bureau');
    serveSupervision();
    const { container } = render(<DashboardPage />);
    await waitFor(() => expect(sentTo('/supervision/departments')).toHaveLength(1));

    fireEvent.click(screen.getByText('近90天'));
    await waitFor(() => expect(sentTo('/supervision/departments')).toHaveLength(2));
    expect(queryOf(sentTo('/supervision/departments')[1])).toEqual({ from: '2026-08-28', to: '2026-11-25' });

    fireEvent.click(screen.getByText('自定义'));
    const [fromInput, toInput] = Array.from(container.querySelectorAll('input.taro-picker-input')) as HTMLInputElement[];
    fireEvent.change(fromInput, { target: { value: '2026-03-31' } });
    fireEvent.change(toInput, { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByText('查询'));
    expect(screen.getByText('开始日期不能晚于结束日期')).toBeTruthy();
    expect(sentTo('/supervision/departments')).toHaveLength(2);

    fireEvent.change(fromInput, { target: { value: '2026-01-01' } });
    fireEvent.change(toInput, { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByText('查询'));
    await waitFor(() => expect(sentTo('/supervision/departments')).toHaveLength(3));
    expect(queryOf(sentTo('/supervision/departments')[2])).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    await screen.findByText('统计期间：2026-01-01 至 2026-03-31（按委托日期计）');
  });

  test('tapping a department shows its agents’ figures for the same period, with a chart of them', async () => {
    signIn('bureau');
    serveSupervision();
    const { container } = render(<DashboardPage />);
    await waitFor(() => expect(container.querySelector('[data-unit-id="dept-market"]')).not.toBeNull());

    fireEvent.click(container.querySelector('[data-unit-id="dept-market"]')!);
    await screen.findByText('区市场监督管理局：代办帮办员');
    expect(queryOf(sentTo('/supervision/agents')[0])).toEqual({ departmentId: 'dept-market', from: '2026-10-27', to: '2026-11-25' });
    expect(screen.getByText('李敏')).toBeTruthy();
    expect(screen.getByText('尚未受理 1 件')).toBeTruthy();
    await waitFor(() => expect(drawnCharts.some((c) => c.type === 'bar' && c.categories?.[0] === '李敏')).toBe(true));
    const agentChart = drawnCharts.find((c) => c.type === 'bar' && c.categories?.[0] === '李敏')!;
    expect(agentChart.series.find((s) => s.name === '按时办结')?.data).toEqual([13, 7]);
  });

  test('导出CSV fetches the period’s export and downloads it under the API’s file name', async () => {
    signIn('bureau');
    serveSupervision();
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    render(<DashboardPage />);
    await waitFor(() => expect(sentTo('/supervision/departments')).toHaveLength(1));

    await act(async () => {
      fireEvent.click(screen.getByText('导出CSV'));
    });
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(queryOf(sentTo('/supervision/export')[0])).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(clicked[0].download).toBe('督查考评_2026-10-27_2026-11-25.csv');
    expect(clicked[0].href).toBe('blob:export');
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(text).toContain('区市场监督管理局,30');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已开始下载' }));
  });

  test('an API failure is shown in Chinese with a retry, and a resident is turned away', async () => {
    signIn('bureau');
    requestMock.mockResolvedValueOnce({ statusCode: 503, data: { error: { code: 'service_unavailable', message: 'busy' } } });
    render(<DashboardPage />);
    await screen.findByText('系统繁忙，请稍后重试');
    serveSupervision();
    fireEvent.click(screen.getByText('重试'));
    await screen.findByText('区住房和城乡建设局');

    Taro.clearStorageSync();
    signIn('resident');
    const other = render(<DashboardPage />);
    await within(other.container).findByText('仅限政务服务局使用');
  });
});

const scorecardFixture: Scorecard = {
  windows: [
    {
      days: 30,
      from: '2026-10-27',
      to: '2026-11-25',
      departments: [
        { departmentId: 'dept-market', departmentName: '区市场监督管理局', received: 30, done: 24, onTimeRate: 20 / 24, ratings: ratings({ verySatisfied: 15, satisfied: 4, dissatisfied: 1 }), satisfactionRate: 19 / 20, badRatingRate: 1 / 20 },
        { departmentId: 'dept-housing', departmentName: '区住房和城乡建设局', received: 0, done: 0, onTimeRate: null, ratings: ratings(), satisfactionRate: null, badRatingRate: null },
      ],
    },
    {
      days: 365,
      from: '2025-11-26',
      to: '2026-11-25',
      departments: [
        { departmentId: 'dept-market', departmentName: '区市场监督管理局', received: 310, done: 300, onTimeRate: 0.9, ratings: ratings({ verySatisfied: 200, satisfied: 50, veryDissatisfied: 10 }), satisfactionRate: 250 / 260, badRatingRate: 10 / 260 },
      ],
    },
  ],
  pointWaits: {
    from: '2026-10-27',
    to: '2026-11-25',
    points: [
      { pointId: 'pt-zwzx', pointName: '昆都仑区政务服务中心', called: 1820, averageWaitMinutes: 12.4 },
      { pointId: 'pt-new', pointName: '新开的便民服务站', called: 0, averageWaitMinutes: null },
    ],
  },
  computedAt: COMPUTED_AT,
};

describe('the public scorecard', () => {
  test('a signed-out visitor sees each department’s figures for 30 days, then 365 days', async () => {
    requestMock.mockResolvedValue(ok(scorecardFixture));
    const { container } = render(<ScorecardPage />);
    expect(screen.getByText(/接受社会监督/)).toBeTruthy();
    await screen.findByText('统计期间：2026-10-27 至 2026-11-25');

    const [request] = sent();
    expect(new URL(request.url).pathname).toBe('/scorecard');
    expect(request.header.Authorization).toBeUndefined();
    expect(Taro.navigateTo).not.toHaveBeenCalled(); // no login page

    const market = container.querySelector('[data-department-id="dept-market"]') as HTMLElement;
    expect(market.querySelector('.score-received')?.textContent).toBe('30');
    expect(within(market).getByText('83.3%')).toBeTruthy();
    expect(within(market).getByText('95.0%')).toBeTruthy();
    expect(within(market).getByText('差评率')).toBeTruthy();
    expect(within(market).getByText('5.0%')).toBeTruthy();
    expect((market.querySelector('.score-bar-ontime') as HTMLElement).style.width).toBe('83%');
    expect(within(market).getByText('非常满意 15')).toBeTruthy();
    const housing = container.querySelector('[data-department-id="dept-housing"]') as HTMLElement;
    expect(within(housing).getAllByText('—')).toHaveLength(3);
    expect(within(housing).getByText('暂无评价')).toBeTruthy();
    // The halls' waits: from taking a number to being called, per point; a point with no calls says so.
    expect(screen.getByText('12.4 分钟 · 1820 次')).toBeTruthy();
    expect(screen.getByText('暂无叫号')).toBeTruthy();

    fireEvent.click(screen.getByText('近365天'));
    await screen.findByText('统计期间：2025-11-26 至 2026-11-25');
    expect(container.querySelector('[data-department-id="dept-market"] .score-received')?.textContent).toBe('310');
    expect(container.querySelector('[data-department-id="dept-housing"]')).toBeNull();
    expect(sent()).toHaveLength(1);
  });
});

const openRectification: Rectification = {
  caseId: 'case-0042',
  caseNumber: 'DB20261101-0042',
  itemName: '食品经营许可证核发',
  departmentId: 'dept-market',
  departmentName: '区市场监督管理局',
  ownerAgentId: 'agent-li',
  ownerAgentName: '李敏',
  rating: { level: 'veryDissatisfied', categories: ['process', 'policyExplanation'], comment: '材料被退回三次', at: '2026-11-10T06:00:00Z' },
  dueDate: '2026-11-20',
  state: 'open',
  overdue: true,
};

describe('差评整改', () => {
  test('an agent sees the overdue rectification in red, must write the measures, and reports them', async () => {
    signIn('agent');
    requestMock.mockImplementation(async (options: Sent) => {
      const url = new URL(options.url);
      if (url.pathname === '/supervision/rectifications') return ok({ rectifications: [openRectification] });
      if (url.pathname === '/cases/case-0042/rectification') {
        return ok({ ...openRectification, state: 'done', overdue: false, report: { measures: (options.data as { measures: string }).measures, byName: '李敏', at: '2026-11-25T02:00:00Z' } });
      }
      return { statusCode: 404, data: { error: { code: 'not_found', message: 'x' } } };
    });
    const { container } = render(<RectificationsPage />);
    await screen.findByText('食品经营许可证核发');
    expect(queryOf(sentTo('/supervision/rectifications')[0])).toEqual({ state: 'open' });
    expect(container.querySelector('.rect-entry')?.className).toContain('rect-overdue');
    expect(screen.getByText('已逾期 · 整改期限 2026-11-20').className).toContain('dash-tone-overdue');
    // What went wrong, as the resident named it: the department knows what to rectify.
    expect(screen.getByText('问题类型：办事流程、政策解读')).toBeTruthy();

    fireEvent.click(screen.getByText('查看案件 ›'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/agent/case/index?id=case-0042' });

    const measures = container.querySelector('textarea.rect-measures') as HTMLTextAreaElement;
    await act(async () => {
      fireEvent.click(screen.getByText('报告整改'));
    });
    expect(screen.getByText('请填写整改措施')).toBeTruthy();
    fireEvent.change(measures, { target: { value: '改'.repeat(501) } });
    await act(async () => {
      fireEvent.click(screen.getByText('报告整改'));
    });
    expect(screen.getByText('整改措施不能超过500字')).toBeTruthy();
    expect(sentTo('/cases/case-0042/rectification')).toHaveLength(0);

    fireEvent.change(measures, { target: { value: '  已电话回访群众，材料一次性告知清单已上墙  ' } });
    await act(async () => {
      fireEvent.click(screen.getByText('报告整改'));
    });
    const [report] = sentTo('/cases/case-0042/rectification');
    expect(report.method).toBe('POST');
    expect(report.data).toEqual({ measures: '已电话回访群众，材料一次性告知清单已上墙' });
    await waitFor(() => expect(screen.queryByText('食品经营许可证核发')).toBeNull());
    expect(screen.getByText('暂无待整改的差评')).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '整改情况已报告' }));
  });

  test('a refusal by the API is shown in its Chinese words and the case stays in the list', async () => {
    signIn('agent');
    requestMock.mockImplementation(async (options: Sent) => {
      const url = new URL(options.url);
      if (url.pathname === '/supervision/rectifications') return ok({ rectifications: [openRectification] });
      return { statusCode: 409, data: { error: { code: 'conflict', message: 'already reported' } } };
    });
    const { container } = render(<RectificationsPage />);
    await screen.findByText('食品经营许可证核发');
    fireEvent.change(container.querySelector('textarea.rect-measures')!, { target: { value: '已整改' } });
    await act(async () => {
      fireEvent.click(screen.getByText('报告整改'));
    });
    expect(await screen.findByText('操作冲突，请刷新后重试')).toBeTruthy();
    expect(screen.getByText('食品经营许可证核发')).toBeTruthy();
  });

  test('the bureau reads done rectifications with their measures, opens the case read-only, and has no report form', async () => {
    signIn('bureau');
    const done: Rectification = { ...openRectification, state: 'done', overdue: false, report: { measures: '已优化告知单', byName: '李敏', at: '2026-11-18T02:00:00Z' } };
    requestMock.mockImplementation(async (options: Sent) => {
      const q = Object.fromEntries(new URL(options.url).searchParams);
      return ok({ rectifications: q.state === 'done' ? [done] : [] });
    });
    const { container } = render(<RectificationsPage />);
    await screen.findByText('暂无待整改的差评');
    fireEvent.click(screen.getByText('已整改'));
    await screen.findByText(/已优化告知单/);
    expect(queryOf(sentTo('/supervision/rectifications')[1])).toEqual({ state: 'done' });
    expect(container.querySelector('textarea.rect-measures')).toBeNull();
    fireEvent.click(screen.getByText('查看案件 ›'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/resident/case/index?id=case-0042' });
  });
});
