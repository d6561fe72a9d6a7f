export default definePageConfig({ navigationBarTitleText: '在线取号' })
