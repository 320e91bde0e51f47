// 预约服务: booking a time at a service point.
export default definePageConfig({ navigationBarTitleText: '预约服务' });
