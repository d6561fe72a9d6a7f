import { useDidShow } from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '@/shared/storage'
import { useBusiness } from './useBusiness'
import { useResource } from '@/shared/api'
import { policiesApi } from './api'

interface SeenState {
  /** user id → the matched policy ids already shown to them */
  seen: Record<string, string[]>
  markSeen: (userId: string, ids: string[]) => void
}

/** Which matches the business has already seen, kept on the device: the rest are "new". */
export const useSeenMatches = create<SeenState>()(
  persist(
    (set) => ({
      seen: {},
      markSeen: (userId, ids) => set((s) => ({ seen: { ...s.seen, [userId]: Array.from(new Set([...(s.seen[userId] ?? []), ...ids])) } })),
    }),
    { name: 'policies-seen', storage: taroStorage },
  ),
)

export function newMatchCount(matchedIds: string[], seenIds: string[] | undefined): number {
  const seen = new Set(seenIds ?? [])
  return matchedIds.filter((id) => !seen.has(id)).length
}

/** New matches for the signed-in business (0 for anyone else); for the badges. */
export function useNewMatches(): number {
  const { user, token, isBusiness } = useBusiness()
  const seen = useSeenMatches((s) => (user ? s.seen[user.id] : undefined))
  const matched = useResource(() => policiesApi.matched(), [user?.id, token], { enabled: isBusiness, tags: ['policy-match'] })
  // Back on the page (e.g. home after the profile changed): count again.
  useDidShow(() => { if (isBusiness && matched.data) matched.reload() })
  if (!isBusiness || !matched.data) return 0
  return newMatchCount(matched.data.items.map((p) => p.id), seen)
}
