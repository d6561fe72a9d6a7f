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

let waiting: Array<(ok: boolean) => void> = []
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
        waiting.forEach((resolve) => resolve(true))
        waiting = []
      },
      decline: () => {
        set({ pending: null })
        platformResolve?.({ event: 'disagree' })
        platformResolve = null
        waiting.forEach((resolve) => resolve(false))
        waiting = []
      },
    }),
    { name: 'privacy', storage: taroStorage, partialize: (s) => ({ agreed: s.agreed }) },
  ),
)

/**
 * Ask before location, camera, clipboard or album use: resolves true once the
 * user has agreed to the privacy guide (asked once, remembered on the device).
 */
export function ensurePrivacyConsent(purpose: PrivacyPurpose): Promise<boolean> {
  if (usePrivacy.getState().agreed) return Promise.resolve(true)
  usePrivacy.setState({ pending: purpose })
  return new Promise((resolve) => waiting.push(resolve))
}

/** weapp: the platform asks before a privacy API runs; show our popup and answer it. */
export function onPlatformPrivacyRequest(resolve: typeof platformResolve, purpose: PrivacyPurpose = 'location'): void {
  platformResolve = resolve
  usePrivacy.setState({ pending: purpose })
}
