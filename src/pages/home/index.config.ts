export default definePageConfig({ navigationBarTitleText: '番禺政务', navigationBarBackgroundColor: '#1677FF', navigationBarTextStyle: 'white' })
