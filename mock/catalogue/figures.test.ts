import { BOOKABLE_ITEMS, CLOUD_WINDOW_DISTRICT, CLOUD_WINDOW_ITEMS, CLOUD_WINDOW_TOWN, TOWN_CENTRES, bookableCount, catalogue, handlingItems } from './items'

/**
 * The seed: "全区4469个事项实现智能预约" and 云窗口 "26项区级 … 及 … 40项镇街政务服务事项，共 66 项".
 * What 4,469 counts: bookable 办理项 on the district's 实施清单, the way Guangdong's catalogue counts them: each
 * bookable 情形 of an item (or the item itself when it has no 情形), a district department's once, a town-level
 * one once per 镇街便民服务中心 (16), each of which lists it as its own 事项.
 */
describe('catalogue figures match the seed', () => {
  const items = catalogue()

  it('counts exactly 4,469 bookable 办理项: district ones once, town ones at each of the 16 town centres', () => {
    const count = bookableCount(items)
    expect(BOOKABLE_ITEMS).toBe(4469)
    expect(TOWN_CENTRES).toBe(16)
    expect(count.total).toBe(4469)
    expect(count.district + count.town * 16).toBe(4469)
    // worked out by hand from the items, not by the function under test
    let byHand = 0
    for (const item of items) byHand += handlingItems(item).filter((h) => h.bookable).length * (item.level === 'town' ? 16 : 1)
    expect(byHand).toBe(4469)
    // both levels carry real weight: neither is a rounding term
    expect(count.district).toBeGreaterThan(500)
    expect(count.town).toBeGreaterThan(150)
  })

  it('says why every 办理项 that cannot be booked cannot (全程网办 or 自助办), and an item none of whose 情形 can be booked says so too', () => {
    for (const item of items) {
      for (const h of handlingItems(item)) {
        if (h.bookable) expect(h.notBookableReason).toBeUndefined()
        else expect(['online', 'self-service']).toContain(h.notBookableReason)
      }
      expect(item.bookable).toBe(handlingItems(item).some((h) => h.bookable))
      if (!item.bookable) {
        expect(['online', 'self-service']).toContain(item.notBookableReason)
        expect(item.online).toBe(true)
      } else expect(item.notBookableReason).toBeUndefined()
    }
    const notBookable = items.filter((item) => !item.bookable)
    expect(notBookable.some((item) => item.notBookableReason === 'self-service')).toBe(true)
    expect(notBookable.some((item) => item.notBookableReason === 'online')).toBe(true)
    // 证明 are printed at a 政务晓屋, 个税汇算 is done in its app
    expect(items.find((i) => i.name === '户籍证明开具')?.notBookableReason).toBe('self-service')
    expect(items.find((i) => i.name === '个人所得税综合所得年度汇算')?.notBookableReason).toBe('online')
  })

  it('puts exactly 66 bookable items on the 云窗口: 26 district and 40 town-level (done by the town 便民服务中心)', () => {
    const cloud = items.filter((item) => item.cloudWindow)
    expect(CLOUD_WINDOW_ITEMS).toBe(66)
    expect(cloud).toHaveLength(66)
    expect(cloud.every((item) => item.bookable)).toBe(true)
    expect(cloud.filter((item) => item.level === 'town')).toHaveLength(CLOUD_WINDOW_TOWN)
    expect(cloud.filter((item) => item.level !== 'town')).toHaveLength(CLOUD_WINDOW_DISTRICT)
    // the seed names 内资有限责任公司设立、变更登记 (district) and 企业职工基本养老金申领 (town)
    expect(cloud.map((i) => i.name)).toEqual(expect.arrayContaining(['企业登记', '企业职工基本养老金申领']))
  })
})
