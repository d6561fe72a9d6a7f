import { useLocaleStore } from './strings'
import type { OpeningPeriod } from '@/contract'
import { hallSeeds } from '@mock/halls/data'
import { weeklyHours } from './hours'

const seed = (kind: string) => hallSeeds().find((h) => h.kind === kind)!

describe('weeklyHours: a hall week in the reader language', () => {
  afterEach(() => useLocaleStore.getState().setLocale('zh'))

  it('joins weekdays with the same hours and names the closed ones', async () => {
    expect(weeklyHours(seed('town').hours, 'town')).toBe('周一至周五 09:00-12:00、14:00-17:30；周六至周日休息')
    expect(weeklyHours(seed('centre').hours, 'centre')).toBe('周一至周五 09:00-18:00；周六至周日休息；周六上午可在就近政务晓屋预约云窗口')
    await useLocaleStore.getState().setLocale('en')
    expect(weeklyHours(seed('subcentre').hours, 'subcentre')).toBe(
      'Mon–Fri 09:00-12:00, 13:30-17:30; closed Sat–Sun; Saturday mornings: cloud window at a nearby 24-hour kiosk, booked ahead',
    )
  })

  it('says a kiosk open round the clock is open 24 hours', async () => {
    expect(weeklyHours(seed('kiosk').hours, 'kiosk')).toBe('24 小时开放')
    await useLocaleStore.getState().setLocale('en')
    expect(weeklyHours(seed('kiosk').hours, 'kiosk')).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('keeps a lone day and breaks the run where the hours change', () => {
    const hours: OpeningPeriod[] = [
      { weekday: 1, open: '09:00', close: '17:00' },
      { weekday: 2, open: '09:00', close: '17:00' },
      { weekday: 3, open: '13:00', close: '17:00' },
      { weekday: 3, open: '09:00', close: '12:00' },
      { weekday: 6, open: '09:00', close: '12:00' },
    ]
    expect(weeklyHours(hours, 'town')).toBe('周一至周二 09:00-17:00；周三 09:00-12:00、13:00-17:00；周四至周五休息；周六 09:00-12:00；周日休息')
  })
})
