// The app's pages and window, read by Taro at build time. Resident pages only: agent and bureau
// pages go into subpackages (issue 5) so a resident's first download stays small.
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/items/index',
    'pages/item/index',
    'pages/entrust/index',
    'pages/cases/index',
    'pages/case/index',
    'pages/booking/index',
    'pages/bookings/index',
    'pages/points/index',
    'pages/point/index',
    'pages/notices/index',
    'pages/login/index',
  ],
  window: {
    navigationBarTitleText: '代办帮办',
    navigationBarBackgroundColor: '#1a5fb4',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
  },
  // WeChat asks for the user's consent before personal data is collected (隐私协议).
  __usePrivacyCheck__: true,
});
