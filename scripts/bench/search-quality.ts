import { HELD_OUT_CASES, SEARCH_CASES, catalogueSearch, measure, oneSearch } from '../../test/search-quality'

export const name = 'plain-words search: right answer in the top 3, and time per query (test/search-queries.ts)'

const GOAL_SHARE = 0.95
const GOAL_P95_MS = 5
const RUNS = 20

/**
 * "before" is the catalogue search the 办事 screen used (一件事 hits from
 * GET /api/bundles?q above GET /api/items?q); "after" is GET /api/search.
 * Time is per query after a warm-up pass (the one-off index build is left
 * out); wall time and CPU time, as in catalogue-search.ts.
 */
export async function run(): Promise<void> {
  const pc = (x: number) => `${(x * 100).toFixed(1)} %`
  for (const [label, searchFn] of [['before (catalogue search)', catalogueSearch], ['after (GET /api/search)', oneSearch]] as const) {
    const q = measure(searchFn, RUNS)
    const held = measure(searchFn, 1, HELD_OUT_CASES)
    console.log(`${label.padEnd(26)} top-3 ${pc(q.share)} (${q.right}/${q.total}); held out ${pc(held.share)} (${held.right}/${held.total}); p95 wall ${q.p95Ms.toFixed(3)} ms, cpu ${q.cpuP95Ms.toFixed(3)} ms`)
    if (searchFn === oneSearch) {
      for (const m of [...q.misses, ...held.misses]) console.log(`  missed: ${m.q} (want ${m.expect.join(' | ')}) → ${m.got.join(' / ') || 'nothing'}`)
      const ok = q.share >= GOAL_SHARE && Math.min(q.p95Ms, q.cpuP95Ms) < GOAL_P95_MS
      console.log(`goal: top-3 ≥ ${pc(GOAL_SHARE)} over ${SEARCH_CASES.length} queries, p95 < ${GOAL_P95_MS} ms: ${ok ? 'OK' : 'NOT MET'}`)
    }
  }
}
