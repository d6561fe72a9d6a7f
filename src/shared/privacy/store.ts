import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '../storage'

export type PrivacyPurpose = 'location' | 'camera' | 'clipboard' | 'album'

interface PrivacyState {
  /** the user agreed to the privacy guide (kept on the device) */
  agreed: boolean
  /** the purpose waiting for an answer, while the popup shows */
  pending: PrivacyPurpose | null
  agree: () => void
  decline: () => void
}

/** weapp's own resolver from wx.onNeedPrivacyAuthorization, answered by the agree button */
let platformResolve: ((result: { event: 'agree' | 'disagree'; buttonId?: string }) => void) | null = null

export const usePrivacy = create<PrivacyState>()(
  persist(
    (set) => ({
      agreed: false,
      pending: null,
      agree: () => {
        set({ agreed: true, pending: null })
        platformResolve?.({ event: 'agree', buttonId: 'privacy-agree' })
        platformResolve = null
      },
      decline: () => {
        set({ pending: null })
        platformResolve?.({ event: 'disagree' })
        platformResolve = null
      },
    }),
    { name: 'privacy', storage: taroStorage, partialize: (s) => ({ agreed: s.agreed }) },
  ),
)

/**
 * weapp: with __usePrivacyCheck__ the platform asks before any privacy API (getLocation,
 * chooseMedia, scanCode …) runs; our popup answers it. On H5 the browser's own permission
 * prompt plays this part.
 */
export function onPlatformPrivacyRequest(resolve: typeof platformResolve, api = 'getLocation'): void {
  platformResolve = resolve
  usePrivacy.setState({ pending: purposeOf(api) })
}

/** The API WeChat is asking about (eventInfo.referrer) decides which reason the popup gives. */
function purposeOf(api: string): PrivacyPurpose {
  if (/scanCode|camera/i.test(api)) return 'camera'
  if (/Clipboard/.test(api)) return 'clipboard'
  if (/choose(Media|Image|MessageFile)|saveImage/.test(api)) return 'album'
  return 'location'
}
