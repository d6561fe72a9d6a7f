import Taro from '@tarojs/taro'
import { http, HttpResponse, delay } from 'msw'
import { DEMO_STAFF, useMockBackend } from '../../../test/mock-server'
import { clock } from '../../../mock/clock'
import { api, authToken } from '../api'
import { ROUTES } from '../routes'
import { goToSignIn, returnAfterSignIn, useSession } from './index'

const fresh = { token: null, user: null, signingIn: null, signedOut: false }

describe('session', () => {
  const { server, backend } = useMockBackend()
  let navigateTo: jest.SpyInstance
  let redirectTo: jest.SpyInstance
  let switchTab: jest.SpyInstance

  beforeEach(() => {
    useSession.setState(fresh)
    navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    redirectTo = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'subpackages/halls/hall/index', options: { id: 'centre', item: '居住证' } }] as never)
  })
  afterEach(() => jest.restoreAllMocks())

  /** demo-login answered by the real mock, the resident's or the business's held back. */
  function slowDemoLogin(slowRole: 'resident' | 'business') {
    server.use(http.post('*/api/auth/demo-login', async ({ request }) => {
      const body = await request.json() as { role: string }
      if (body.role === slowRole) await delay(150)
      const res = await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body })
      return HttpResponse.json(res.body as object, { status: res.status })
    }))
  }

  it.each(['resident', 'business'] as const)('a tap on 企业 during the launch sign-in wins, whichever answer comes last (slow: %s)', async (slow) => {
    slowDemoLogin(slow)
    // the launch's ensure() starts first, the tap right after
    const launch = useSession.getState().ensure()
    const tap = useSession.getState().signIn('business')
    await Promise.all([launch, tap])
    expect(useSession.getState().user?.role).toBe('business')
    expect(useSession.getState().signingIn).toBeNull()
    expect((await api.get<{ role: string }>('/api/me')).role).toBe('business')
  })

  it('ensure() joins a sign-in under way instead of starting its own', async () => {
    let logins = 0
    server.use(http.post('*/api/auth/demo-login', async ({ request }) => {
      logins += 1
      const res = await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: await request.json() })
      return HttpResponse.json(res.body as object, { status: res.status })
    }))
    const tap = useSession.getState().signIn('business')
    const joined = await useSession.getState().ensure()
    await tap
    expect([logins, joined.role]).toEqual([1, 'business'])
  })

  it('a late 401 for a token already replaced leaves the new session alone', async () => {
    const old = (await useSession.getState().signIn('resident'), useSession.getState().token!)
    await useSession.getState().signIn('business')
    authToken.unauthorized(old)
    expect(useSession.getState().user?.role).toBe('business')
    expect(useSession.getState().token).not.toBeNull()
    expect(navigateTo).not.toHaveBeenCalled()
  })

  it('an expired session sends the user to sign-in with the page and its params kept', async () => {
    clock.freeze('2026-11-23T09:00:00+08:00')
    await useSession.getState().signIn('resident')
    clock.advance(8 * 24 * 3600_000)
    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 401, code: 'SESSION_EXPIRED' })
    expect(useSession.getState().token).toBeNull()
    const url = navigateTo.mock.calls[0][0].url as string
    expect(url.startsWith(`${ROUTES.signIn}?`)).toBe(true)
    const params = new URLSearchParams(url.split('?')[1])
    expect(params.get('reason')).toBe('expired')
    expect(params.get('redirect')).toBe(`/subpackages/halls/hall/index?id=centre&item=${encodeURIComponent('居住证')}`)
  })

  it('on H5 the page’s params come from $taroParams when options are not there yet', () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'subpackages/safe/document/index', $taroParams: { id: 'lic-resident-hukou', $taroTimestamp: '1' } }] as never)
    goToSignIn('resident', 'expired')
    const params = new URLSearchParams(navigateTo.mock.calls[0][0].url.split('?')[1])
    expect(params.get('redirect')).toBe('/subpackages/safe/document/index?id=lic-resident-hukou')
  })

  it('a clerk whose 12 hours are up goes to the staff sign-in', async () => {
    clock.freeze('2026-11-23T09:00:00+08:00')
    await useSession.getState().staffSignIn(DEMO_STAFF.staffId, DEMO_STAFF.password)
    clock.advance(12 * 3600_000)
    await expect(api.get('/api/me')).rejects.toMatchObject({ code: 'SESSION_EXPIRED' })
    expect(navigateTo.mock.calls[0][0].url).toMatch(new RegExp(`^${ROUTES.clerkSignIn}\\?redirect=`))
  })

  it('a wrong staff password is a refusal on the sign-in screen, not a session that ended', async () => {
    await expect(useSession.getState().staffSignIn('PY0801', 'nope')).rejects.toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' })
    expect(navigateTo).not.toHaveBeenCalled()
  })

  it('signs out: the backend forgets the token and the demo does not sign back in by itself', async () => {
    await useSession.getState().signIn('resident')
    const token = useSession.getState().token!
    await useSession.getState().signOut()
    expect(useSession.getState()).toMatchObject({ token: null, user: null, signedOut: true })
    const after = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    expect(after.status).toBe(401)
    await expect(useSession.getState().ensure()).rejects.toMatchObject({ status: 401 })
    expect(navigateTo).toHaveBeenCalledWith({ url: expect.stringMatching(new RegExp(`^${ROUTES.signIn}`)) })
  })

  it('signs in by phone and one-time code', async () => {
    const sent = await useSession.getState().requestOtp('13802251234')
    const user = await useSession.getState().otpSignIn('13802251234', sent.devCode!)
    expect(user.role).toBe('business')
    expect(useSession.getState().token).toBe(authToken.get())
  })

  it('goes back after signing in: a page with its params by redirect, a tab by switchTab', () => {
    returnAfterSignIn(encodeURIComponent('/subpackages/halls/hall/index?id=centre'))
    expect(redirectTo).toHaveBeenCalledWith({ url: '/subpackages/halls/hall/index?id=centre' })
    returnAfterSignIn(encodeURIComponent(ROUTES.safe))
    expect(switchTab).toHaveBeenCalledWith({ url: ROUTES.safe })
  })

  it('does not stack sign-in screens when already on one', () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: ROUTES.signIn.slice(1), options: {} }] as never)
    goToSignIn('resident')
    expect(navigateTo).not.toHaveBeenCalled()
  })
})
