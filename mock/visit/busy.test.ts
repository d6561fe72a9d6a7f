import { startBackend } from '../backend'
import { hallOrThrow } from '../halls/domain'
import { HISTORY_WEEKS, queueAt, sampleDays, seededHistory } from '../halls/queue'
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
    // the usual queue at this very time (10:00) on the last Tuesdays, from the same ticket history
    const pastTuesdays = sampleDays('2026-11-24', 2, 2)
    const at10 = pastTuesdays.map((day) => queueAt(seededHistory(centre, day), at(`${day}T10:00:00+08:00`)))
    expect(before.usualNow).toEqual({ hour: 10, people: Math.round(at10.reduce((a, b) => a + b, 0) / at10.length) })
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
