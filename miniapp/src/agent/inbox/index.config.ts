export default definePageConfig({ navigationBarTitleText: '代办帮办工作台', enablePullDownRefresh: true });
