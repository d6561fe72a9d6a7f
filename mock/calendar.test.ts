import { addWorkingDays, isWorkingDay, localDate, localTime } from './calendar'

describe('the calendar (Asia/Shanghai)', () => {
  it('puts an instant on its local date and wall clock, whatever the UTC date', () => {
    const lateUtc = Date.parse('2026-11-24T17:30:00Z') // 01:30 on the 25th in Panyu
    expect(localDate(lateUtc)).toBe('2026-11-25')
    expect(localTime(lateUtc)).toEqual({ date: '2026-11-25', weekday: 3, hour: 1, minute: 30, month: 11, day: 25 })
  })

  it('counts weekdays that are not public holidays as working days', () => {
    expect(isWorkingDay('2026-11-24')).toBe(true) // Tuesday
    expect(isWorkingDay('2026-11-28')).toBe(false) // Saturday
    expect(isWorkingDay('2026-10-05')).toBe(false) // a Monday inside 国庆节
  })

  it('adds working days across a weekend and a holiday week', () => {
    expect(addWorkingDays('2026-11-26', 3)).toBe('2026-12-01') // Thu → Fri, Mon, Tue
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08') // over 国庆节 (1–7 Oct)
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-30') // a Saturday's "same day" is Monday
  })
})
