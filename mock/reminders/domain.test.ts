import { Store } from '../store'
import { seedLicences } from '../safe/seed'
import { dueReminders, recordSubscription, remindersOf } from './domain'

const doc = (id: string, type: string, validUntil?: string) => ({ id, type, name: id, validUntil })

describe('expiry reminder windows', () => {
  const today = '2026-11-24'

  it('puts a licence in the 60, 30 or 7-day window and past its last day, and leaves the rest out', () => {
    const due = dueReminders([
      doc('far', 'id-card', '2027-01-24'), // 61 days: not yet
      doc('sixty', 'id-card', '2027-01-23'), // 60
      doc('thirty', 'food-licence', '2026-12-24'), // 30
      doc('seven', 'residence-permit', '2026-12-01'), // 7
      doc('today', 'elder-card', '2026-11-24'), // 0
      doc('gone', 'id-card', '2026-11-23'), // expired
      doc('forever', 'hukou'),
    ], 'resident', today)
    expect(due.map((d) => [d.id, d.daysLeft, d.stage ?? 'expired'])).toEqual([
      ['gone', -1, 'expired'], ['today', 0, 7], ['seven', 7, 7], ['thirty', 30, 30], ['sixty', 60, 60],
    ])
  })

  it('names the renewal item for the holder: 居民身份证 and 老年人优待证 for a resident, 食品经营许可 for a business', () => {
    const resident = dueReminders([doc('a', 'id-card', '2026-12-01'), doc('b', 'elder-card', '2026-12-01')], 'resident', today)
    expect(resident.map((d) => d.renewalItemId)).toEqual(['gaj-0-0-p', 'elder-card'])
    const business = dueReminders([doc('c', 'food-licence', '2026-12-24')], 'business', today)
    expect(business[0].renewalItemId).toBe('scjgj-2-0-b')
  })

  it('gives a business its 年报 deadline in the same list once 30 June is 60 days off, never a resident', () => {
    expect(dueReminders([], 'business', today)).toEqual([])
    const may = dueReminders([doc('c', 'food-licence', '2026-06-10')], 'business', '2026-05-01')
    expect(may.map((d) => [d.kind, d.validUntil, d.daysLeft])).toEqual([['licence', '2026-06-10', 40], ['annual-report', '2026-06-30', 60]])
    expect(dueReminders([], 'resident', '2026-05-01')).toEqual([])
    // after 30 June the next deadline is a year off: nothing due
    expect(dueReminders([], 'business', '2026-07-01')).toEqual([])
  })
})

describe('reminders on the mock clock', () => {
  it('finds the seeded food licence 30 days out for the business, and the resident’s driving licence (5 January 2027) in its 60-day window', () => {
    const store = new Store()
    const now = Date.parse('2026-11-24T02:00:00Z')
    seedLicences(store, new Date(now).toISOString())
    const business = remindersOf(store, 'u-business', 'business', now)
    expect(business.today).toBe('2026-11-24')
    expect(business.items.map((d) => [d.type, d.daysLeft, d.stage])).toEqual([['food-licence', 30, 30]])
    expect(remindersOf(store, 'u-resident', 'resident', now).items.map((d) => [d.type, d.daysLeft, d.stage, d.renewalItemId])).toEqual([['driving-licence', 42, 60, 'gaj-7-0-p']])
    // 23 days later the same licence is in its 7-day window; a day after its last day it is expired
    expect(remindersOf(store, 'u-business', 'business', now + 23 * 86_400_000).items[0]).toMatchObject({ daysLeft: 7, stage: 7 })
    expect(remindersOf(store, 'u-business', 'business', now + 31 * 86_400_000).items[0]).toMatchObject({ daysLeft: -1, expired: true })
  })

  it('records the subscribe-message answer; a refusal keeps no template', () => {
    const store = new Store()
    expect(remindersOf(store, 'u-resident', 'resident', 0).subscribed).toBe(false)
    expect(recordSubscription(store, 'u-resident', { templateIds: ['tpl'], accepted: true })).toEqual({ subscribed: true })
    expect(remindersOf(store, 'u-resident', 'resident', 0).subscribed).toBe(true)
    expect(recordSubscription(store, 'u-resident', { templateIds: ['tpl'], accepted: false })).toEqual({ subscribed: false })
    expect(remindersOf(store, 'u-resident', 'resident', 0).subscribed).toBe(false)
  })
})
