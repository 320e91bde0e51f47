export default definePageConfig({ navigationBarTitleText: '政务服务局', enableShareAppMessage: true });
