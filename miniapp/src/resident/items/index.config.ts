export default definePageConfig({
  navigationBarTitleText: '事项清单',
});
