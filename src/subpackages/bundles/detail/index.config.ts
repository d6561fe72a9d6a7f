export default definePageConfig({ enableShareAppMessage: true, navigationBarTitleText: '一件事' })
