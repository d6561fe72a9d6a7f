import type { Department, ServiceItem, Theme } from '../../src/contract'
import { catalogue, REAL_ITEMS } from './items'
import { THEMES } from './themes'
import { DEPARTMENTS } from './departments'
import { PINYIN } from './pinyin.generated'

export function themesWithCounts(): Theme[] {
  const counts = new Map<string, number>()
  for (const item of catalogue()) for (const id of item.themeIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return THEMES.map((t) => ({ ...t, itemCount: counts.get(t.id) ?? 0 }))
}

let departmentsCache: Array<Department & { itemCount: number }> | null = null

/** Departments with their item counts: counted once (the catalogue never changes at run time). */
export function departments(): Array<Department & { itemCount: number }> {
  if (departmentsCache) return departmentsCache
  const counts = new Map<string, number>()
  for (const item of catalogue()) counts.set(item.departmentId, (counts.get(item.departmentId) ?? 0) + 1)
  departmentsCache = DEPARTMENTS.map(({ id, name }) => ({ id, name, itemCount: counts.get(id) ?? 0 }))
  return departmentsCache
}

export interface ItemFilter {
  q?: string
  theme?: string
  department?: string
  instant?: boolean
  bookable?: boolean
}

/** One searchable row, lower-cased and with its pinyin, built once. */
interface IndexRow {
  item: ServiceItem
  order: number
  real: boolean
  name: string
  keywords: string[]
  /** the keywords' initials and full pinyin, one string each */
  keywordPinyin: string[]
  department: string
  initials: string
  full: string
  deptInitials: string
  deptFull: string
  /** one bit per letter in the initials: a query with a letter outside it cannot match them scattered */
  initialsMask: number
  /** real first, then shorter names, then catalogue order: the tie-break, as one number */
  tieBreak: number
}

function letterMask(text: string): number {
  let mask = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97
    if (c >= 0 && c < 26) mask |= 1 << c
  }
  return mask
}

const NO_PINYIN: [string, string] = ['', '']
const pinyinOf = (text: string): [string, string] => PINYIN[text] ?? NO_PINYIN

let index: IndexRow[] | null = null

/** The search index: built on the first search, reused for every one after (the catalogue never changes at run time). */
export function searchIndex(): IndexRow[] {
  if (index) return index
  const realIds = new Set(REAL_ITEMS.map((r) => r.id))
  const deptPinyin = new Map(DEPARTMENTS.map((d) => [d.id, pinyinOf(d.name)]))
  index = catalogue().map((item, order) => {
    const real = realIds.has(item.id)
    const [initials, full] = pinyinOf(item.name)
    const [deptInitials, deptFull] = deptPinyin.get(item.departmentId) ?? NO_PINYIN
    return {
      item: initials ? { ...item, initials } : item,
      order,
      real,
      name: item.name.toLowerCase(),
      keywords: (item.keywords ?? []).map((k) => k.toLowerCase()),
      keywordPinyin: (item.keywords ?? []).flatMap((k) => pinyinOf(k)).filter(Boolean),
      department: item.department,
      initials,
      full,
      deptInitials,
      deptFull,
      initialsMask: letterMask(initials),
      tieBreak: (real ? 1e7 : 0) + (99 - Math.min(item.name.length, 99)) * 1e5 + (99_999 - order),
    }
  })
  return index
}

/**
 * Match quality, best first. The order the issue asks for: exact name, then
 * name prefix, then anywhere in the name or its common words, then pinyin
 * (initials or full), then the department; a scattered initials match (p…s…z…m)
 * is the last resort for people who type the first letters of a few words.
 */
export const SCORE = {
  exact: 100,
  prefix: 90,
  contains: 80,
  keyword: 70,
  pinyinPrefix: 60,
  pinyin: 50,
  department: 40,
  scattered: 20,
} as const

const LATIN = /^[a-z]+$/

/**
 * How well the letters of `query` appear in order in `text` (0 = not at all):
 * up to 1 for a tight run, +1 when it starts at the first word.
 */
