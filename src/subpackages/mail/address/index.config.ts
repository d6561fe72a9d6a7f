export default definePageConfig({ navigationBarTitleText: '编辑收件地址' })
