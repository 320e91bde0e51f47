// A small stand-in for @tarojs/taro in jsdom component tests: storage in memory, request and the
// event centre controllable by tests. End-to-end tests use the real thing in Chromium.
const storage = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

export const requestMock = jest.fn();
/** wx.requestSubscribeMessage: tests decide what the user answers. */
export const requestSubscribeMessageMock = jest.fn();

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  request: (options: unknown) => requestMock(options),
  navigateTo: jest.fn(async () => undefined),
  navigateBack: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  showToast: jest.fn(async () => undefined),
  /** wx.showModal: confirms unless a test answers otherwise (mockResolvedValueOnce({ confirm: false })). */
  showModal: jest.fn(async (_options: unknown) => ({ confirm: true, cancel: false })),
  setClipboardData: jest.fn(async (_options: { data: string }) => undefined),
  login: jest.fn(async () => ({ code: 'test-code' })),
  requestSubscribeMessage: (options: unknown) => requestSubscribeMessageMock(options),
  eventCenter: {
    on: (name: string, fn: (...args: unknown[]) => void) => void (listeners.get(name) ?? listeners.set(name, new Set()).get(name)!).add(fn),
    off: (name: string, fn: (...args: unknown[]) => void) => void listeners.get(name)?.delete(fn),
    trigger: (name: string, ...args: unknown[]) => listeners.get(name)?.forEach((fn) => fn(...args)),
  },
};

export const useRouter = () => ({ params: {} });
export const useDidShow = () => undefined;
export const usePullDownRefresh = () => undefined;
export default Taro;
