import { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { setApiReady, startMock } from '@/shared/api'
import { useSession } from '@/shared/session'
import { onPlatformPrivacyRequest } from '@/shared/privacy'
import { warnIfBaseLibraryTooOld } from '@/shared/baseLibrary'
import { TABS, TabBar, usePreferences } from '@/shared/ui'
import { englishFrom, t, useLocaleStore } from '@/shared/strings'
import { loadEnglish } from './english'
import './shared/ui/ui.css'
import './app.css'
import './shared/boot/yieldToBrowser'
import './shared/boot/pageShadeGuard'

englishFrom(loadEnglish)

// Requests wait for the mock backend (when on) before they go out.
const mockStarted = startMock()
setApiReady(mockStarted)

/** 关怀模式 turns itself on when WeChat's font setting is large (the user can still switch it off in 我的). */
function followSystemFontSize() {
  try {
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: number } | undefined
    const LARGE_FONT = 20
    if ((info?.fontSizeSetting ?? 0) >= LARGE_FONT && !usePreferences.getState().chosen) usePreferences.getState().setElder(true, false)
  } catch {
    // older base libraries lack getAppBaseInfo: keep the user's setting
  }
}

/** WeChat's tab bar is native (app.config): its labels follow the chosen language through setTabBarItem. */
function labelTabs() {
  TABS.forEach((tab, index) => {
    Promise.resolve(Taro.setTabBarItem({ index, text: t(tab.label) })).catch(() => {
      // no tab bar on the current page yet: the next language change or launch labels it
    })
  })
}
if (process.env.TARO_ENV === 'weapp') useLocaleStore.subscribe(labelTabs)

export default function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // WeChat asks before a privacy API runs; our popup answers it.
      type Resolve = Parameters<typeof onPlatformPrivacyRequest>[0]
      const wxPrivacy = Taro as unknown as { onNeedPrivacyAuthorization?: (cb: (resolve: Resolve, info?: { referrer?: string }) => void) => void }
      wxPrivacy.onNeedPrivacyAuthorization?.((resolve, info) => onPlatformPrivacyRequest(resolve, info?.referrer))
      followSystemFontSize()
      warnIfBaseLibraryTooOld()
    }
    mockStarted.then(() => useSession.getState().ensure()).catch(() => {
      // Screens show their own error states; signing in is retried on their next request.
    })
  })
  return (
    <>
      {children}
      <TabBar />
    </>
  )
}
