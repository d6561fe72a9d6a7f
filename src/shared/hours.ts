import type { HallKind, OpeningPeriod } from '@/contract'
import { t, type StringKey } from '@/shared/strings'

const weekdayName = (weekday: number): string => t(`halls.weekday.${weekday}` as StringKey)

/** Monday first, as a week is read in China. */
const WEEK = [1, 2, 3, 4, 5, 6, 0]

function periodsOf(hours: OpeningPeriod[], weekday: number): string {
  return hours
    .filter((p) => p.weekday === weekday)
    .sort((a, b) => a.open.localeCompare(b.open))
    .map((p) => `${p.open}-${p.close}`)
    .join(t('halls.hours.periodJoin'))
}

/**
 * A hall's week in the reader's language, from its opening periods (the API's hoursText is Chinese only):
 * 周一至周五 09:00-12:00、13:30-17:30；周六至周日休息 / Mon–Fri 09:00-12:00, 13:30-17:30; closed Sat–Sun.
 * Days in a row with the same hours share one line; a kiosk open round the clock says so.
 */
export function weeklyHours(hours: OpeningPeriod[], kind: HallKind): string {
  const days = WEEK.map((weekday) => ({ weekday, periods: periodsOf(hours, weekday) }))
  if (days.every((d) => d.periods === '00:00-24:00')) return t('halls.open.allDay')
  const runs: Array<{ from: number; to: number; periods: string }> = []
  for (const day of days) {
    const last = runs[runs.length - 1]
    if (last && last.periods === day.periods) last.to = day.weekday
    else runs.push({ from: day.weekday, to: day.weekday, periods: day.periods })
  }
  const parts = runs.map(({ from, to, periods }) => {
    const named = from === to ? weekdayName(from) : t('halls.hours.range', { from: weekdayName(from), to: weekdayName(to) })
    return periods ? t('halls.hours.days', { days: named, periods }) : t('halls.hours.closed', { days: named })
  })
  // the district's own clerks serve the 云窗口 on Saturday mornings, from the 政务晓屋 (mock/halls/data.ts)
  if (kind === 'centre' || kind === 'subcentre') parts.push(t('halls.hours.cloudSaturday'))
  return parts.join(t('halls.hours.partJoin'))
}
