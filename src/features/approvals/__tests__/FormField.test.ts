import type { InstantField } from '@/contract'
import { now } from '@/shared/time'
import { pickableDays } from '../components/FormField'

const field = (dateRange?: InstantField['dateRange']): InstantField => ({ name: 'd', label: '日期', kind: 'date', required: true, dateRange })

describe('pickableDays', () => {
  const day = (offset: number) => now().add(offset, 'day').format('YYYY-MM-DD')

  it("lists the field's own days, counted from today", () => {
    expect(pickableDays(field({ fromDays: 0, toDays: 365 }))).toEqual({ start: day(0), end: day(365) })
    expect(pickableDays(field({ fromDays: -1095, toDays: 0 }))).toEqual({ start: day(-1095), end: day(0) })
  })

  it('keeps to five years either side without a range (not every year since 1970)', () => {
    expect(pickableDays(field())).toEqual({ start: day(-1825), end: day(1825) })
  })
})
