import Taro from '@tarojs/taro'
import type { Appointment } from '@/contract'
import { appointmentsApi } from './api'
import type { ReminderResult } from './reminder.d'

export const REMINDER_LABEL = 'halls.appt.remindWeapp' as const

/** The 预约提醒 template registered for the mini-program (set per deployment). */
const REMINDER_TEMPLATE_ID = 'APPOINTMENT_REMINDER'

export async function offerReminder(a: Appointment): Promise<ReminderResult> {
  let accepted = false
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: [REMINDER_TEMPLATE_ID], entityIds: [] } as never)
    accepted = (res as unknown as Record<string, string>)[REMINDER_TEMPLATE_ID] === 'accept'
  } catch {
    accepted = false
  }
  // The mock records the answer either way, so a refusal is not asked again on every visit.
  await appointmentsApi.reminder(a.id, { channel: 'subscribe-message', templateIds: accepted ? [REMINDER_TEMPLATE_ID] : [], accepted })
  return accepted ? 'on' : 'denied'
}
