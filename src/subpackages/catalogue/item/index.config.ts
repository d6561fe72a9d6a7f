export default definePageConfig({ enableShareAppMessage: true, enableShareTimeline: true, navigationBarTitleText: '办事指南' })
