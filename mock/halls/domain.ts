import type { Crs, Hall, HallDetail, HallItem, HallKind, HallWithDistance } from '../../src/contract'
import { hallSeeds, type HallSeed } from './data'
import { hallItemCount, hallItems, hallServes } from './routing'
import { NO_REAL_TICKETS, queueNow, type RealStays } from './queue'
import { itemById } from '../catalogue/items'
import { paginate } from '../paging'
import { fail } from '../errors'
import { distanceKm, fromGcj02, type LngLat } from './geo'

/** A hall as the contract gives it; its queue now counts today's ticket history and the real tickets (`real`). */
export function toHall(seed: HallSeed, now: Date, real: RealStays = NO_REAL_TICKETS): Hall {
  const { coverage: _coverage, busyFactor: _busy, ...hall } = seed
  return { ...hall, queueLength: queueNow(seed, now.getTime(), real(seed.id)), itemCount: hallItemCount(seed) }
}

export function listHalls(now: Date, filter: { kind?: HallKind; itemId?: string } = {}, real: RealStays = NO_REAL_TICKETS): Hall[] {
  const item = filter.itemId ? itemById(filter.itemId) : undefined
  return hallSeeds()
    .filter((h) => (!filter.kind || h.kind === filter.kind) && (!item || hallServes(h, item)))
    .map((h) => toHall(h, now, real))
}

let hallsById: Map<string, HallSeed> | null = null

export function hallSeedById(id: string): HallSeed | undefined {
  if (!hallsById) hallsById = new Map(hallSeeds().map((h) => [h.id, h]))
  return hallsById.get(id)
}

export function hallOrThrow(id: string): HallSeed {
  const seed = hallSeedById(id)
  if (!seed) throw fail.notFound('场所')
  return seed
}

/** Hall list for a map or list: optionally in WGS-84, and with distances (nearest first) from the user's position. */
export function listHallsFor(now: Date, filter: { kind?: HallKind; itemId?: string }, from: LngLat | null, crs: Crs, real: RealStays = NO_REAL_TICKETS): HallWithDistance[] {
  const rows: HallWithDistance[] = listHalls(now, filter, real).map((hall) => {
    const distance = from ? Math.round(distanceKm(from, hall) * 100) / 100 : undefined
    return { ...hall, ...fromGcj02(hall, crs), ...(distance !== undefined ? { distanceKm: distance } : {}) }
  })
  if (from) rows.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0))
  return rows
}

export function hallDetail(seed: HallSeed, now: Date, query: { page?: string; pageSize?: string }, real: RealStays = NO_REAL_TICKETS): HallDetail {
  const paged = paginate(hallItems(seed), query, 20, 50)
  const items: HallItem[] = paged.items.map((i) => ({ id: i.id, name: i.name, department: i.department, cloudWindow: i.cloudWindow }))
  return { ...toHall(seed, now, real), items: { ...paged, items }, bookable: seed.kind !== 'kiosk' || seed.cloudWindow }
}
