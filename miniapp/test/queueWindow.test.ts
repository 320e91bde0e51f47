// The window's buttons as the agent meets them: what each may do now and, when not, the sentence
// it says (the same rules as the API's); and the bureau's queue form turning a 400 into field messages.
import type { Ticket, WindowView } from '@app/shared';
import { reasonLines, ticketFacts, whyNot, rememberWindow, rememberedWindow } from '../src/components/queue/windowLogic';
import { draftOf, errorsOf, newQueue, requestOf } from '../src/components/queue/queueConfigForm';

const ticket = (patch: Partial<Ticket>): Ticket => ({
  id: 't1',
  number: 'A023',
  pointId: 'pt-zwzx',
  pointName: '昆都仑区政务服务中心',
  date: '2026-11-26',
  queueId: 'consult',
  queueName: '代办帮办咨询',
  state: 'called',
  priority: false,
  atDesk: false,
  issuedAt: '2026-11-26T01:48:00.000Z',
  calledAt: '2026-11-26T02:00:00.000Z',
  window: 1,
  calls: 1,
  requeued: false,
  version: 2,
  ...patch,
});
const view = (current?: Ticket, next: WindowView['next'] = []) => ({ current, next });

test('a free window can only call, and says so when nobody waits', () => {
  expect(whyNot('call', view(undefined, [{ id: 'x', number: 'A024', priority: false }]))).toBeUndefined();
  expect(whyNot('call', view())).toBe('当前没有等候的号码');
  for (const action of ['recall', 'miss', 'start', 'finish'] as const) expect(whyNot(action, view())).toBe('本窗口当前没有号码，请先叫号');
});

test('a called ticket is recalled or served; 过号 only after the third call; a busy window calls nobody else', () => {
  const called = view(ticket({ calls: 2 }));
  expect(whyNot('call', called)).toBe('本窗口还有未办结的号码，请先办结或过号');
  expect(whyNot('recall', called)).toBeUndefined();
  expect(whyNot('start', called)).toBeUndefined();
  expect(whyNot('miss', called)).toBe('叫号满三次未到才能过号');
  expect(whyNot('finish', called)).toBe('该号码尚未开始办理');
  expect(whyNot('miss', view(ticket({ calls: 3 })))).toBeUndefined();
  expect(reasonLines(called)).toEqual(['叫号：本窗口还有未办结的号码，请先办结或过号', '过号：叫号满三次未到才能过号', '办结：该号码尚未开始办理']);
  expect(reasonLines(view())).toEqual(['叫号：当前没有等候的号码', '重呼、过号、开始办理、办结：本窗口当前没有号码，请先叫号']);
});

test('a ticket being served can only be finished', () => {
  const serving = view(ticket({ state: 'serving', startedAt: '2026-11-26T02:01:00.000Z' }));
  expect(whyNot('finish', serving)).toBeUndefined();
  expect(whyNot('start', serving)).toBe('已在办理中');
  expect(whyNot('recall', serving)).toBe('已开始办理，不能再重呼或过号');
  expect(ticketFacts(serving.current!, new Date('2026-11-26T02:06:30.000Z'))).toEqual(['办理中', '已叫 1 次', '等候 12 分钟', '办理 5 分钟']);
});

test('the device remembers the agent’s window, and forgets one the point no longer has', () => {
  rememberWindow(4);
  expect(rememberedWindow(5)).toBe(4);
  expect(rememberedWindow(3)).toBeUndefined();
});

test('the queue form sends whole caps only, and puts the API’s messages beside their fields', () => {
  const drafts = draftOf({ queues: [{ id: 'consult', name: '代办帮办咨询', prefix: 'A', dailyCap: 200, active: true, windows: [2, 1] }] });
  expect(requestOf(drafts)).toEqual({ queues: [{ id: 'consult', name: '代办帮办咨询', prefix: 'A', dailyCap: 200, active: true, windows: [1, 2] }] });
  expect(requestOf([{ ...drafts[0], dailyCap: '二百' }])).toEqual({ errors: { '0.dailyCap': '每日上限请填写整数' } });
  expect(newQueue(drafts).prefix).toBe('B');
  expect(
    errorsOf([
      { path: ['body', 'queues', 0, 'dailyCap'], message: '每日上限至少为 1' },
      { path: ['body', 'queues', 1, 'name'], message: 'Too small: expected string to have >=1 characters' },
      { path: ['body', 'version'], message: 'Invalid input' },
    ]),
  ).toEqual({ '0.dailyCap': '每日上限至少为 1', '1.name': '请填写队列名称（最多 20 字）', form: '请检查标红的内容' });
});
