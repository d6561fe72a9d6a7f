import { BOOKABLE_ITEMS, CLOUD_WINDOW_ITEMS, catalogue } from './items'

describe('catalogue figures match the seed', () => {
  const items = catalogue()

  it('has exactly 4,469 bookable items', () => {
    expect(BOOKABLE_ITEMS).toBe(4469)
    expect(items.filter((item) => item.bookable)).toHaveLength(4469)
  })

  it('says why every other item cannot be booked, and offers the online way for 全程网办', () => {
    const notBookable = items.filter((item) => !item.bookable)
    expect(notBookable.length).toBe(items.length - 4469)
    for (const item of notBookable) {
      expect(['online', 'self-service']).toContain(item.notBookableReason)
      expect(item.online).toBe(true)
    }
    expect(items.filter((item) => item.bookable && item.notBookableReason)).toHaveLength(0)
    expect(notBookable.some((item) => item.notBookableReason === 'self-service')).toBe(true)
  })

  it('puts exactly 66 bookable items on the 云窗口', () => {
    const cloud = items.filter((item) => item.cloudWindow)
    expect(CLOUD_WINDOW_ITEMS).toBe(66)
    expect(cloud).toHaveLength(66)
    expect(cloud.every((item) => item.bookable)).toBe(true)
  })
})
