export default definePageConfig({ enableShareAppMessage: true, navigationBarTitleText: '大厅详情' })
