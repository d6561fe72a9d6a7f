import type { Crs, HallKind } from '../../src/contract'
import type { RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { hallDetail, hallOrThrow, listHallsFor } from './domain'
import { busyHours, ticketStays } from '../visit/busy'
import { slotsFor } from '../appointments/domain'
import { recommend } from './recommendations'
import { toGcj02, type LngLat } from './geo'
import { wholeList } from '../paging'

const KINDS: HallKind[] = ['centre', 'subcentre', 'town', 'kiosk']

/** `crs` and an optional user position (lng, lat in that crs) from a query, the position in GCJ-02. */
function positionQuery(query: Record<string, string>): { crs: Crs; from: LngLat | null } {
  const crs = (query.crs ?? 'gcj02') as Crs
  if (crs !== 'gcj02' && crs !== 'wgs84') throw fail.badRequest('坐标系无效', { crs: '应为 gcj02 或 wgs84' })
  if (query.lng === undefined && query.lat === undefined) return { crs, from: null }
  const lng = Number(query.lng)
  const lat = Number(query.lat)
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    throw fail.badRequest('位置无效', { lng: '经度应在 -180 到 180 之间', lat: '纬度应在 -90 到 90 之间' })
  }
  return { crs, from: toGcj02({ lng, lat }, crs) }
}

export const hallRoutes: RouteModule = (store) => {
  const real = (hallId: string) => ticketStays(store, hallId)
  return [
    {
      method: 'GET',
      path: '/api/halls',
      handler: ({ query }) => {
        if (query.kind && !KINDS.includes(query.kind as HallKind)) throw fail.badRequest('场所类型无效', { kind: '应为 centre、subcentre、town 或 kiosk' })
        const { crs, from } = positionQuery(query)
        const items = listHallsFor(clock.now(), { kind: query.kind as HallKind | undefined, itemId: query.itemId }, from, crs, real)
        return { body: wholeList(items) }
      },
    },
    {
      method: 'GET',
      path: '/api/halls/:id',
      handler: ({ params, query }) => ({ body: hallDetail(hallOrThrow(params.id), clock.now(), query, real) }),
    },
    {
      method: 'GET',
      path: '/api/halls/:id/busy-hours',
      handler: ({ params }) => ({ body: busyHours(store, hallOrThrow(params.id), clock.nowMs()) }),
    },
    {
      method: 'GET',
      path: '/api/halls/:id/slots',
      handler: ({ params, query }) => {
        if (!query.itemId) throw fail.badRequest('请选择事项', { itemId: '必填' })
        if (!query.date) throw fail.badRequest('请选择日期', { date: '必填' })
        return { body: slotsFor(store, params.id, query.itemId, query.date, clock.nowMs()) }
      },
    },
    {
      method: 'GET',
      path: '/api/recommendations',
      handler: ({ query }) => {
        if (!query.itemId) throw fail.badRequest('请选择事项', { itemId: '必填' })
        const { from } = positionQuery(query)
        const items = recommend(store, query.itemId, from, clock.nowMs())
        return { body: wholeList(items) }
      },
    },
  ]
}
