import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useT } from '../strings'
import { iconDataUri } from './icons'
import { navigationTitleKey } from './navigationTitle'
import { TABS } from './tabs'
import { colors } from './tokens'
import './PageHeader.css'

const stripped = (path: string) => path.split('?')[0].replace(/^\/+/, '')

/**
 * The H5 title bar of every page that is not a tab (a web view may have no back gesture). Taro's own
 * H5 navigation bar (window.navigationStyle 'default') was not used: its buttons are unlabeled 24 px
 * divs, it clips titles at 100 px, and it shows on the tab pages too.
 */
export function PageHeader({ ownPath }: { ownPath: string | undefined }) {
  const t = useT()
  // Read once: a page's place in the stack does not change while it is open.
  const [canGoBack] = useState(() => Taro.getCurrentPages().length > 1)
  const route = stripped(ownPath ?? '')
  if (!route || TABS.some((tab) => tab.path === route)) return null
  const key = navigationTitleKey(route)
  return (
    <header className='ui-header' data-testid='page-header'>
      {canGoBack ? (
        <button type='button' className='ui-header__button' aria-label={t('action.back')} data-testid='header-back' onClick={() => Taro.navigateBack()}>
          <img src={iconDataUri('chevron-left', colors.text)} alt='' aria-hidden='true' />
        </button>
      ) : (
        <button type='button' className='ui-header__button' aria-label={t('action.home')} data-testid='header-home' onClick={() => Taro.reLaunch({ url: `/${TABS[0].path}` })}>
          <img src={iconDataUri('home', colors.text)} alt='' aria-hidden='true' />
        </button>
      )}
      <span className='ui-header__title'>{key ? t(key) : ''}</span>
    </header>
  )
}
