// Every error the API can answer reaches the user as one Chinese sentence, and an expired session
// is renewed once without the user noticing.
import { ERROR_MESSAGES, ERROR_STATUS, REFUSAL_REASONS, REFUSAL_SENTENCES, type ErrorCode } from '@app/shared';
import Taro from '@tarojs/taro';
import { ApiCallError, call, LANGUAGE_KEY, setSessionRenewer, SESSION_TOKEN_KEY } from '../src/api/client';
import { requestMock } from './mocks/taro';

const CJK = /[\u4e00-\u9fff]/;
const codes = Object.keys(ERROR_STATUS) as ErrorCode[];

beforeEach(() => {
  requestMock.mockReset();
  Taro.clearStorageSync();
});

test.each(codes)('the API’s %s answer is shown in Chinese', async (code) => {
  expect(ERROR_MESSAGES[code]).toMatch(CJK);
  requestMock.mockResolvedValue({ statusCode: ERROR_STATUS[code], data: { error: { code, message: ERROR_MESSAGES[code] } } });
  const error = (await call('getServiceItem', { params: { id: 'x' } }).catch((e: unknown) => e)) as ApiCallError;
  expect(error).toBeInstanceOf(ApiCallError);
  expect(error.code).toBe(code);
  expect(error.message).toBe(ERROR_MESSAGES[code]);
});

test.each(REFUSAL_REASONS)('a 409 refused as %s says why, in its own sentence', async (reason) => {
  expect(REFUSAL_SENTENCES[reason]).toMatch(CJK);
  requestMock.mockResolvedValue({ statusCode: 409, data: { error: { code: 'conflict', message: ERROR_MESSAGES.conflict, reason } } });
  const error = (await call('createOpinion', { body: { kind: 'praise', content: '工作人员很耐心，谢谢！' }, idempotencyKey: 'k-0000001' }).catch((e: unknown) => e)) as ApiCallError;
  expect([error.reason, error.message]).toEqual([reason, REFUSAL_SENTENCES[reason]]);
});

test('a reason this build does not know (a newer API) falls back to the code’s sentence', async () => {
  requestMock.mockResolvedValue({ statusCode: 409, data: { error: { code: 'conflict', message: 'x', reason: 'somethingNew' } } });
  const error = (await call('createOpinion', { body: { kind: 'praise', content: '工作人员很耐心，谢谢！' }, idempotencyKey: 'k-0000001' }).catch((e: unknown) => e)) as ApiCallError;
  expect(error.message).toBe(ERROR_MESSAGES.conflict);
});

test.each([
  [413, 'payload_too_large'],
  [429, 'service_unavailable'],
  [502, 'service_unavailable'],
  [404, 'not_found'],
])('a gateway’s own %i without our error shape still becomes %s in Chinese', async (status, code) => {
  requestMock.mockResolvedValue({ statusCode: status, data: '<html>gateway</html>' });
  const error = (await call('listDepartments').catch((e: unknown) => e)) as ApiCallError;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(CJK);
});

test('no network at all is 系统繁忙, not a crash', async () => {
  requestMock.mockRejectedValue(new Error('request:fail'));
  const error = (await call('listDepartments').catch((e: unknown) => e)) as ApiCallError;
  expect(error.code).toBe('service_unavailable');
  expect(error.status).toBe(0);
});

test('an expired session is renewed once and the request retried with the new token', async () => {
  Taro.setStorageSync(SESSION_TOKEN_KEY, 'old-token');
  const renew = jest.fn(async () => {
    Taro.setStorageSync(SESSION_TOKEN_KEY, 'new-token');
    return true;
  });
  setSessionRenewer(renew);
  requestMock
    .mockResolvedValueOnce({ statusCode: 401, data: { error: { code: 'unauthenticated', message: ERROR_MESSAGES.unauthenticated } } })
    .mockResolvedValueOnce({ statusCode: 200, data: { user: { userId: 'u-resident-1', role: 'resident', name: '张丽' } } });
  const me = await call('me');
  expect(me.user.name).toBe('张丽');
  expect(renew).toHaveBeenCalledTimes(1);
  expect(requestMock.mock.calls[1][0].header.Authorization).toBe('Bearer new-token');
});

test('a public route’s 401 is not retried, and a renewal that fails leaves the error', async () => {
  const renew = jest.fn(async () => false);
  setSessionRenewer(renew);
  requestMock.mockResolvedValue({ statusCode: 401, data: { error: { code: 'unauthenticated', message: ERROR_MESSAGES.unauthenticated } } });
  await expect(call('me')).rejects.toMatchObject({ code: 'unauthenticated' });
  expect(renew).toHaveBeenCalledTimes(1);
  renew.mockClear();
  await expect(call('listDepartments')).rejects.toMatchObject({ code: 'unauthenticated' });
  expect(renew).not.toHaveBeenCalled();
});

test('every call says the device’s language, and a Mongolian refusal from the API is shown as it came', async () => {
  requestMock.mockResolvedValue({ statusCode: 200, data: { departments: [] } });
  await call('listDepartments');
  expect(requestMock.mock.calls[0][0].header['Accept-Language']).toBe('zh-CN');

  Taro.setStorageSync(LANGUAGE_KEY, 'mn');
  const sentence = 'ᠡᠨᠡ ᠴᠠᠭ ᠤᠨ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠳᠦᠭᠦᠷᠪᠡ';
  requestMock.mockResolvedValue({ statusCode: 409, data: { error: { code: 'conflict', message: sentence, reason: 'slotFull' } } });
  const error = (await call('listDepartments').catch((e: unknown) => e)) as ApiCallError;
  expect(requestMock.mock.calls[1][0].header['Accept-Language']).toBe('mn-Mong');
  expect([error.code, error.reason, error.message]).toEqual(['conflict', 'slotFull', sentence]);
});
