import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { DemoLoginResponse, Role, User } from '@/contract'
import { api, authToken } from '../api'
import { taroStorage } from '../storage'

interface SessionState {
  token: string | null
  user: User | null
  /** in flight: the role being signed in */
  signingIn: Role | null
  signIn: (role: Role) => Promise<User>
  /** sign in as the demo resident unless someone is already signed in */
  ensure: () => Promise<User>
  clear: () => void
}

export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      token: null,
      user: null,
      signingIn: null,
      signIn: async (role) => {
        set({ signingIn: role })
        try {
          const res = await api.post<DemoLoginResponse>('/api/auth/demo-login', { role })
          authToken.set(res.token)
          set({ token: res.token, user: res.user, signingIn: null })
          return res.user
        } catch (e) {
          set({ signingIn: null })
          throw e
        }
      },
      ensure: async () => {
        const { token, user, signIn } = get()
        if (token && user) {
          authToken.set(token)
          return user
        }
        return signIn(user?.role ?? 'resident')
      },
      clear: () => {
        authToken.set(null)
        set((s) => ({ token: null, user: s.user }))
      },
    }),
    {
      name: 'session',
      storage: taroStorage,
      partialize: (s) => ({ token: s.token, user: s.user }),
      onRehydrateStorage: () => (state) => {
        if (state?.token) authToken.set(state.token)
      },
    },
  ),
)

// A token the backend no longer knows (e.g. after a demo reset) is dropped; the next ensure() signs in again.
authToken.onUnauthorized(() => useSession.getState().clear())

export function currentRole(): Role | undefined {
  return useSession.getState().user?.role
}
