import type { TicketPriority, TicketLane, WindowGroup } from '@/contract'
import { t } from './strings'

/** 3 楼 / Floor 3; B1 below ground. */
export function levelText(level: number): string {
  return level < 0 ? t('visit.plan.basement', { level: -level }) : t('visit.plan.level', { level })
}

export function groupText(group: WindowGroup): string {
  return t(`visit.group.${group}`)
}

/** The lane tag a ticket shows: 长者优先, 爱心通道 or 预约优先. */
export function laneTag(lane: TicketLane, priority?: TicketPriority): string | null {
  if (priority === 'elder') return t('visit.ticket.elder')
  if (priority === 'care') return t('visit.ticket.care')
  return lane === 'booked' ? t('visit.ticket.booked') : null
}

/** Windows as a range when they run on: A08–A12. */
export function windowsText(windows: string[]): string {
  if (windows.length <= 2) return windows.join(' ')
  return `${windows[0]}–${windows[windows.length - 1]}`
}

/** Buzz the phone when called; a phone that cannot is no reason to fail. */
export async function buzz(vibrate: () => Promise<unknown>): Promise<void> {
  try {
    await vibrate()
  } catch {
    // no vibration motor or not allowed (desktop browsers)
  }
}
