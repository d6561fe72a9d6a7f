import type { Hall, HallKind, OpenState } from '@/contract'
import { openState } from '@/contract'
import { now } from '@/shared/time'
import type { EntryKey as StringKey } from './strings.entry'
import { entryT as t } from './strings.entry'

/** One colour per kind, used by the map markers, the legend and the list. */
export const KIND_COLORS: Record<HallKind, string> = {
  centre: '#E02E2E',
  subcentre: '#D25F00',
  town: '#1366E0',
  kiosk: '#007F1D',
}

export const KINDS: HallKind[] = ['centre', 'subcentre', 'town', 'kiosk']
export const KIND_ORDER: Record<HallKind, number> = { centre: 0, subcentre: 1, town: 2, kiosk: 3 }

export function hallOpenState(hall: Pick<Hall, 'hours'>): OpenState {
  const local = now()
  return openState(hall.hours, local.day(), local.hour() * 60 + local.minute())
}

/** 营业中 · 18:00 结束 / 已休息 · 明天 09:00 开门 / 24 小时开放 */
export function openText(state: OpenState): string {
  if (state.allDay) return t('halls.open.allDay')
  if (state.open) return t('halls.open.now', { time: state.closesAt ?? '' })
  if (!state.opensIn) return t('halls.open.never')
  const { days, at } = state.opensIn
  if (days === 0) return t('halls.open.today', { time: at })
  if (days === 1) return t('halls.open.tomorrow', { time: at })
  return t('halls.open.later', { day: t(`halls.weekday.${(now().day() + days) % 7}` as StringKey), time: at })
}

export function distanceText(km: number | null | undefined): string | undefined {
  if (km === null || km === undefined) return undefined
  return km < 1 ? t('halls.m', { m: Math.round(km * 1000) }) : t('halls.km', { km: km.toFixed(1) })
}

export function weekdayName(weekday: number): string {
  return t(`halls.weekday.${weekday}` as StringKey)
}
