// The app's pages and window, read by Taro at build time.
export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    navigationBarTitleText: '代办帮办',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
});
