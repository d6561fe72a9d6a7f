import type { ServiceItem, Theme } from '../../src/contract'
import { catalogue } from '../data/items'
import { THEMES } from '../data/themes'
import { DEPARTMENTS } from '../data/departments'

export function themesWithCounts(): Theme[] {
  const counts = new Map<string, number>()
  for (const item of catalogue()) for (const id of item.themeIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return THEMES.map((t) => ({ ...t, itemCount: counts.get(t.id) ?? 0 }))
}

export function departments() {
  return DEPARTMENTS.map(({ id, name }) => ({ id, name }))
}

export interface ItemFilter {
  q?: string
  theme?: string
  department?: string
  instant?: boolean
  bookable?: boolean
}

/** Items matching a filter; a query matches name, department and keywords, best (name-prefix) first. */
export function findItems(filter: ItemFilter): ServiceItem[] {
  const q = filter.q?.trim().toLowerCase()
  const rows = catalogue().filter((item) =>
    (!filter.theme || item.themeIds.includes(filter.theme)) &&
    (!filter.department || item.departmentId === filter.department) &&
    (filter.instant === undefined || item.instant === filter.instant) &&
    (filter.bookable === undefined || item.bookable === filter.bookable))
  if (!q) return rows
  const scored: Array<{ item: ServiceItem; score: number }> = []
  for (const item of rows) {
    const name = item.name.toLowerCase()
    let score = -1
    if (name.startsWith(q)) score = 3
    else if (name.includes(q)) score = 2
    else if (item.keywords?.some((k) => k.includes(q))) score = 1.5
    else if (item.initials?.startsWith(q)) score = 1.2
    else if (item.department.includes(q)) score = 1
    if (score >= 0) scored.push({ item, score })
  }
  return scored.sort((a, b) => b.score - a.score || a.item.name.length - b.item.name.length).map((s) => s.item)
}
