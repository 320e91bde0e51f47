// 调岗 and 强制下线 on the bureau's staffing page in jsdom: the bureau moves an agent to another
// department (and reads what happened to the cases they held) or signs a bound agent out
// everywhere after confirming; a refusal reads as the API's sentence.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AgentSchema, REFUSAL_SENTENCES, type Agent } from '@app/shared';
import Taro, { requestMock } from './mocks/taro';
import { UnitAgents } from '../src/components/bureau/UnitAgents';

const agent = AgentSchema.parse({
  id: 'agt-scjg-2',
  name: '高磊',
  title: '代办帮办员',
  departmentId: 'dept-scjg',
  phoneMasked: '139****0122',
  isHead: false,
  active: true,
  binding: 'bound',
  boundAt: '2026-11-20T02:00:00.000Z',
});
const head = AgentSchema.parse({ ...agent, id: 'agt-scjg-1', name: '马文静', isHead: true });
const targets = [
  { kind: 'department' as const, id: 'dept-scjg', name: '区市场监督管理局' },
  { kind: 'department' as const, id: 'dept-fgw', name: '区发展和改革委员会' },
  { kind: 'servicePoint' as const, id: 'pt-zwzx', name: '区政务服务中心' },
];

type Sent = { url: string; method: string; data?: Record<string, unknown> };
const sent = () => requestMock.mock.calls.map(([options]) => options as Sent);
const ok = (data: unknown) => ({ statusCode: 200, data });

/** The API as the list meets it; a successful move takes the agent out of this unit's list. */
function api(agents: Agent[], answers: { move?: { statusCode: number; data?: unknown }; signOut?: unknown } = {}) {
  let listed = agents;
  requestMock.mockImplementation(async (options: Sent) => {
    if (options.method === 'GET' && options.url.startsWith('http://api.test/network/agents?')) return ok({ agents: listed });
    if (options.url.endsWith('/move')) {
      if (answers.move?.statusCode === 200) listed = listed.filter((a) => !options.url.includes(`/${a.id}/`));
      return answers.move;
    }
    if (options.url.endsWith('/sign-out')) return answers.signOut;
    throw new Error(`unexpected request ${options.method} ${options.url}`);
  });
}

beforeEach(() => {
  requestMock.mockReset();
  Taro.setStorageSync('session.token', 'token-bureau');
});

test('the bureau moves an agent to another department and reads what became of the held cases', async () => {
  const moved = { ...agent, departmentId: 'dept-fgw' };
  api([agent, head], { move: ok({ agent: moved, reassigned: [{ caseId: '01C', caseNumber: 'KDL-1', itemName: '食品经营许可', toAgentId: 'agt-scjg-1', toAgentName: '马文静' }], queued: 0 }) });
  const { container } = render(<UnitAgents unit={{ kind: 'department', id: 'dept-scjg' }} targets={targets} />);
  await screen.findByText('高磊');
  // A department head is not offered a move; the current unit is not a choice.
  expect(container.querySelectorAll('.agent-move')).toHaveLength(1);
  fireEvent.click(screen.getByText('调岗'));
  expect(screen.queryByText('区市场监督管理局')).toBeNull();
  fireEvent.click(screen.getByText('区发展和改革委员会'));
  fireEvent.click(screen.getByText('确认调至区发展和改革委员会'));
  // The moved agent leaves this unit's list; what the move did stays said above it.
  await screen.findByText('高磊已调至区发展和改革委员会，需重新登录；1件在办事项已转交原单位其他人员');
  await waitFor(() => expect(screen.queryByText('高磊')).toBeNull());
  const move = sent().find((r) => r.url.endsWith('/network/agents/agt-scjg-2/move'))!;
  expect(move.data).toEqual({ departmentId: 'dept-fgw' });
});

test('强制下线 asks first, then signs the agent out everywhere', async () => {
  api([agent], { signOut: ok({ agent, signedOutAt: '2026-11-26T02:00:00.000Z' }) });
  const { container } = render(<UnitAgents unit={{ kind: 'department', id: 'dept-scjg' }} targets={targets} />);
  await screen.findByText('高磊');
  (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
  fireEvent.click(container.querySelector('.agent-sign-out')!);
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
  expect(sent().some((r) => r.url.endsWith('/sign-out'))).toBe(false);
  fireEvent.click(container.querySelector('.agent-sign-out')!);
  await screen.findByText('高磊已在所有设备上下线，需重新登录');
});

test('a refused move reads as the API’s sentence', async () => {
  api([agent], { move: { statusCode: 409, data: { error: { code: 'conflict', message: '操作冲突，请刷新后重试', reason: 'agentChanged' } } } });
  const { container } = render(<UnitAgents unit={{ kind: 'department', id: 'dept-scjg' }} targets={targets} />);
  await screen.findByText('高磊');
  fireEvent.click(container.querySelector('.agent-move')!);
  fireEvent.click(screen.getByText('区政务服务中心'));
  fireEvent.click(screen.getByText('确认调至区政务服务中心'));
  await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: REFUSAL_SENTENCES.agentChanged, icon: 'none' }));
});
