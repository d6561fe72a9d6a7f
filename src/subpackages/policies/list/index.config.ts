export default definePageConfig({ enablePullDownRefresh: true, navigationBarTitleText: '惠企政策' })
