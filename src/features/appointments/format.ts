import type { Appointment, AppointmentStatus } from '@/contract'
import { entryT as t } from './strings.entry'
import { local } from '@/shared/time'

export const STATUS_TONE: Record<AppointmentStatus, 'primary' | 'success' | 'neutral' | 'warning'> = {
  booked: 'primary',
  'checked-in': 'success',
  cancelled: 'neutral',
  missed: 'warning',
}

/** 11月26日 周四 10:00-10:30 / Thu, Nov 26 10:00-10:30 */
export function whenText(a: Pick<Appointment, 'start' | 'end'>): string {
  return `${local(a.start).format(t('halls.appt.dateFormat'))} ${local(a.start).format('HH:mm')}-${local(a.end).format('HH:mm')}`
}

export function isUpcoming(a: Appointment): boolean {
  return a.status === 'booked' || a.status === 'checked-in'
}
