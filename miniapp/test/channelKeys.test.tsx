// 渠道接入密钥 in jsdom: the bureau issues a key for the 12345 hotline and sees it whole exactly once,
// a retry never mints a second one, and revoking a key asks first.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiKeySummarySchema, IssuedApiKeyResponse, type ApiKeySummary } from '@app/shared';
import Taro, { requestMock } from './mocks/taro';
import ChannelKeysPage from '../src/bureau/channels/index';
import { ALREADY_ISSUED_MESSAGE } from '../src/components/bureau/IssueKeyForm';

const portal = ApiKeySummarySchema.parse({
  id: '0a1b2c3d4e5f',
  channel: 'webPortal',
  label: '政务服务网（生产）',
  prefix: 'dbk_0a1b2c3d4e5f',
  createdAt: '2026-10-08T01:00:00.000Z',
  createdBy: 'u-bureau-1',
  lastUsedAt: '2026-11-25T06:30:00.000Z',
});
const SECRET = 'Zq3v8W1mN4pX7rT2yB5cD9fG0hJ6kL1sA8uE3iO7wQ4';
const hotline = IssuedApiKeyResponse.parse({
  id: 'f0e1d2c3b4a5',
  channel: 'hotline12345',
  label: '12345热线话务平台',
  prefix: 'dbk_f0e1d2c3b4a5',
  createdAt: '2026-11-26T02:00:00.000Z',
  createdBy: 'u-bureau-1',
  key: `dbk_f0e1d2c3b4a5_${SECRET}`,
});

type Sent = { url: string; method: string; data?: Record<string, unknown>; header: Record<string, string> };
const sent = () => requestMock.mock.calls.map(([options]) => options as Sent);
const issues = () => sent().filter((r) => r.method === 'POST' && r.url === 'http://api.test/channels/keys');
const ok = (data: unknown) => ({ statusCode: 200, data });
const alreadyIssued = { statusCode: 409, data: { error: { code: 'conflict', message: 'this key was already issued and is shown only once', reason: 'apiKeyAlreadyIssued' } } };

/** The API as the page meets it: the list, then what each issue and revoke answers, in turn. */
function api(keys: ApiKeySummary[], answers: { issue?: (() => unknown)[]; revoke?: unknown } = {}) {
  const issueAnswers = [...(answers.issue ?? [])];
  requestMock.mockImplementation(async (options: Sent) => {
    if (options.method === 'GET' && options.url === 'http://api.test/channels/keys') return ok({ keys });
    if (options.method === 'POST' && options.url === 'http://api.test/channels/keys') return issueAnswers.shift()!();
    if (options.method === 'POST' && /\/channels\/keys\/[0-9a-f]{12}\/revoke$/.test(options.url)) return ok(answers.revoke);
    throw new Error(`unexpected request ${options.method} ${options.url}`);
  });
}

function signInAs(role: 'bureau' | 'agent') {
  Taro.setStorageSync('session.token', `token-${role}`);
  Taro.setStorageSync('session.user', { userId: `u-${role}-1`, role, name: role === 'bureau' ? '王主任' : '白雪' });
}

async function openPage() {
  const view = render(<ChannelKeysPage />);
  await screen.findByText('已签发的密钥');
  return view;
}

async function issueHotlineKey(container: HTMLElement) {
  fireEvent.click(screen.getByText('12345热线'));
  fireEvent.change(container.querySelector('input.channel-label-input')!, { target: { value: ' 12345热线话务平台 ' } });
  await act(async () => {
    fireEvent.click(screen.getByText('签发密钥'));
  });
}

beforeEach(() => {
  requestMock.mockReset();
  jest.mocked(Taro.showModal).mockClear();
  jest.mocked(Taro.setClipboardData).mockClear();
  Taro.clearStorageSync();
});

