export default definePageConfig({ navigationBarTitleText: '秒批申请' })
