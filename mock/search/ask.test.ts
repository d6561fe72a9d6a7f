import { catalogue, itemById } from '../catalogue/items'
import { BUNDLES } from '../bundles/data'
import { ask, topicOf } from './ask'

const NOW = new Date('2026-11-23T02:00:00Z')

describe('问一问', () => {
  it('tells the topic from everyday words', () => {
    expect(topicOf('要带什么')).toBe('materials')
    expect(topicOf('办这个要多少钱')).toBe('fee')
    expect(topicOf('多久能拿到')).toBe('time')
    expect(topicOf('能在手机上办吗')).toBe('online')
    expect(topicOf('可以让家人代办吗')).toBe('proxy')
    expect(topicOf('去哪里办')).toBe('where')
    expect(topicOf('今天天气好')).toBeUndefined()
  })

  it("answers 要带什么 on an item with that item's materials, and offers to apply and book", () => {
    const item = itemById('residence-permit')!
    const answer = ask('要带什么', { itemId: item.id }, NOW)
    expect(answer).toMatchObject({ answered: true, topic: 'materials', subject: { kind: 'item', id: item.id } })
    expect(answer.points).toHaveLength(item.materials.length)
    item.materials.forEach((m, i) => expect(answer.points[i].startsWith(m.name)).toBe(true))
    expect(answer.points[0]).toContain('数字保险箱')
    expect(answer.actions.map((a) => a.kind)).toEqual(['apply', 'book'])
  })

  it('answers fee, time, online and where from the guide fields', () => {
    const item = itemById('food-licence')!
    expect(ask('收费吗', { itemId: item.id }, NOW).text).toContain(item.fee)
    expect(ask('要几天', { itemId: item.id }, NOW).text).toContain(`${item.timeLimitDays} 个工作日`)
    expect(ask('能网上办吗', { itemId: item.id }, NOW).text).toContain(item.online ? '可以网上办' : '需要到大厅')
    expect(ask('在哪里办', { itemId: item.id }, NOW).points[0]).toContain('番禺区政务服务中心')
    expect(ask('多久', { itemId: 'elder-card' }, NOW).text).toContain('秒批')
  })

  it('says who may act for the applicant: in person where photos or signatures are taken', () => {
    expect(ask('可以让家人代办吗', { itemId: 'marriage-registration' }, NOW).text).toContain('本人到场')
    const proxy = ask('可以委托别人办吗', { itemId: 'residence-permit' }, NOW)
    expect(proxy.text).toContain('可以委托他人代办')
    expect(proxy.points).toContain('代办人居民身份证')
    expect(ask('可以委托别人办吗', { itemId: 'food-licence' }, NOW).text).toContain('经办人')
  })

  it('answers on a bundle from all its items, each material once', () => {
    const bundle = BUNDLES.find((b) => b.id === 'newborn')!
    const answer = ask('要带什么', { bundleId: 'newborn' }, NOW)
    const ids = new Set(bundle.items.flatMap((rule) => itemById(rule.itemId)!.materials.map((m) => m.id)))
    expect(answer.points).toHaveLength(ids.size)
    expect(answer.actions).toEqual([{ kind: 'bundle', bundleId: 'newborn' }])
    expect(ask('要多久', { bundleId: 'newborn' }, NOW).text).toContain(`${bundle.promisedDays} 个工作日`)
  })

  it('finds the subject in the question when asked from the search box', () => {
    expect(ask('办居住证要带什么', {}, NOW).subject).toEqual({ kind: 'item', id: 'residence-permit', name: '居住证申领' })
    expect(ask('生孩子要带什么材料', {}, NOW).subject).toMatchObject({ kind: 'bundle', id: 'newborn' })
  })

  it('says plainly when the guides do not answer, keeping the question for feedback', () => {
    const answer = ask('窗口人员态度怎么样', { itemId: 'elder-card' }, NOW)
    expect(answer).toMatchObject({ answered: false, question: '窗口人员态度怎么样', actions: [] })
    expect(ask('要带什么', {}, NOW).answered).toBe(false)
  })

  describe('in English', () => {
    it('answers the same topics in English, with the English item name', () => {
      const item = itemById('residence-permit')!
      const materials = ask('要带什么', { itemId: item.id }, NOW, 'en')
      expect(materials.answered).toBe(true)
      expect(materials.text).toMatch(/^For .* (you need|please prepare)/)
      expect(materials.text).toContain(item.nameEn!)
      expect(materials.text).not.toMatch(/[需要准备]/)
      expect(materials.points).toHaveLength(item.materials.length)
      expect(materials.subject?.name).toBe(item.nameEn)
      expect(ask('How long does it take?', { itemId: item.id }, NOW, 'en').text).toContain(`${item.timeLimitDays} working day`)
      expect(ask('Is it free?', { itemId: item.id }, NOW, 'en').topic).toBe('fee')
      expect(ask('Where do I go?', { itemId: item.id }, NOW, 'en').points[0]).toContain('番禺区政务服务中心')
    })

    it('says why a non-bookable item needs no booking', () => {
      const online = catalogue().find((i) => i.notBookableReason === 'online')!
      const kiosk = catalogue().find((i) => i.notBookableReason === 'self-service')!
      expect(ask('Can I book?', { itemId: online.id }, NOW, 'en').text).toContain('fully online')
      expect(ask('Can I book?', { itemId: kiosk.id }, NOW, 'en').text).toContain('self-service kiosk')
      expect(ask('Can I book?', { itemId: kiosk.id }, NOW, 'en').actions.map((a) => a.kind)).not.toContain('book')
    })

    it('answers about a 一件事 in English, and says so when the guide has no answer', () => {
      const bundle = BUNDLES[0]
      const time = ask('要多久', { bundleId: bundle.id }, NOW, 'en')
      expect(time.text).toContain(`${bundle.promisedDays} working days`)
      if (bundle.nameEn) expect(time.text).toContain(bundle.nameEn)
      const none = ask('What is the weather like?', { bundleId: bundle.id }, NOW, 'en')
      expect(none).toMatchObject({ answered: false, actions: [] })
      expect(none.text).toMatch(/do not answer this question/)
    })
  })
})
