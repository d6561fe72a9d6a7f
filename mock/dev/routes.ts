import { DevClockBody, DevNetworkBody, MAX_ADVANCE_MINUTES } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'

/** However many advances add up, the mock's "now" stays a few decades out, where every date is still a date. */
const MAX_OFFSET_MS = 5 * MAX_ADVANCE_MINUTES * 60_000

/** Mock-only controls: reset the data, move the clock, switch the network off. Loaded only while the dev switch is on (backend.ts). */
export const devRoutes: RouteModule = (store) => [
  route({
    method: 'POST',
    path: '/api/dev/reset',
    handler: () => {
      clock.reset()
      store.reset()
      store.setMeta('clockOffset', 0)
      return { body: { ok: true } }
    },
  }),
  route({
    method: 'POST',
    path: '/api/dev/clock',
    body: DevClockBody,
    handler: ({ body }) => {
      const ms = body.advanceMinutes * 60_000
      if (clock.offset() + ms > MAX_OFFSET_MS) throw fail.badRequest('时钟已拨得太远，请先重置', { advanceMinutes: '累计超过五十年' })
      clock.advance(ms)
      store.setMeta('clockOffset', clock.offset())
      return { body: { now: clock.now().toISOString(), offsetMs: clock.offset() } }
    },
  }),
  route({
    method: 'POST',
    path: '/api/dev/network',
    body: DevNetworkBody,
    handler: ({ body }) => {
      store.setMeta('networkDown', body.down)
      return { body: { down: body.down } }
    },
  }),
]
