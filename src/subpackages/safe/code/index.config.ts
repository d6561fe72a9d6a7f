export default definePageConfig({ navigationBarTitleText: '出示码' })
