import { catalogue, itemById } from '../catalogue/items'
import { hallSeeds } from '../halls/data'
import { hallServes } from '../halls/routing'
import { holidayOn } from '../holidays'
import { CLOUD_WINDOW_CAPACITY, othersBooked, planSlots, SLOT_CAPACITY } from './slots'

const hall = (id: string) => hallSeeds().find((h) => h.id === id)!
// Monday 23 Nov 2026, 09:10 in Panyu
const MONDAY_0910 = Date.parse('2026-11-23T09:10:00+08:00')
const item = itemById('residence-permit')!
const cloudItem = itemById('birth-hukou')!

describe('slot generation', () => {
  it('cuts the opening hours into 30-minute slots, skipping the lunch break', () => {
    const { slots } = planSlots(hall('town-shiqiao'), item, '2026-11-24', MONDAY_0910)
    expect(slots.map((s) => s.start.slice(11, 16))).toEqual([
      '09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30', '17:00',
    ])
    expect(slots[0]).toMatchObject({ start: '2026-11-24T09:00:00+08:00', end: '2026-11-24T09:30:00+08:00', capacity: SLOT_CAPACITY.town, cloudWindow: false })
  })

  it('runs through lunch at the district centre', () => {
    const { slots } = planSlots(hall('centre'), item, '2026-11-24', MONDAY_0910)
    expect(slots).toHaveLength(18)
    expect(slots.some((s) => s.start.includes('T12:30'))).toBe(true)
    expect(slots[slots.length - 1].end).toBe('2026-11-24T18:00:00+08:00')
  })

  it('offers no slot that has started', () => {
    const { slots } = planSlots(hall('centre'), item, '2026-11-23', MONDAY_0910)
    expect(slots[0].start).toBe('2026-11-23T09:30:00+08:00')
    const evening = planSlots(hall('centre'), item, '2026-11-23', Date.parse('2026-11-23T18:30:00+08:00'))
    expect(evening).toEqual({ slots: [], reason: 'past' })
    expect(planSlots(hall('centre'), item, '2026-11-22', MONDAY_0910).reason).toBe('past')
  })

  it('opens the 云窗口 on Saturday mornings at the 政务晓屋 only, for the items that have it, by video with fewer seats', () => {
    expect(cloudItem.cloudWindow).toBe(true)
    const kiosk = hall('kiosk-001')
    const sat = planSlots(kiosk, cloudItem, '2026-11-28', MONDAY_0910)
    expect(sat.slots.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(sat.slots.every((s) => s.cloudWindow && s.capacity === CLOUD_WINDOW_CAPACITY)).toBe(true)
    // open round the clock for self-service, but the video window is Saturday mornings only
    expect(planSlots(kiosk, cloudItem, '2026-11-24', MONDAY_0910)).toEqual({ slots: [], reason: 'cloud-window-saturday' })
    expect(planSlots(kiosk, cloudItem, '2026-11-29', MONDAY_0910).reason).toBe('cloud-window-saturday')
    // the centre's counters are closed on Saturday: its 云窗口 items are sent to a 政务晓屋
    expect(planSlots(hall('centre'), cloudItem, '2026-11-28', MONDAY_0910)).toEqual({ slots: [], reason: 'cloud-window-at-kiosk' })
    const noCloud = itemById('marriage-registration')!
    expect(noCloud.cloudWindow).toBe(false)
    expect(planSlots(hall('centre'), noCloud, '2026-11-28', MONDAY_0910)).toEqual({ slots: [], reason: 'closed' })
    expect(planSlots(kiosk, noCloud, '2026-11-28', MONDAY_0910).reason).toBe('self-service')
    expect(planSlots(hall('sub-wanbo'), cloudItem, '2026-11-28', MONDAY_0910).slots).toEqual([])
  })

  it('takes the 云窗口 at every 政务晓屋 for all 66 of its items', () => {
    const cloudItems = catalogue().filter((i) => i.cloudWindow)
    expect(cloudItems).toHaveLength(66)
    const kiosks = hallSeeds().filter((h) => h.kind === 'kiosk')
    expect(kiosks).toHaveLength(104)
    expect(kiosks.every((k) => k.cloudWindow && cloudItems.every((i) => hallServes(k, i)))).toBe(true)
    expect(hallSeeds().filter((h) => h.cloudWindow).every((h) => h.kind === 'kiosk')).toBe(true)
  })

  it('has no slots on public holidays', () => {
    expect(holidayOn('2026-10-01')).toBe('国庆节')
    expect(holidayOn('2027-02-08')).toBe('春节')
    expect(holidayOn('2026-11-24')).toBeUndefined()
    const beforeNationalDay = Date.parse('2026-09-29T08:00:00+08:00')
    expect(planSlots(hall('centre'), item, '2026-10-02', beforeNationalDay)).toEqual({ slots: [], reason: 'holiday', holiday: '国庆节' })
    expect(planSlots(hall('centre'), item, '2026-09-30', beforeNationalDay).slots.length).toBeGreaterThan(0)
  })

  it('books seven days ahead at most', () => {
    expect(planSlots(hall('centre'), item, '2026-11-27', MONDAY_0910).slots.length).toBeGreaterThan(0)
    expect(planSlots(hall('centre'), item, '2026-11-30', MONDAY_0910).reason).toBe('too-far')
  })

  it('takes no appointments at self-service kiosks or for items a hall does not serve', () => {
    const selfServiceItem = catalogue().find((i) => !i.cloudWindow && hallServes(hall('kiosk-001'), i))!
    expect(planSlots(hall('kiosk-001'), selfServiceItem, '2026-11-28', MONDAY_0910).reason).toBe('self-service')
    const town = hall('town-shiqiao')
    const notServed = catalogue().find((i) => !hallServes(town, i))!
    expect(planSlots(town, notServed, '2026-11-24', MONDAY_0910).reason).toBe('not-served')
  })

  it('fills busy hours of the next days with other residents, never beyond capacity, and leaves later days free', () => {
    const centre = hall('centre')
    const soon = planSlots(centre, item, '2026-11-23', MONDAY_0910).slots.map((s) => othersBooked(centre, item.id, s, MONDAY_0910))
    expect(Math.max(...soon)).toBeGreaterThan(0)
    expect(Math.max(...soon)).toBeLessThanOrEqual(SLOT_CAPACITY.centre)
    const later = planSlots(centre, item, '2026-11-26', MONDAY_0910).slots.map((s) => othersBooked(centre, item.id, s, MONDAY_0910))
    expect(later.every((n) => n === 0)).toBe(true)
  })
})
