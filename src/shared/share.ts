import { useEffect } from 'react'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { t, type StringKey } from './strings'

/** What the page on screen shows (the item's, hall's, bundle's or policy's name), by page path and query. */
const subjects = new Map<string, string>()

function currentQuery(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter(([key, value]) => value !== undefined && key !== '$taroTimestamp')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
}

/** A share card's title: what the page shows, then the kind of page, then the app ("临时户外广告设置审批 · 办事指南 · 番禺政务"). */
export function shareTitle(titleKey: StringKey, subject?: string): string {
  return [subject, t(titleKey), t('app.name')].filter(Boolean).join(' · ')
}

/**
 * WeChat share card (onShareAppMessage) and Moments share (onShareTimeline) for a public page people pass on (an
 * item, a bundle, a hall, a policy): the same page with the same parameters, titled with what it shows once the
 * screen has told it (useShareSubject). The page config needs `enableShareAppMessage` and `enableShareTimeline`.
 * No imageUrl: WeChat then uses a capture of the page itself, which shows the name too.
 */
export function useSharePage(titleKey: StringKey): void {
  const router = useRouter()
  const path = (router.path || '').split('?')[0]
  const query = currentQuery(router.params)
  const key = `${path}?${query}`
  useShareAppMessage(() => ({ title: shareTitle(titleKey, subjects.get(key)), path: query ? `${path}?${query}` : path }))
  useShareTimeline(() => ({ title: shareTitle(titleKey, subjects.get(key)), query }))
}

/** Called by a screen once it has loaded what its page shows: that name heads the page's share card. */
export function useShareSubject(name: string | undefined): void {
  const router = useRouter()
  const key = `${(router.path || '').split('?')[0]}?${currentQuery(router.params)}`
  useEffect(() => {
    if (!name) return undefined
    subjects.set(key, name)
    return () => {
      subjects.delete(key)
    }
  }, [key, name])
}
