import { catalogue, itemById } from '../catalogue/items'
import { hallSeeds } from '../halls/data'
import { hallServes } from '../halls/routing'
import { holidayOn } from '../holidays'
import { othersBooked, planSlots, SLOT_CAPACITY } from './slots'

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

  it('opens Saturday mornings as 云窗口 only for items that have it, at halls that run it', () => {
    expect(cloudItem.cloudWindow).toBe(true)
    const sat = planSlots(hall('centre'), cloudItem, '2026-11-28', MONDAY_0910)
    expect(sat.slots.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])
    expect(sat.slots.every((s) => s.cloudWindow && s.capacity === 4)).toBe(true)
    const noCloud = itemById('marriage-registration')!
    expect(noCloud.cloudWindow).toBe(false)
    expect(planSlots(hall('centre'), noCloud, '2026-11-28', MONDAY_0910)).toEqual({ slots: [], reason: 'closed' })
    expect(planSlots(hall('town-shiqiao'), cloudItem, '2026-11-28', MONDAY_0910).reason).toBe('closed')
    expect(planSlots(hall('centre'), cloudItem, '2026-11-29', MONDAY_0910).reason).toBe('closed')
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
    expect(planSlots(hall('kiosk-001'), item, '2026-11-24', MONDAY_0910).reason).toBe('self-service')
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
