export default definePageConfig({ enablePullDownRefresh: true, navigationBarTitleText: '秒批秒办' })
