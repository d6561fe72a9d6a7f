export default definePageConfig({ enableShareAppMessage: true, enableShareTimeline: true, navigationBarTitleText: '大厅详情' })
