import type { Appointment } from '@/contract'
import { askSubscribe } from '@/shared/subscribe'
import { appointmentsApi } from './api'
import type { ReminderResult } from './reminder.d'

export const REMINDER_LABEL = 'halls.appt.remindWeapp' as const

/**
 * The 预约提醒 subscribe-message template registered for this mini-program in WeChat's console (订阅消息): set per
 * deployment in .env. Empty means reminders are not set up, and WeChat is not asked at all.
 */
const REMINDER_TEMPLATE_ID = process.env.TARO_APP_TPL_APPOINTMENT_REMINDER || ''

/** Asks WeChat for the 预约提醒 template (the shared subscribe helper) and records the user's answer either way. */
export async function offerReminder(a: Appointment): Promise<ReminderResult> {
  const answer = await askSubscribe(REMINDER_TEMPLATE_ID)
  if (answer === 'unconfigured' || answer === 'failed') return answer
  const accepted = answer === 'accept'
  // The answer is recorded either way, so a refusal is not asked again on every visit.
  await appointmentsApi.reminder(a.id, { channel: 'subscribe-message', templateIds: accepted ? [REMINDER_TEMPLATE_ID] : [], accepted })
  return accepted ? 'on' : 'denied'
}
