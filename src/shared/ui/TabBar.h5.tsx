import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../strings'
import { iconDataUri } from './icons'
import { usePreferences } from './preferences'
import { TABS } from './tabs'
import { colors } from './tokens'

const ROUTER_CHANGE = '__taroRouterChange'

function routeOf(path: string): string {
  return path.replace(/^#?\/?/, '').split('?')[0] || TABS[0].path
}

/**
 * The tab bar on H5, drawn by the app instead of Taro's web-component tab bar (app.config sets
 * `tabBar.custom` for H5): plain DOM that renders with the page, no web-component runtime to load
 * first. It shows on the tab pages only; Taro's router leaves their bottom free for it.
 */
export function TabBar() {
  const t = useT()
  const elder = usePreferences((s) => s.elder)
  const [route, setRoute] = useState(() => routeOf(window.location.hash))
  useEffect(() => {
    const follow = (change: { toLocation?: { path?: string } }) => setRoute(routeOf(change?.toLocation?.path ?? window.location.hash))
    Taro.eventCenter.on(ROUTER_CHANGE, follow)
    return () => {
      Taro.eventCenter.off(ROUTER_CHANGE, follow)
    }
  }, [])
  // The tab pages' height leaves room for the bar, which is taller in 关怀模式 (ui.css).
  useEffect(() => {
    document.documentElement.classList.toggle('ui-tabbar-elder', elder)
  }, [elder])
  if (!TABS.some((tab) => tab.path === route)) return null
  return createPortal(
    <nav className={`ui-tabbar weui-tabbar ${elder ? 'ui-tabbar--elder' : ''}`} aria-label={t('tab.navigation')}>
      {TABS.map((tab) => {
        const active = tab.path === route
        return (
          <a
            key={tab.path}
            className={`weui-tabbar__item ${active ? 'weui-bar__item_on' : ''}`}
            href={`#/${tab.path}`}
            aria-current={active ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault()
              if (!active) Taro.switchTab({ url: `/${tab.path}` })
            }}
          >
            <img className='weui-tabbar__icon' src={iconDataUri(tab.icon, active ? colors.primaryDark : colors.tabInactive)} alt='' aria-hidden='true' />
            <span className='weui-tabbar__label'>{t(tab.label)}</span>
          </a>
        )
      })}
    </nav>,
    document.body,
  )
}
