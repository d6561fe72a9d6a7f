import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { t, type StringKey } from './strings'

/**
 * WeChat share card for a page people pass on (an item, a bundle, a hall, a
 * policy): the same page with the same parameters. The page config needs
 * `enableShareAppMessage: true`.
 */
export function useSharePage(titleKey: StringKey): void {
  const router = useRouter()
  useShareAppMessage(() => {
    const query = Object.entries(router.params)
      .filter(([key, value]) => value !== undefined && key !== '$taroTimestamp')
      .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
      .join('&')
    const path = (router.path || '').split('?')[0]
    return { title: `${t(titleKey)} · ${t('app.name')}`, path: query ? `${path}?${query}` : path }
  })
}
