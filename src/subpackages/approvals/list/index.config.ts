export default definePageConfig({ navigationBarTitleText: '秒批秒办' })
