import Taro from '@tarojs/taro'
import type { Appointment } from '@/contract'
import { appointmentsApi } from './api'
import type { ReminderResult } from './reminder.d'

export const REMINDER_LABEL = 'halls.appt.remindWeapp' as const

/**
 * The 预约提醒 subscribe-message template registered for this mini-program in WeChat's console (订阅消息): set per
 * deployment in .env. Empty means reminders are not set up, and WeChat is not asked at all.
 */
const REMINDER_TEMPLATE_ID = process.env.TARO_APP_TPL_APPOINTMENT_REMINDER || ''

/**
 * wx.requestSubscribeMessage answers per template: 'accept', 'reject' (the user said no), 'ban' (WeChat blocked the
 * template) or 'filter' (filtered as a duplicate title); a wrong id or a switched-off setting fails the call.
 * Only accept and reject are the user's answers, and only those are recorded.
 */
export async function offerReminder(a: Appointment): Promise<ReminderResult> {
  if (!REMINDER_TEMPLATE_ID) return 'unconfigured'
  let answer: string | undefined
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: [REMINDER_TEMPLATE_ID], entityIds: [] } as never)
    answer = (res as unknown as Record<string, string>)[REMINDER_TEMPLATE_ID]
  } catch {
    return 'failed'
  }
  if (answer !== 'accept' && answer !== 'reject') return 'failed'
  const accepted = answer === 'accept'
  // The answer is recorded either way, so a refusal is not asked again on every visit.
  await appointmentsApi.reminder(a.id, { channel: 'subscribe-message', templateIds: accepted ? [REMINDER_TEMPLATE_ID] : [], accepted })
  return accepted ? 'on' : 'denied'
}
