export default definePageConfig({ navigationBarTitleText: '网点预约' });
