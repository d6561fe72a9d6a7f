export default definePageConfig({ navigationBarTitleText: '找大厅' })
