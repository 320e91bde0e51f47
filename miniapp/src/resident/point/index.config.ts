// 服务网点: one service point, opened from its QR code or from inside the app.
export default definePageConfig({ navigationBarTitleText: '服务网点' });
