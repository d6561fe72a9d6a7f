export default definePageConfig({ enablePullDownRefresh: true, navigationBarTitleText: '证照' })
