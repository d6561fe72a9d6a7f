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
    { root: 'subpackages/account', pages: ['privacy/index', 'signin/index', 'staff-signin/index'] },
    { root: 'subpackages/approvals', pages: ['list/index', 'apply/index', 'certificate/index'] },
    { root: 'subpackages/cases', pages: ['list/index', 'detail/index', 'feedback/index', 'feedback-detail/index'] },
    { root: 'subpackages/halls', pages: ['map/index', 'hall/index'] },
    { root: 'subpackages/appointments', pages: ['book/index', 'mine/index', 'appointment/index'] },
    { root: 'subpackages/bundles', pages: ['list/index', 'detail/index', 'apply/index', 'done/index'] },
    { root: 'subpackages/safe', pages: ['document/index', 'upload/index', 'code/index', 'log/index'] },
    { root: 'subpackages/clerk', pages: ['scan/index', 'result/index', 'feedback/index', 'mail/index'] },
    { root: 'subpackages/mail', pages: ['addresses/index', 'address/index'] },
    { root: 'subpackages/assist', pages: ['request/index', 'detail/index', 'clerk/index'] },
    { root: 'subpackages/visit', pages: ['take/index', 'ticket/index', 'window/index'] },
    { root: 'subpackages/policies', pages: ['list/index', 'detail/index', 'apply/index', 'applications/index', 'application/index', 'profile/index'] },
  ],
  // Subpackages a tab page leads to are fetched while it is open, so the next tap does not wait for a download
  // (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/preload.html; at most 2 MB per page,
  // checked by npm run size): the item guide and 一件事 from home and 办事, booking from 预约, the code shown at the
  // counter from 证照, cases from 我的.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['subpackages/catalogue', 'subpackages/bundles', 'subpackages/halls', 'subpackages/appointments'] },
    'pages/services/index': { network: 'all', packages: ['subpackages/catalogue', 'subpackages/bundles', 'subpackages/approvals'] },
    'pages/appointments/index': { network: 'all', packages: ['subpackages/appointments', 'subpackages/halls'] },
    'pages/safe/index': { network: 'all', packages: ['subpackages/safe'] },
    'pages/me/index': { network: 'all', packages: ['subpackages/cases'] },
  },
  window: {
    navigationBarTitleText: '番禺政务',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#F5F6F8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    // On H5 the app draws the tab bar (shared/ui/TabBar.h5.tsx) instead of Taro's web component.
    custom: process.env.TARO_ENV === 'h5',
    // AA contrast on white for the labels (4.5:1)
    color: '#6B7785',
    selectedColor: '#0E5FD8',
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
  // WeChat's privacy rules: declare what is used and ask before the first use (PrivacyPopup). Only getLocation is
  // called (the hall map sorts halls by distance); requiredPrivateInfos must name exactly the location APIs called.
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['getLocation'],
  // Which pages WeChat search may index (src/sitemap.json, copied to the weapp output): public guides only.
  sitemapLocation: 'sitemap.json',
  permission: { 'scope.userLocation': { desc: '用于查找离您最近的办事大厅和政务晓屋' } },
})
