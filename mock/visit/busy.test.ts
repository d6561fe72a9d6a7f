import { startBackend } from '../backend'
import { hallOrThrow } from '../halls/domain'
import { takeTicket } from './tickets'
import { busyHours, HISTORY_WEEKS, queueAt, seededHistory, usualByHour } from './busy'

const at = (iso: string) => Date.parse(iso)

describe('busy hours from the ticket queue', () => {
  it('counts who waits at each hour\'s middle and averages over the sample days', () => {
    const stays = [
      // Monday 23rd: two waiting at 09:30, one at 10:30 (taken 10:10, called 10:40)
      { takenAt: at('2026-11-23T09:00:00+08:00'), leftAt: at('2026-11-23T09:45:00+08:00') },
      { takenAt: at('2026-11-23T09:20:00+08:00'), leftAt: at('2026-11-23T09:31:00+08:00') },
      { takenAt: at('2026-11-23T10:10:00+08:00'), leftAt: at('2026-11-23T10:40:00+08:00') },
      // Monday 16th: none at 09:30 (called at 09:30 exactly), three at 10:30
      { takenAt: at('2026-11-16T09:10:00+08:00'), leftAt: at('2026-11-16T09:30:00+08:00') },
      ...[0, 1, 2].map((i) => ({ takenAt: at(`2026-11-16T10:0${i}:00+08:00`), leftAt: at('2026-11-16T11:00:00+08:00') })),
    ]
    expect(queueAt(stays, at('2026-11-23T09:30:00+08:00'))).toBe(2)
    expect(usualByHour(stays, ['2026-11-23', '2026-11-16'], [9, 10, 11])).toEqual([
      { hour: 9, average: 1 },
      { hour: 10, average: 2 },
      { hour: 11, average: 0 },
    ])
    expect(usualByHour(stays, [], [9])).toEqual([{ hour: 9, average: 0 }])
  })

  it('seeds the same history for the same hall and day, busier at the centre than in a town', () => {
    const centre = hallOrThrow('centre')
    const first = seededHistory(centre, '2026-11-16')
    expect(seededHistory(centre, '2026-11-16')).toBe(first)
    expect(first.length).toBeGreaterThan(seededHistory(hallOrThrow('town-shiqiao'), '2026-11-16').length)
    expect(seededHistory(centre, '2026-11-22')).toEqual([]) // a Sunday: closed
  })

  it('gives each weekday\'s open hours, the quiet hour and the usual queue now; real tickets count once their hour has passed', () => {
    const { store } = startBackend()
    store.ensureSeeded()
    const centre = hallOrThrow('centre')
    const tuesday10 = at('2026-11-24T10:00:00+08:00')
    const before = busyHours(store, centre, tuesday10)
    const tuesday = before.days[2]
    expect(before.days.find((d) => d.weekday === 0)!.hours).toEqual([])
    expect(tuesday.hours[0].hour).toBeLessThanOrEqual(9)
    expect(tuesday.quietHour).not.toBeNull()
    expect(before.usualNow).toEqual({ hour: 10, people: Math.round(tuesday.hours.find((h) => h.hour === 10)!.average) })
    expect(before.usualNow!.people).toBeGreaterThan(3)
    expect(busyHours(store, centre, tuesday10)).toEqual(before)
    // 21 residents take tickets at 09:05 and are still waiting at 09:30: 09:00 takes today's 21 as one more sample day
    const nine = (r: typeof before) => r.days[2].hours.find((h) => h.hour === 9)!.average
    // today had nobody waiting at 09:30 before: it was one sample of 0
    const history = nine(before) * (HISTORY_WEEKS + 1)
    for (let i = 0; i < 21; i++) takeTicket(store, `walk-in-${i}`, { hallId: 'centre', itemId: 'birth-ss-card' }, at('2026-11-24T09:05:00+08:00'))
    expect(nine(busyHours(store, centre, tuesday10))).toBeCloseTo((history + 21) / (HISTORY_WEEKS + 1), 1)
    // an hour not yet past is history only: 10:00 is unchanged
    expect(busyHours(store, centre, tuesday10).usualNow).toEqual(before.usualNow)
    // closed now: no usual figure
    expect(busyHours(store, centre, at('2026-11-22T10:00:00+08:00')).usualNow).toBeNull()
  })
})
