import { CLOUD_WINDOW_HOURS, openState } from '../../src/contract'
import { catalogue } from '../catalogue/items'
import { hallSeeds } from './data'
import { hallItemCount, hallItems, hallServes } from './routing'

describe('the items a hall serves', () => {
  it('are the catalogue items hallServes accepts, in catalogue order, for every kind of hall', () => {
    const halls = hallSeeds()
    for (const kind of ['centre', 'subcentre', 'town', 'kiosk'] as const) {
      const hall = halls.find((h) => h.kind === kind)!
      const expected = catalogue().filter((item) => hallServes(hall, item)).map((i) => i.id)
      expect(hallItems(hall).map((i) => i.id)).toEqual(expected)
      // kiosks and towns serve a share, not all and not none
      if (kind !== 'centre') expect(expected.length).toBeLessThan(catalogue().length)
      expect(expected.length).toBeGreaterThan(0)
    }
  })

  it('are counted without listing them, to the same number for every hall', () => {
    for (const hall of hallSeeds()) expect(hallItemCount(hall)).toBe(catalogue().filter((item) => hallServes(hall, item)).length)
  })
})

describe('政务晓屋 and the 云窗口', () => {
  const halls = hallSeeds()
  const kiosks = halls.filter((h) => h.kind === 'kiosk')

  it('keeps every 政务晓屋 open at any hour of any day, and says what each can do', () => {
    expect(kiosks).toHaveLength(104)
    for (const kiosk of kiosks) {
      for (const [weekday, minutes] of [[0, 3 * 60], [3, 23 * 60 + 30], [6, 0], [1, 12 * 60 + 15]]) {
        expect(openState(kiosk.hours, weekday, minutes)).toEqual({ open: true, allDay: true })
      }
      expect(kiosk.selfServices).toEqual(expect.arrayContaining(['certificate-print', 'social-security', 'vr-guide']))
      expect(new Set(kiosk.selfServices).size).toBe(kiosk.selfServices.length)
    }
    // what a site adds differs: a bank takes payments, a community station takes ID photos
    expect(kiosks.find((k) => k.name.includes('银行网点'))!.selfServices).toContain('payment')
    expect(kiosks.find((k) => k.name.includes('社区服务站'))!.selfServices).toContain('id-photo')
  })

  it('runs the Saturday-morning 云窗口 at the 政务晓屋 only; halls with counters are closed on Saturdays and have no self-service list', () => {
    expect(halls.filter((h) => h.cloudWindow)).toEqual(kiosks)
    for (const hall of halls.filter((h) => h.kind !== 'kiosk')) {
      expect(hall.hours.some((p) => p.weekday === 6)).toBe(false)
      expect(openState(hall.hours, 6, 10 * 60).open).toBe(false)
      expect(hall.selfServices).toEqual([])
    }
    expect(CLOUD_WINDOW_HOURS).toEqual([{ weekday: 6, open: '09:00', close: '12:00' }])
  })
})
