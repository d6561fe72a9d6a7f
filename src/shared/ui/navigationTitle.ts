import Taro from '@tarojs/taro'
import { ROUTES } from '../routes'
import { t, type StringKey } from '../strings'

const stripped = (path: string) => path.split('?')[0].replace(/^\/+/, '')

/** The strings key of a page's navigation-bar title, from its path (query and leading slash ignored). */
export function navigationTitleKey(path: string | undefined): StringKey | undefined {
  if (!path) return undefined
  const route = stripped(path)
  const name = (Object.keys(ROUTES) as Array<keyof typeof ROUTES>).find((key) => stripped(ROUTES[key]) === route)
  return name ? (`nav.${name}` as StringKey) : undefined
}

/** The page now on screen, as its path. */
export function currentPagePath(): string | undefined {
  const pages = Taro.getCurrentPages()
  const top = pages[pages.length - 1] as { route?: string; path?: string } | undefined
  return top?.route ?? top?.path
}

/**
 * Titles the navigation bar in the chosen language (app and page configs hold the Chinese ones, which
 * WeChat shows before any script runs). Only for the page on screen: the title call always acts on it.
 */
export function applyNavigationTitle(ownPath: string | undefined): void {
  const key = navigationTitleKey(ownPath)
  if (!key) return
  const current = currentPagePath()
  if (current && stripped(current) !== stripped(ownPath ?? '')) return
  void setTitle(t(key))
}

async function setTitle(title: string) {
  try {
    await Taro.setNavigationBarTitle({ title })
  } catch {
    // no navigation bar here (a custom one, or the page is gone): nothing to title
  }
}
