import fs from 'fs'
import path from 'path'
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { TabBar } from './TabBar.h5'
import { TABS } from './tabs'
import { usePreferences } from './preferences'

function changeRoute(path: string) {
  act(() => {
    Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path } })
  })
}

describe('TabBar (H5)', () => {
  beforeEach(() => {
    window.location.hash = '#/pages/services/index'
    act(() => usePreferences.getState().setElder(false, false))
  })

  it('shows the five tabs on a tab page, the current one marked', () => {
    render(<TabBar />)
    const links = screen.getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['首页', '办事', '预约', '证照', '我的'])
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('办事')
    expect(screen.getByRole('navigation').getAttribute('aria-label')).toBe('主导航')
  })

  it('follows the router and hides on pages that are not tabs', () => {
    render(<TabBar />)
    changeRoute('/pages/me/index')
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('我的')
    changeRoute('/subpackages/catalogue/item/index?id=1')
    expect(screen.queryByRole('navigation')).toBeNull()
    changeRoute('/pages/home/index')
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('首页')
  })

  it('switches tab through Taro, and not to the tab already shown', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'switchTab:ok' }) as never)
    render(<TabBar />)
    fireEvent.click(screen.getByText('预约'))
    fireEvent.click(screen.getByText('办事'))
    expect(switchTab.mock.calls).toEqual([[{ url: '/pages/appointments/index' }]])
    switchTab.mockRestore()
  })

  it('grows in 关怀模式, and the pages make room for it', () => {
    render(<TabBar />)
    expect(document.documentElement.classList.contains('ui-tabbar-elder')).toBe(false)
    act(() => usePreferences.getState().setElder(true, true))
    expect(screen.getByRole('navigation').className).toContain('ui-tabbar--elder')
    expect(document.documentElement.classList.contains('ui-tabbar-elder')).toBe(true)
  })

  it('lists the tab pages in app.config order (WeChat draws those)', () => {
    const config = fs.readFileSync(path.join(__dirname, '../../app.config.ts'), 'utf8')
    const configured = [...config.matchAll(/pagePath: '([^']+)'/g)].map((match) => match[1])
    expect(TABS.map((tab) => tab.path)).toEqual(configured)
  })
})