function scatteredFit(query: string, text: string): number {
  let at = 0
  let first = -1
  let last = -1
  for (let i = 0; i < text.length && at < query.length; i++) {
    if (text[i] !== query[at]) continue
    if (first < 0) first = i
    last = i
    at++
  }
  if (at < query.length) return 0
  return (first === 0 ? 1 : 0) + query.length / (last - first + 1)
}

/** The best score of one search term against one row; -1 when it does not match. */
function scoreTerm(row: IndexRow, term: string, latin: boolean, termMask: number): number {
  if (row.name === term) return SCORE.exact
  if (row.name.startsWith(term)) return SCORE.prefix
  if (row.name.includes(term)) return SCORE.contains
  for (const k of row.keywords) if (k.includes(term)) return SCORE.keyword
  if (latin) {
    if (row.initials.startsWith(term) || row.full.startsWith(term)) return SCORE.pinyinPrefix
    // 城镇污水排入排水管网许可 is what people call 排水许可: psxk should find it first
    if (row.keywordPinyin.some((k) => k.startsWith(term))) return SCORE.pinyinPrefix
    if (row.initials.includes(term) || (term.length > 2 && row.full.includes(term))) return SCORE.pinyin
    if (row.deptInitials.includes(term) || (term.length > 2 && row.deptFull.includes(term))) return SCORE.department
    // p…s…z…m: the first letters of a few words; starting at the name's first word ranks higher
    const fit = term.length >= 3 && (row.initialsMask & termMask) === termMask ? scatteredFit(term, row.initials) : 0
    if (fit > 0) return SCORE.scattered + fit * 4
    return -1
  }
  if (row.department.includes(term)) return SCORE.department
  return -1
}

/**
 * Search terms: whitespace splits Chinese words ("排水 许可" needs both);
 * pinyin typed with spaces ("pai shui") is one term.
 */
export function searchTerms(q: string): string[] {
  const lower = q.trim().toLowerCase()
  if (!lower) return []
  const parts = lower.split(/\s+/)
  return parts.every((p) => LATIN.test(p)) ? [parts.join('')] : parts
}

function passes(item: ServiceItem, filter: ItemFilter): boolean {
  return (!filter.theme || item.themeIds.includes(filter.theme)) &&
    (!filter.department || item.departmentId === filter.department) &&
    (filter.instant === undefined || item.instant === filter.instant) &&
    (filter.bookable === undefined || item.bookable === filter.bookable)
}

let postings: Map<string, IndexRow[]> | null = null

/**
 * Rows that could match every Chinese term: a Chinese term matches only in the
 * name, keywords or department, so a row must hold each of its characters.
 * Scanning the rarest character's rows instead of every item keeps one search
 * well under a millisecond (latin terms match pinyin: those scan everything).
 */
function candidates(terms: string[], latin: boolean[]): IndexRow[] {
  const rows = searchIndex()
  if (terms.length === 1 && latin[0]) return latinCandidates(terms[0], rows)
  if (latin.some(Boolean)) return rows
  if (!postings) {
    postings = new Map()
    for (const row of rows) {
      for (const char of new Set(row.name + row.keywords.join('') + row.department)) {
        let list = postings.get(char)
        if (!list) postings.set(char, (list = []))
        list.push(row)
      }
    }
  }
  let rarest: IndexRow[] | undefined
  for (const term of terms) {
    for (const char of term) {
      const list = postings.get(char) ?? []
      if (!rarest || list.length < rarest.length) rarest = list
    }
  }
  return rarest ?? rows
}

/** Pinyin search's own index, built on the first pinyin search: rows by letter pair, and each row's department and initials as numbers. */
let latinIndex: { pairs: Map<string, Int32Array>; department: Int32Array; initialsMask: Int32Array } | null = null

