import { hallOrThrow } from './domain'
import { queueAt, seededHistory, usualByHour } from './queue'

const at = (iso: string) => Date.parse(iso)

describe('the queue model: one ticket history', () => {
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

})
