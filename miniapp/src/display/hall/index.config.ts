// 叫号屏: the hall's call display, full screen on a browser in the hall (no navigation bar).
export default definePageConfig({ navigationBarTitleText: '叫号屏', navigationStyle: 'custom' });
