// 我的预约: the resident's appointments at service points.
export default definePageConfig({ navigationBarTitleText: '我的预约', enablePullDownRefresh: true });
