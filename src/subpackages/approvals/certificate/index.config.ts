export default definePageConfig({ navigationBarTitleText: '证书核验' })
