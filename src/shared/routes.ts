import Taro from '@tarojs/taro'

/**
 * Every page's path, in one place: features link to each other through these,
 * never through each other's internals.
 */
export const ROUTES = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  appointments: '/pages/appointments/index',
  safe: '/pages/safe/index',
  me: '/pages/me/index',
  item: '/subpackages/catalogue/item/index',
} as const

export const TAB_ROUTES: string[] = [ROUTES.home, ROUTES.services, ROUTES.appointments, ROUTES.safe, ROUTES.me]

export function go(path: string, params?: Record<string, string | number | undefined>): void {
  const query = Object.entries(params ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  if (TAB_ROUTES.includes(path)) {
    Taro.switchTab({ url: path })
    return
  }
  Taro.navigateTo({ url: query ? `${path}?${query}` : path })
}
