import type { ServiceItem } from '../../src/contract'
import { catalogue, REAL_ITEMS } from '../catalogue/items'
import { hashFraction } from '../hash'
import type { HallSeed } from './data'

const REAL_ITEM_IDS = new Set(REAL_ITEMS.map((item) => item.id))

/**
 * Whether a hall handles an item: centres all; kiosks half of the self-service
 * and online items plus every 云窗口 item (a clerk serves it by video); sub-centres and town centres every real (named) item they
 * may (towns: personal matters only) and a share (`coverage`) of the rest.
 * A share is a window of the hash circle starting at the hall's own hash: a
 * hall's count is then two binary searches, not a pass over 5,558 items (the
 * hall list counts for all 123 halls at once).
 */
export function hallServes(hall: HallSeed, item: ServiceItem): boolean {
  if (hall.kind === 'centre') return true
  const inWindow = (width: number) => (unitHash(item.id) - unitHash(hall.id) + 1) % 1 < width
  if (hall.kind === 'kiosk') return item.cloudWindow || (kioskable(item) && inWindow(0.5))
  if (REAL_ITEM_IDS.has(item.id)) return hall.kind === 'subcentre' || item.target !== 'business'
  return inWindow(hall.coverage)
}

const kioskable = (item: ServiceItem) => item.online && (item.target !== 'business' || item.instant)

const unitHashes = new Map<string, number>()
/** hash(id), remembered: the same ids are asked for again and again. */
function unitHash(id: string): number {
  let h = unitHashes.get(id)
  if (h === undefined) {
    h = hashFraction(id)
    unitHashes.set(id, h)
  }
  return h
}

/** The hashes the windows are taken over, sorted, the real items' counts and the 云窗口 items: worked out once. */
let circles: { kiosk: Float64Array; generic: Float64Array; real: number; realPersonal: number; cloud: ServiceItem[] } | null = null
function hashCircles() {
  if (!circles) {
    const items = catalogue()
    const sorted = (list: ServiceItem[]) => Float64Array.from(list, (item) => unitHash(item.id)).sort()
    const real = items.filter((item) => REAL_ITEM_IDS.has(item.id))
    circles = {
      kiosk: sorted(items.filter(kioskable)),
      generic: sorted(items.filter((item) => !REAL_ITEM_IDS.has(item.id))),
      real: real.length,
      realPersonal: real.filter((item) => item.target !== 'business').length,
      cloud: items.filter((item) => item.cloudWindow),
    }
  }
  return circles
}

/** How many of the sorted hashes lie below `x` (0 ≤ x ≤ 1). */
function below(sorted: Float64Array, x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many of the sorted hashes h have (h − start) mod 1 < width. */
function inWindowCount(sorted: Float64Array, start: number, width: number): number {
  const end = start + width
  return end <= 1 ? below(sorted, end) - below(sorted, start) : sorted.length - below(sorted, start) + below(sorted, end - 1)
}

const hallItemsCache = new Map<string, ServiceItem[]>()
/** The catalogue items a hall serves, in catalogue order: for one hall's page, worked out once per hall. */
export function hallItems(hall: HallSeed): ServiceItem[] {
  let served = hallItemsCache.get(hall.id)
  if (!served) {
    served = hall.kind === 'centre' ? catalogue() : catalogue().filter((item) => hallServes(hall, item))
    hallItemsCache.set(hall.id, served)
  }
  return served
}

export function hallItemCount(hall: HallSeed): number {
  if (hall.kind === 'centre') return catalogue().length
  const { kiosk, generic, real, realPersonal, cloud } = hashCircles()
  const start = unitHash(hall.id)
  if (hall.kind === 'kiosk') return inWindowCount(kiosk, start, 0.5) + cloud.filter((item) => !(kioskable(item) && (unitHash(item.id) - start + 1) % 1 < 0.5)).length
  return (hall.kind === 'subcentre' ? real : realPersonal) + inWindowCount(generic, start, hall.coverage)
}
