export default definePageConfig({ navigationBarTitleText: '服务网络', enableShareAppMessage: true });
