export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/services/index',
    'pages/appointments/index',
    'pages/safe/index',
    'pages/me/index',
  ],
  subPackages: [
    { root: 'subpackages/catalogue', pages: ['item/index'] },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['subpackages/catalogue'] },
  },
  window: {
    navigationBarTitleText: '番禺政务',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#F5F6F8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#86909C',
    selectedColor: '#1677FF',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/services/index', text: '办事', iconPath: 'assets/tab/services.png', selectedIconPath: 'assets/tab/services-active.png' },
      { pagePath: 'pages/appointments/index', text: '预约', iconPath: 'assets/tab/appointments.png', selectedIconPath: 'assets/tab/appointments-active.png' },
      { pagePath: 'pages/safe/index', text: '证照', iconPath: 'assets/tab/safe.png', selectedIconPath: 'assets/tab/safe-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
})
