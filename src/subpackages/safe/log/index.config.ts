export default definePageConfig({ enablePullDownRefresh: true, navigationBarTitleText: '访问记录' })
