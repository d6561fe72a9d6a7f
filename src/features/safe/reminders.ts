import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ExpiryStage } from '@/contract'
import { taroStorage } from '@/shared/storage'

/**
 * In-app expiry reminders (H5 has no push): a reminder dismissed at one
 * stage comes back at the next (60 → 30 → 7 days) and once expired.
 */
type Seen = ExpiryStage | 'expired'

interface RemindersState {
  /** per licence (or 'annual-report'): the stage last dismissed */
  dismissed: Record<string, Seen>
  dismiss: (id: string, stage: Seen) => void
}

export const useReminders = create<RemindersState>()(
  persist(
    (set) => ({ dismissed: {}, dismiss: (id, stage) => set((s) => ({ dismissed: { ...s.dismissed, [id]: stage } })) }),
    { name: 'expiry-reminders', storage: taroStorage },
  ),
)
