export default definePageConfig({ navigationBarTitleText: '惠企政策' })
