// The app's pages and window, read by Taro at build time. The main package holds only the home
// page; the resident's pages (catalogue, item, 我的 and the rest) load as a subpackage, which the
// home page pre-downloads, and agent and bureau pages get their own (issue 5), so the first
// download stays small (WeChat refuses a main package over 2 MB; our budget is 450 KB, decisions §88).
export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: [
    {
      root: 'resident',
      pages: [
        'items/index',
        'item/index',
        'login/index',
        'cases/index',
        'case/index',
        'booking/index',
        'bookings/index',
        'points/index',
        'point/index',
        'notices/index',
        'scorecard/index',
        'opinions/index',
        'ticket/index',
      ],
    },
    // 委托代办: the entrustment's five steps (signature pad, agreement texts in both languages), its
    // own subpackage so the resident one stays within its 500 KB budget (§88); preloaded from the
    // item page, where 预约代办 / 预约帮办 opens it.
    { root: 'apply', pages: ['entrust/index'] },
    // The agent workbench: only agents download it.
    { root: 'agent', pages: ['inbox/index', 'case/index', 'bind/index', 'register/index', 'point/index', 'window/index', 'ticket/index'] },
    // The hall display (叫号屏): a screen in the hall, no login, opened by the point's code.
    { root: 'display', pages: ['hall/index'] },
    // The district service bureau's pages.
    {
      root: 'bureau',
      pages: ['dashboard/index', 'network/index', 'poster/index', 'rectifications/index', 'catalogue/index', 'item/index', 'opinions/index', 'channels/index', 'calendar/index', 'schedule/index'],
    },
  ],
  // Entering from a home entry pre-downloads the resident pages on Wi-Fi.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['resident'] },
    'resident/item/index': { network: 'all', packages: ['apply'] },
  },
  window: {
    // H5 draws the same bar as WeChat (title, back, home), so the browser build is navigable too.
    navigationStyle: 'default',
    navigationBarTitleText: '代办帮办',
    navigationBarBackgroundColor: '#1a5fb4',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
  },
  // WeChat asks for the user's consent before personal data is collected (隐私协议).
  __usePrivacyCheck__: true,
  // 附近的服务网点: location is asked for with a stated purpose, only when the list is opened.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于查找离您最近的代办帮办服务网点' } },
});
