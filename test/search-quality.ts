import { performance } from 'node:perf_hooks'
import { SEARCH_CASES, type SearchCase } from './search-queries'

export { SEARCH_CASES, HELD_OUT_CASES } from './search-queries'
import { describeHit, search, warmSearch } from '../mock/search/domain'
import { findItems } from '../mock/catalogue/domain'
import { listBundles } from '../mock/bundles/domain'

/** What one search shows first: names, top first, and the "done elsewhere" answer if any. */
export interface Shown { names: string[]; elsewhere?: string }

/** The catalogue search before GET /api/search: 一件事 hits (GET /api/bundles?q) above item hits (GET /api/items?q), as the 办事 screen showed them. */
export function catalogueSearch(q: string): Shown {
  return { names: [...listBundles({ q }).map((bundle) => bundle.name), ...findItems({ q }).slice(0, 20).map((item) => item.name)] }
}

/** GET /api/search's first page. */
export function oneSearch(q: string): Shown {
  const result = search(q)
  return { names: result.hits.slice(0, 20).map((hit) => describeHit(hit).name), elsewhere: result.elsewhere?.answer }
}

export function rightInTop3(shown: Shown, c: SearchCase): boolean {
  const top = shown.names.slice(0, 3)
  return c.expect.some((want) => want.endsWith('@')
    ? !!shown.elsewhere?.includes(want.slice(0, -1))
    : top.some((name) => name.includes(want)))
}

export interface Quality {
  share: number
  right: number
  total: number
  /** wall-clock p95: what a user waits on an idle machine */
  p95Ms: number
  /** CPU-time p95: leaves out moments another process had the core (meaningful on a busy shared machine) */
  cpuP95Ms: number
  misses: Array<{ q: string; expect: string[]; got: string[] }>
}

function pct(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]
}

/** Share of the test set with a right answer in the top 3, and p95 time per query (after one warm-up pass). */
export function measure(run: (q: string) => Shown, runs = 1, cases: SearchCase[] = SEARCH_CASES): Quality {
  warmSearch()
  for (const c of cases) run(c.q)
  const times: number[] = []
  const cpuTimes: number[] = []
  const misses: Quality['misses'] = []
  let right = 0
  for (const c of cases) {
    let shown: Shown = { names: [] }
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage()
      const t = performance.now()
      shown = run(c.q)
      times.push(performance.now() - t)
      const c1 = process.cpuUsage(c0)
      cpuTimes.push((c1.user + c1.system) / 1000)
    }
    if (rightInTop3(shown, c)) right++
    else misses.push({ q: c.q, expect: c.expect, got: shown.names.slice(0, 3) })
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  return { share: right / cases.length, right, total: cases.length, p95Ms: pct(times, 0.95), cpuP95Ms: pct(cpuTimes, 0.95), misses }
}
