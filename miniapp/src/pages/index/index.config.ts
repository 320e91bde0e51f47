export default definePageConfig({ navigationBarTitleText: '代办帮办' });
