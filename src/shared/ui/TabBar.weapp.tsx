/** WeChat draws the tab bar from app.config's tabBar (labels follow the language through setTabBarItem). */
export function TabBar() {
  return null
}
