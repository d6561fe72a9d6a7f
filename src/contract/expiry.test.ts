import { annualReportDeadline, expiryOf, renewalItem } from './expiry'

describe('expiry windows', () => {
  const today = '2026-11-23'
  it('puts a licence in the 60, 30 or 7 day stage, counting its last day as valid', () => {
    expect(expiryOf('2027-01-23', today)).toEqual({ daysLeft: 61, expired: false, stage: undefined })
    expect(expiryOf('2027-01-22', today)).toEqual({ daysLeft: 60, expired: false, stage: 60 })
    expect(expiryOf('2026-12-24', today)).toEqual({ daysLeft: 31, expired: false, stage: 60 })
    expect(expiryOf('2026-12-23', today)).toEqual({ daysLeft: 30, expired: false, stage: 30 })
    expect(expiryOf('2026-12-01', today)).toEqual({ daysLeft: 8, expired: false, stage: 30 })
    expect(expiryOf('2026-11-30', today)).toEqual({ daysLeft: 7, expired: false, stage: 7 })
    expect(expiryOf('2026-11-23', today)).toEqual({ daysLeft: 0, expired: false, stage: 7 })
    expect(expiryOf('2026-11-22', today)).toEqual({ daysLeft: -1, expired: true })
    expect(expiryOf(undefined, today)).toBeUndefined()
  })

  it('counts calendar days across a month end, a year end and a leap day', () => {
    expect(expiryOf('2027-01-01', '2026-12-31')!.daysLeft).toBe(1)
    expect(expiryOf('2028-03-01', '2028-02-28')!.daysLeft).toBe(2)
  })

  it('names the renewal item for the role, and the next 年报 deadline', () => {
    expect(renewalItem('food-licence', 'business')).toBe('scjgj-2-0-b')
    expect(renewalItem('id-card', 'resident')).toBe('gaj-0-0-p')
    expect(renewalItem('marriage', 'resident')).toBeUndefined()
    expect(annualReportDeadline('2026-11-23')).toBe('2027-06-30')
    expect(annualReportDeadline('2027-06-30')).toBe('2027-06-30')
    expect(annualReportDeadline('2027-01-02')).toBe('2027-06-30')
  })
})
