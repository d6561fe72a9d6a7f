import { startBackend } from '../backend'
import { hallOrThrow } from '../halls/domain'
import { HISTORY_WEEKS } from '../halls/queue'
import { takeTicket } from './tickets'
import { busyHours } from './busy'

const at = (iso: string) => Date.parse(iso)

describe('busy hours from the ticket queue', () => {
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
