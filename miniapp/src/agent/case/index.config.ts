export default definePageConfig({ navigationBarTitleText: '办件办理', enablePullDownRefresh: true });
