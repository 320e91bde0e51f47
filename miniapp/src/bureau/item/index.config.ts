export default definePageConfig({ navigationBarTitleText: '事项编辑' });