describe('the bureau’s channel API keys', () => {
  test('the list shows each key’s holder, channel, prefix, when issued and last used, and which are revoked', async () => {
    signInAs('bureau');
    api([portal, { ...hotline, key: undefined, revokedAt: '2026-11-26T03:00:00.000Z' } as ApiKeySummary]);
    const { container } = await openPage();
    await screen.findByText('政务服务网（生产）');
    expect(sent()[0].header.Authorization).toBe('Bearer token-bureau');
    const [first, second] = Array.from(container.querySelectorAll('.channel-key'));
    expect(first.textContent).toContain('渠道：政务服务网');
    expect(first.textContent).toContain('密钥前缀：dbk_0a1b2c3d4e5f…');
    expect(first.textContent).toContain('签发时间：2026年10月8日 09:00');
    expect(first.textContent).toContain('最近使用：2026年11月25日 14:30');
    expect(first.textContent).toContain('有效');
    expect(second.textContent).toContain('渠道：12345热线');
    expect(second.textContent).toContain('最近使用：尚未使用');
    expect(second.textContent).toContain('已吊销');
    expect(second.textContent).toContain('吊销时间：2026年11月26日 11:00');
    // A revoked key cannot be revoked again.
    expect(first.querySelector('.channel-key-revoke')).not.toBeNull();
    expect(second.querySelector('.channel-key-revoke')).toBeNull();
  });

  test('an agent is not shown the keys, and nothing is asked of the API', async () => {
    signInAs('agent');
    render(<ChannelKeysPage />);
    await screen.findByText('仅限政务服务局使用');
    expect(requestMock).not.toHaveBeenCalled();
  });

  test('issuing needs a channel and a holder, said in Chinese', async () => {
    signInAs('bureau');
    api([]);
    await openPage();
    await screen.findByText('尚未签发密钥');
    await act(async () => {
      fireEvent.click(screen.getByText('签发密钥'));
    });
    expect(screen.getByText('请选择渠道')).toBeTruthy();
    expect(screen.getByText('请填写密钥持有方，如“12345热线话务平台”')).toBeTruthy();
    expect(issues()).toHaveLength(0);
  });

  test('a new 12345 key is shown whole once, with a copy button and a warning; closed, only its prefix remains', async () => {
    signInAs('bureau');
    api([portal], { issue: [() => ok(hotline)] });
    const { container } = await openPage();
    await issueHotlineKey(container);

    expect(issues()).toHaveLength(1);
    expect(issues()[0].data).toEqual({ channel: 'hotline12345', label: '12345热线话务平台' });
    expect(issues()[0].header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    const box = container.querySelector('.channel-issued')!;
    expect(box.querySelector('.channel-issued-key')?.textContent).toBe(hotline.key);
    expect(box.textContent).toContain('12345热线 · 12345热线话务平台');
    expect(box.textContent).toContain('完整密钥只显示这一次，关闭后无法再次查看');

    await act(async () => {
      fireEvent.click(screen.getByText('复制密钥'));
    });
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: hotline.key });
    expect(screen.getByText('已复制')).toBeTruthy();

    // The new key heads the list, by its prefix; the form is empty for the next one.
    const rows = Array.from(container.querySelectorAll('.channel-key'));
    expect(rows.map((r) => r.querySelector('.channel-key-label')?.textContent)).toEqual(['12345热线话务平台', '政务服务网（生产）']);
    expect((container.querySelector('input.channel-label-input') as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByText('我已保存，关闭'));
    expect(container.querySelector('.channel-issued')).toBeNull();
    expect(container.textContent).not.toContain(SECRET);
    expect(container.textContent).toContain('密钥前缀：dbk_f0e1d2c3b4a5…');
  });

  test('a retry after a lost answer reuses the attempt’s key; the API’s 409 is explained and the list shows the unseen key to revoke', async () => {
    signInAs('bureau');
    const minted = { ...hotline, key: undefined } as ApiKeySummary;
    let listed: ApiKeySummary[] = [portal];
    requestMock.mockImplementation(async (options: Sent) => {
      if (options.method === 'GET') return ok({ keys: listed });
      // The first try minted the key but its answer never came back; the retry is refused.
      if (issues().length === 1) {
        listed = [minted, portal];
        throw new Error('network down');
      }
      return alreadyIssued;
    });
    const { container } = await openPage();
    await issueHotlineKey(container);
    expect(screen.getByText('系统繁忙，请稍后重试')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('签发密钥'));
    });

    const [first, retry] = issues();
    expect(retry.header['Idempotency-Key']).toBe(first.header['Idempotency-Key']);
    expect(screen.getByText(ALREADY_ISSUED_MESSAGE)).toBeTruthy();
    expect(container.querySelector('.channel-issued')).toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.channel-key')).toHaveLength(2));
    expect(container.querySelector('.channel-key .channel-key-label')?.textContent).toBe('12345热线话务平台');

    // That attempt is spent: issuing again is a new attempt with a new key.
    requestMock.mockImplementation(async (options: Sent) => (options.method === 'GET' ? ok({ keys: listed }) : ok(hotline)));
    await act(async () => {
      fireEvent.click(screen.getByText('签发密钥'));
    });
    expect(issues()[2].header['Idempotency-Key']).not.toBe(first.header['Idempotency-Key']);
  });

  test('revoking asks to confirm; declined, nothing is sent; confirmed, the key shows as revoked', async () => {
    signInAs('bureau');
    api([portal], { revoke: { ...portal, revokedAt: '2026-11-26T04:00:00.000Z' } });
    const { container } = await openPage();
    await screen.findByText('政务服务网（生产）');

    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true });
    await act(async () => {
      fireEvent.click(screen.getByText('吊销'));
    });
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ title: '吊销密钥', content: expect.stringContaining('「政务服务网（生产）」立即无法再调用接口') });
    expect(sent().filter((r) => r.url.endsWith('/revoke'))).toHaveLength(0);
    expect(container.querySelector('.channel-key--revoked')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByText('吊销'));
    });
    expect(Taro.showModal).toHaveBeenCalledTimes(2);
    expect(sent().filter((r) => r.url.endsWith('/revoke'))).toEqual([expect.objectContaining({ method: 'POST', url: `http://api.test/channels/keys/${portal.id}/revoke` })]);
    expect(container.querySelector('.channel-key--revoked')?.textContent).toContain('吊销时间：2026年11月26日 12:00');
    expect(container.querySelector('.channel-key-revoke')).toBeNull();
  });
});
