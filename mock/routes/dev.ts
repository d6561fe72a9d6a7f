import type { RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'

/** Mock-only controls: reset the data, move the clock, switch the network off. */
export const devRoutes: RouteModule = (store) => [
  {
    method: 'POST',
    path: '/api/dev/reset',
    handler: () => {
      clock.reset()
      store.reset()
      store.setMeta('clockOffset', 0)
      return { body: { ok: true } }
    },
  },
  {
    method: 'POST',
    path: '/api/dev/clock',
    handler: ({ body }) => {
      const minutes = Number(body?.advanceMinutes)
      if (!Number.isFinite(minutes) || minutes < 0) throw fail.badRequest('advanceMinutes 应为非负数', { advanceMinutes: '应为非负数' })
      clock.advance(minutes * 60_000)
      store.setMeta('clockOffset', clock.offset())
      return { body: { now: clock.now().toISOString(), offsetMs: clock.offset() } }
    },
  },
  {
    method: 'POST',
    path: '/api/dev/network',
    handler: ({ body }) => {
      store.setMeta('networkDown', body?.down === true)
      return { body: { down: body?.down === true } }
    },
  },
]
