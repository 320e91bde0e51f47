export default definePageConfig({ navigationBarTitleText: '打印号票' });
