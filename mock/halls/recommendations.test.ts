import type { Hall } from '../../src/contract'
import { Store } from '../store'
import { explain, rankCandidates, recommend, recommendationScore, type Candidate } from './recommendations'

const NOW = Date.parse('2026-11-23T09:10:00+08:00')
const hall = (name: string) => ({ id: name, name }) as Hall
const at = (iso: string) => Date.parse(iso)
const cand = (name: string, km: number | null, start: string | null, queue: number): Candidate =>
  ({ hall: hall(name), distanceKm: km, earliestStartMs: start ? at(start) : null, expectedQueue: queue })

describe('recommendation ranking', () => {
  it('weighs distance, the wait for a slot and the expected queue together', () => {
    const near = cand('near', 1, '2026-11-25T09:00:00+08:00', 2) // 1 km, ~48 h wait
    const far = cand('far', 6, '2026-11-23T10:00:00+08:00', 2) // 6 km, now
    const soonButBusy = cand('busy', 1, '2026-11-23T10:00:00+08:00', 40)
    const best = cand('best', 1.5, '2026-11-23T11:00:00+08:00', 1)
    expect(rankCandidates([near, far, soonButBusy, best], NOW).map((c) => c.hall.name)).toEqual(['best', 'far', 'busy', 'near'])
  })

  it('never puts a hall with no free slot above one with a slot', () => {
    const none = cand('none', 0.1, null, 0)
    const some = cand('some', 20, '2026-11-29T09:00:00+08:00', 40)
    expect(recommendationScore(none, NOW)).toBe(Number.POSITIVE_INFINITY)
    expect(rankCandidates([none, some], NOW).map((c) => c.hall.name)).toEqual(['some', 'none'])
  })

  it('ranks without a position by time and queue, and keeps ties stable', () => {
    const a = cand('乙', null, '2026-11-23T10:00:00+08:00', 5)
    const b = cand('甲', null, '2026-11-23T10:00:00+08:00', 5)
    const c = cand('丙', null, '2026-11-23T09:30:00+08:00', 5)
    expect(rankCandidates([a, b, c], NOW).map((x) => x.hall.name)).toEqual(['丙', ...['乙', '甲'].sort((x, y) => x.localeCompare(y))])
  })

  it('says why in words', () => {
    expect(explain(cand('x', 2.14, '2026-11-24T09:30:00+08:00', 1.2), NOW)).toBe('2.1 km · 明天 09:30 有号 · 通常不排队')
    expect(explain(cand('x', 0.42, '2026-11-23T15:00:00+08:00', 12.6), NOW)).toBe('420 m · 今天 15:00 有号 · 通常排队约 13 人')
    expect(explain(cand('x', null, '2026-11-27T10:00:00+08:00', 0), NOW)).toBe('11月27日 10:00 有号 · 通常不排队')
    expect(explain(cand('x', 3, null, 0), NOW)).toBe('3.0 km · 7 天内无号 · 通常不排队')
  })

  it('recommends only halls with counters that serve the item, nearest-good first', () => {
    const store = new Store()
    const fromShiqiao = { lng: 113.3688, lat: 22.9432 }
    const list = recommend(store, 'residence-permit', fromShiqiao, NOW)
    expect(list.length).toBeGreaterThan(3)
    expect(list.every((r) => r.hall.kind !== 'kiosk')).toBe(true)
    expect(list.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1))
    expect(list[0].earliestStart).toMatch(/^2026-11-2\dT\d\d:\d\d:00\+08:00$/)
    expect(list[0].distanceKm).toBeLessThan(5)
    expect(list[0].why).toContain('有号')
  })
})
