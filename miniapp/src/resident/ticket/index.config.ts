// 我的排队号: a number taken at a service point, updating by itself.
export default definePageConfig({ navigationBarTitleText: '排队取号' });
