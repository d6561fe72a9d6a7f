import type { SearchMiss } from '../../src/contract'
import type { Store } from '../store'
import { searchKey } from './vocabulary'

const META_KEY = 'searchMisses'
/** the most different queries kept: the rarest go first when it is full */
export const MISS_LIMIT = 500

/**
 * A query may hold personal data (an ID or phone number typed into the wrong
 * box, a name): only queries without long digit runs are kept, normalised,
 * with a count and when last seen — never who typed them.
 */
export function recordMiss(store: Store, q: string, now: Date): void {
  const key = searchKey(q)
  if (!key || /\d{5,}/.test(key) || /[\dx]{15,}/i.test(key)) return
  const misses = { ...(store.getMeta<Record<string, SearchMiss>>(META_KEY) ?? {}) }
  const had = misses[key]
  misses[key] = { q: key, count: (had?.count ?? 0) + 1, lastAt: now.toISOString() }
  const rows = Object.values(misses)
  if (rows.length > MISS_LIMIT) {
    const rarest = rows.sort((a, b) => a.count - b.count || a.lastAt.localeCompare(b.lastAt))[0]
    delete misses[rarest.q]
  }
  store.setMeta(META_KEY, misses)
}

/** Queries that found nothing, most frequent first (then most recent). */
export function searchMisses(store: Store): SearchMiss[] {
  const misses = store.getMeta<Record<string, SearchMiss>>(META_KEY) ?? {}
  return Object.values(misses).sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
}
