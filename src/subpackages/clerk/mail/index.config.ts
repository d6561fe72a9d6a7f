export default definePageConfig({ navigationBarTitleText: '寄出办理结果' })
