import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { OtpResponse, Role, SessionResponse, User } from '@/contract'
import { ApiError, api, authToken } from '../api'
import { t } from '../strings'
import { taroStorage } from '../storage'
import { ROUTES, TAB_ROUTES } from '../routes'

interface SessionState {
  token: string | null
  user: User | null
  /** in flight: the role being signed in */
  signingIn: Role | null
  /** the user signed out on purpose: the demo does not sign them back in by itself */
  signedOut: boolean
  /** the demo role switch (resident, business) */
  signIn: (role: Exclude<Role, 'clerk'>) => Promise<User>
  staffSignIn: (staffId: string, password: string) => Promise<User>
  requestOtp: (phone: string) => Promise<OtpResponse>
  otpSignIn: (phone: string, code: string) => Promise<User>
  /** weapp: wx.login's code exchanged as code2session */
  wechatSignIn: () => Promise<User>
  signOut: () => Promise<void>
  /** the signed-in user; with the mock on, a first start signs in as the demo resident */
  ensure: () => Promise<User>
  clear: () => void
}

/*
 * Sign-ins race (a tap on 企业 while the launch still signs in the demo
 * resident; a request made with the old token answering 401 after the switch).
 * Rules: the latest sign-in started wins, whatever order the answers come in;
 * ensure() joins a sign-in under way instead of starting its own; a 401 only
 * counts for the token it was sent with.
 */
let latest = 0
let underWay: Promise<User> | null = null

const MOCK = process.env.TARO_APP_MOCK === 'true'

export const useSession = create<SessionState>()(
  persist(
    (set, get) => {
      const start = (role: Role | null, signIn: () => Promise<SessionResponse>): Promise<User> => {
        const ticket = ++latest
        set({ signingIn: role })
        const run = signIn().then(
          (res) => {
            if (ticket === latest) {
              authToken.set(res.token)
              set({ token: res.token, user: res.user, signingIn: null, signedOut: false })
            }
            return res.user
          },
          (e) => {
            if (ticket === latest) set({ signingIn: null })
            throw e
          },
        )
        underWay = run
        run.finally(() => { if (underWay === run) underWay = null }).catch(() => undefined)
        return run
      }
      return {
        token: null,
        user: null,
        signingIn: null,
        signedOut: false,
        signIn: (role) => start(role, () => api.post<SessionResponse>('/api/auth/demo-login', { role })),
        staffSignIn: (staffId, password) => start('clerk', () => api.post<SessionResponse>('/api/auth/staff-login', { staffId, password })),
        requestOtp: (phone) => api.post<OtpResponse>('/api/auth/otp', { phone }),
        otpSignIn: (phone, code) => start('resident', () => api.post<SessionResponse>('/api/auth/otp/verify', { phone, code })),
        wechatSignIn: () => start('resident', async () => {
          const { code } = await Taro.login()
          return api.post<SessionResponse>('/api/auth/wechat-login', { code })
        }),
        signOut: async () => {
          const token = get().token
          latest += 1
          authToken.set(null)
          set({ token: null, user: null, signingIn: null, signedOut: true })
          // The session ends here whatever the network does; the backend revokes it when it hears.
          if (token) await api.post('/api/auth/logout', undefined, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined)
        },
        ensure: async () => {
          const { token, user } = get()
          if (token && user) {
            authToken.set(token)
            return user
          }
          if (underWay) return underWay
          if (!MOCK || get().signedOut) {
            goToSignIn()
            throw new ApiError(401, 'UNAUTHENTICATED', t('error.unauthenticated'))
          }
          return start('resident', () => api.post<SessionResponse>('/api/auth/demo-login', { role: 'resident' }))
        },
        clear: () => {
          authToken.set(null)
          set((s) => ({ token: null, user: s.user }))
        },
      }
    },
    {
      name: 'session',
      storage: taroStorage,
      partialize: (s) => ({ token: s.token, user: s.user, signedOut: s.signedOut }),
      onRehydrateStorage: () => (state) => {
        if (state?.token) authToken.set(state.token)
      },
    },
  ),
)

export function currentRole(): Role | undefined {
  return useSession.getState().user?.role
}

/** The page on screen as a URL (path and its params), to come back to after signing in. */
function currentUrl(): string | undefined {
  const pages = Taro.getCurrentPages()
  // weapp pages have route (no slash) and options; a Taro H5 page has its params in $taroParams from onLoad on
  // (options come later, after the first render's requests may already have answered 401)
  const page = pages[pages.length - 1] as { route?: string; path?: string; options?: Record<string, string>; $taroParams?: Record<string, string> } | undefined
  const [route, search = ''] = (page?.route ?? page?.path ?? '').split('?')
  if (!route) return undefined
  const params: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=')
    params[key] = decodeURIComponent(value)
  }
  Object.assign(params, page?.$taroParams, page?.options)
  const query = Object.entries(params)
    .filter(([key]) => !key.startsWith('$') && key !== 'stamp')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  const path = route.startsWith('/') ? route : `/${route}`
  return query ? `${path}?${query}` : path
}

const SIGN_IN_PAGES: string[] = [ROUTES.signIn, ROUTES.clerkSignIn]
let sendingToSignIn = false

/** To the sign-in screen (the clerk's for a clerk), keeping where the user was to come back to it. */
export function goToSignIn(role: Role | undefined = useSession.getState().user?.role, reason?: 'expired'): void {
  const here = currentUrl()
  if (sendingToSignIn || (here && SIGN_IN_PAGES.includes(here.split('?')[0]))) return
  sendingToSignIn = true
  const page = role === 'clerk' ? ROUTES.clerkSignIn : ROUTES.signIn
  const params = [here && `redirect=${encodeURIComponent(here)}`, reason && `reason=${reason}`].filter(Boolean).join('&')
  const url = params ? `${page}?${params}` : page
  Promise.resolve(Taro.navigateTo({ url }))
    .catch(() => Taro.redirectTo({ url }))
    .catch(() => undefined)
    .finally(() => { sendingToSignIn = false })
}

/** After signing in: back to the page the user was on, with its params, or to 我的. */
export function returnAfterSignIn(redirect: string | undefined): void {
  const target = redirect ? decodeURIComponent(redirect) : ROUTES.me
  const path = target.split('?')[0]
  if (TAB_ROUTES.includes(path)) {
    Taro.switchTab({ url: path })
    return
  }
  Promise.resolve(Taro.redirectTo({ url: target })).catch(() => Taro.switchTab({ url: ROUTES.me }))
}

// Any 401 for the session in use ends it and brings the user to sign-in, never to an empty screen.
// A 401 for a token already replaced (an old request answering late) changes nothing.
authToken.onUnauthorized((sentWith) => {
  const state = useSession.getState()
  if (sentWith !== state.token || state.signingIn) return
  const role = state.user?.role
  state.clear()
  goToSignIn(role, 'expired')
})
