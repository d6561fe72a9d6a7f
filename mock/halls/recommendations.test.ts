import type { Hall } from '../../src/contract'
import { Store } from '../store'
import { busyHours } from '../visit/busy'
import { hallOrThrow, toHall } from './domain'
import { catalogue, itemById } from '../catalogue/items'
import { explain, KIOSKS_RECOMMENDED, rankCandidates, recommend, recommendationScore, type Candidate } from './recommendations'

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

  it('recommends halls with counters that serve the item, nearest-good first, and a few 政务晓屋 for a 云窗口 item', () => {
    const store = new Store()
    const fromShiqiao = { lng: 113.3688, lat: 22.9432 }
    const counterOnly = catalogue().find((item) => item.bookable && !item.cloudWindow)!
    expect(recommend(store, counterOnly.id, fromShiqiao, NOW).every((r) => r.hall.kind !== 'kiosk')).toBe(true)
    const list = recommend(store, 'elder-card', fromShiqiao, NOW)
    expect(itemById('elder-card')!.cloudWindow).toBe(true)
    const kiosks = list.filter((r) => r.hall.kind === 'kiosk')
    expect(kiosks).toHaveLength(KIOSKS_RECOMMENDED)
    // the 政务晓屋's first slot is the coming Saturday morning's 云窗口
    expect(kiosks.every((r) => r.earliestStart?.startsWith('2026-11-28T09:'))).toBe(true)
    expect(list.length).toBeGreaterThan(3 + KIOSKS_RECOMMENDED)
    expect(list.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1))
    expect(list[0].earliestStart).toMatch(/^2026-11-2\dT\d\d:\d\d:00\+08:00$/)
    expect(list[0].distanceKm).toBeLessThan(5)
    expect(list[0].why).toContain('有号')
  })
})

describe('one queue model', () => {
  it('gives the hall\'s queue now, its usual queue at this hour and the recommendation\'s expected queue from one ticket history', () => {
    const store = new Store()
    const centre = hallOrThrow('centre')
    const tuesday10 = Date.parse('2026-11-24T10:30:00+08:00')
    const now = toHall(centre, new Date(tuesday10)).queueLength
    const usual = busyHours(store, centre, tuesday10).usualNow!.people
    // today is one more day of the same history: the queue now is near the usual figure, not a second model's
    expect(Math.abs(now - usual)).toBeLessThanOrEqual(Math.max(4, usual * 0.35))
    expect(usual).toBeGreaterThan(10)
    const [rec] = recommend(store, 'residence-permit', null, tuesday10).filter((r) => r.hall.id === 'centre')
    const hour = Number(rec.earliestStart!.slice(11, 13))
    const weekday = new Date(Date.parse(rec.earliestStart!)).getUTCDay() // +08:00 slots between 09:00 and 18:00 share the UTC day
    const usualThen = busyHours(store, centre, tuesday10).days[weekday].hours.find((h) => h.hour === hour)!.average
    expect(rec.expectedQueue).toBe(usualThen)
  })
})
