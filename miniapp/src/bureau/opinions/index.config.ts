export default definePageConfig({ navigationBarTitleText: '意见建议处理', enablePullDownRefresh: true });
