/**
 * For tests that go through the real request client: msw/node serving the
 * mock backend. Requests go to a relative /api/... URL as in the app; jsdom
 * resolves it against http://localhost.
 */
import { setupMockServer } from '../mock/transports/node'
import { clock } from '../mock/clock'
import { authToken } from '../src/shared/api/auth-token'

export function useMockBackend() {
  const { server, backend } = setupMockServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    backend.store.reset()
    clock.reset()
    authToken.set(null)
  })
  afterAll(() => server.close())
  return { server, backend }
}

/** The demo clerk's staff credentials (README). */
export const DEMO_STAFF = { staffId: 'PY0801', password: 'panyu-demo' }

/** Sign the client in (sets the token the client sends): residents and businesses by the demo switch, the clerk with staff credentials. */
export async function signInAs(backend: ReturnType<typeof setupMockServer>['backend'], role: 'resident' | 'business' | 'clerk'): Promise<string> {
  const res = role === 'clerk'
    ? await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: {}, body: DEMO_STAFF })
    : await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role } })
  const token = (res.body as { token: string }).token
  authToken.set(token)
  return token
}
