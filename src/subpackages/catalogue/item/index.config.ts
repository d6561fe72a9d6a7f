export default definePageConfig({ enableShareAppMessage: true, navigationBarTitleText: '办事指南' })
