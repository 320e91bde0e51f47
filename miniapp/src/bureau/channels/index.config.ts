export default definePageConfig({ navigationBarTitleText: '渠道接入密钥', enablePullDownRefresh: true });