function buildLatinIndex(rows: IndexRow[]) {
  const pairs = new Map<string, number[]>()
  const department = new Int32Array(rows.length)
  const initialsMask = new Int32Array(rows.length)
  const deptIndex = new Map(DEPARTMENTS.map((d, i) => [d.id, i]))
  rows.forEach((row, i) => {
    department[i] = deptIndex.get(row.item.departmentId) ?? -1
    initialsMask[i] = row.initialsMask
    const seen = new Set<string>()
    for (const text of [row.initials, row.full, ...row.keywordPinyin]) {
      for (let c = 0; c + 1 < text.length; c++) seen.add(text.slice(c, c + 2))
    }
    for (const pair of seen) {
      let list = pairs.get(pair)
      if (!list) pairs.set(pair, (list = []))
      list.push(i)
    }
  })
  return { pairs: new Map([...pairs].map(([pair, list]) => [pair, Int32Array.from(list)])), department, initialsMask }
}

/**
 * Rows a pinyin term could match. Every pinyin match but two holds the term's
 * first two letters together in the name's initials, full pinyin or a
 * keyword's pinyin; the two others are the department (decided once per
 * department) and scattered initials (a bit-mask test). One pass of integer
 * tests instead of six string searches on each row.
 */
function latinCandidates(term: string, rows: IndexRow[]): IndexRow[] {
  if (term.length < 2) return rows
  if (!latinIndex) latinIndex = buildLatinIndex(rows)
  const { pairs, department, initialsMask } = latinIndex
  const take = new Uint8Array(rows.length)
  for (const i of pairs.get(term.slice(0, 2)) ?? []) take[i] = 1
  const deptOk = new Uint8Array(DEPARTMENTS.length + 1)
  DEPARTMENTS.forEach((d, i) => {
    const [initials, full] = pinyinOf(d.name)
    if (initials.includes(term) || (term.length > 2 && full.includes(term))) deptOk[i] = 1
  })
  const mask = letterMask(term)
  const scattered = term.length >= 3
  const out: IndexRow[] = []
  for (let i = 0; i < rows.length; i++) {
    if (take[i] || (department[i] >= 0 && deptOk[department[i]]) || (scattered && (initialsMask[i] & mask) === mask)) out.push(rows[i])
  }
  return out
}

/** Items matching a filter; with a query, best match first, real items before generated ones of equal quality. */
export function findItems(filter: ItemFilter): ServiceItem[] {
  // A plain listing needs no pinyin: the index is built on the first real search, not on the first page view.
  if (!searchTerms(filter.q ?? '').length) return catalogue().filter((item) => passes(item, filter))
  return rankItems(filter).map((hit) => hit.item)
}

/** Items matching a query, best first, each with its match quality (SCORE): one search (GET /api/search) mixes them with bundles, policies and halls. */
export function rankItems(filter: ItemFilter): Array<{ item: ServiceItem; score: number }> {
  const terms = searchTerms(filter.q ?? '')
  if (!terms.length) return []
  // decided once per query, not once per row
  const latin = terms.map((term) => LATIN.test(term))
  const masks = terms.map(letterMask)
  const scored: Array<{ row: IndexRow; score: number; key: number }> = []
  for (const row of candidates(terms, latin)) {
    if (!passes(row.item, filter)) continue
    let score = Infinity
    for (let i = 0; i < terms.length; i++) {
      const s = scoreTerm(row, terms[i], latin[i], masks[i])
      if (s < 0) { score = -1; break }
      score = Math.min(score, s)
    }
    // score (scattered fits are fractional) above the tie-break: one number to sort by, fast for thousands of hits
    if (score >= 0) scored.push({ row, score, key: Math.round(score * 100) * 1e8 + row.tieBreak })
  }
  return scored.sort((a, b) => b.key - a.key).map((s) => ({ item: s.row.item, score: s.score }))
}

let indexedById: Map<string, ServiceItem> | null = null

/** An item as search holds it: with its pinyin initials, so the app can light up what `psxk` stands for. */
export function searchableItem(id: string): ServiceItem | undefined {
  if (!indexedById) indexedById = new Map(searchIndex().map((row) => [row.item.id, row.item]))
  return indexedById.get(id)
}
