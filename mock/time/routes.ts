import type { ServerTimeResponse } from '../../src/contract'
import type { RouteModule } from '../http'
import { clock } from '../clock'
import { localDate } from '../calendar'

/** The one clock's reading; every answer also carries it in `x-server-time`. */
export const timeRoutes: RouteModule = () => [
  {
    method: 'GET',
    path: '/api/time',
    handler: () => {
      const nowMs = clock.nowMs()
      const body: ServerTimeResponse = { now: new Date(nowMs).toISOString(), today: localDate(nowMs) }
      return { body }
    },
  },
]
