export default definePageConfig({ navigationBarTitleText: '网点二维码海报' });
