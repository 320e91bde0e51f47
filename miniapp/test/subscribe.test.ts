// Asking for WeChat subscribe messages at a tap: template ids fetched ahead, the consent sheet
// opened synchronously with at most three of them, the answers remembered by the API, and
// nothing a failure could block.
import Taro from '@tarojs/taro';
import { SESSION_TOKEN_KEY } from '../src/api/client';
import { askSubscription, prefetchSubscriptions, resetSubscriptions } from '../src/lib/subscribe';
import { requestMock, requestSubscribeMessageMock } from './mocks/taro';

const SETTINGS = {
  templates: [
    { topic: 'caseProgress', templateId: 'tpl-case' },
    { topic: 'newTask', templateId: 'tpl-task' },
    { topic: 'bookingReminder', templateId: 'tpl-booking' },
  ],
  granted: [],
};

/** The API answers the settings, and remembers answers (echoing a granted list). */
function api(): void {
  requestMock.mockImplementation(async (options: { url: string; method: string }) => {
    if (options.method === 'GET' && options.url.endsWith('/notices/subscriptions')) return { statusCode: 200, data: SETTINGS };
    if (options.method === 'POST' && options.url.endsWith('/notices/subscriptions')) return { statusCode: 200, data: { granted: [] } };
    return { statusCode: 404, data: { error: { code: 'not_found', message: '未找到相关内容' } } };
  });
}
const posts = () => requestMock.mock.calls.map(([o]) => o as { method: string; url: string; data?: unknown }).filter((o) => o.method === 'POST');

beforeEach(() => {
  requestMock.mockReset();
  requestSubscribeMessageMock.mockReset();
  resetSubscriptions();
  Taro.clearStorageSync();
  Taro.setStorageSync(SESSION_TOKEN_KEY, 'token');
  process.env.TARO_ENV = 'weapp';
  api();
});
afterAll(() => {
  delete process.env.TARO_ENV;
});

test('in the tap, the consent sheet opens at once with the topics’ template ids, and the answers are posted', async () => {
  await prefetchSubscriptions();
  requestSubscribeMessageMock.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'tpl-case': 'accept', 'tpl-booking': 'reject' });
  const done = askSubscription(['caseProgress', 'bookingReminder']);
  // Synchronously, before anything was awaited: WeChat only allows it inside the tap.
  expect(requestSubscribeMessageMock).toHaveBeenCalledTimes(1);
  expect(requestSubscribeMessageMock.mock.calls[0][0]).toEqual({ tmplIds: ['tpl-case', 'tpl-booking'] });
  await done;
  expect(posts()).toHaveLength(1);
  expect(posts()[0].url).toMatch(/\/notices\/subscriptions$/);
  expect(posts()[0].data).toEqual({ answers: [{ topic: 'caseProgress', accepted: true }, { topic: 'bookingReminder', accepted: false }] });
});

test('never more than three template ids, each once', async () => {
  await prefetchSubscriptions();
  requestSubscribeMessageMock.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok' });
  await askSubscription(['newTask', 'caseProgress', 'newTask', 'bookingReminder']);
  const ids = (requestSubscribeMessageMock.mock.calls[0][0] as { tmplIds: string[] }).tmplIds;
  expect(ids.length).toBeLessThanOrEqual(3);
  expect(new Set(ids).size).toBe(ids.length);
  expect(posts()[0].data).toEqual({ answers: [{ topic: 'newTask', accepted: false }, { topic: 'caseProgress', accepted: false }, { topic: 'bookingReminder', accepted: false }] });
});

test('a refused sheet, a throwing WeChat or a failing API never throws, and posts nothing it does not know', async () => {
  await prefetchSubscriptions();
  requestSubscribeMessageMock.mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail cancel', errCode: 20004 });
  await expect(askSubscription(['caseProgress'])).resolves.toBeUndefined();
  expect(posts()).toHaveLength(0);

  requestSubscribeMessageMock.mockImplementation(() => {
    throw new Error('not in a tap');
  });
  expect(() => askSubscription(['caseProgress'])).not.toThrow();

  requestSubscribeMessageMock.mockReset();
  requestSubscribeMessageMock.mockResolvedValue({ 'tpl-case': 'accept' });
  requestMock.mockRejectedValue(new Error('request:fail'));
  await expect(askSubscription(['caseProgress'])).resolves.toBeUndefined();
});

test('without the template ids fetched beforehand, or with none configured, nothing is asked', async () => {
  await askSubscription(['caseProgress']);
  expect(requestSubscribeMessageMock).not.toHaveBeenCalled();
  requestMock.mockResolvedValue({ statusCode: 200, data: { templates: [], granted: [] } });
  await prefetchSubscriptions();
  await askSubscription(['caseProgress']);
  expect(requestSubscribeMessageMock).not.toHaveBeenCalled();
});

test('on H5 it does nothing: no settings fetched, no sheet', async () => {
  process.env.TARO_ENV = 'h5';
  await prefetchSubscriptions();
  await askSubscription(['caseProgress']);
  expect(requestMock).not.toHaveBeenCalled();
  expect(requestSubscribeMessageMock).not.toHaveBeenCalled();
});
