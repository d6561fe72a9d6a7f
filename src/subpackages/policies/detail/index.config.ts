export default definePageConfig({ enableShareAppMessage: true, navigationBarTitleText: '政策详情' })
