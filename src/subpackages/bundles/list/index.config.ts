export default definePageConfig({ enablePullDownRefresh: true, navigationBarTitleText: '一件事' })
