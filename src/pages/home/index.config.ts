export default definePageConfig({ navigationBarTitleText: '番禺政务', navigationBarBackgroundColor: '#1366E0', navigationBarTextStyle: 'white' })
