import Taro from '@tarojs/taro'
import type { Appointment } from '@/contract'
import { t } from './strings'
import { nowMs } from '@/shared/time'
import { appointmentsApi } from './api'
import { whenText } from './format'
import type { ReminderResult } from './reminder.d'

export const REMINDER_LABEL = 'halls.appt.remindIcs' as const

const icsDate = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
/** RFC 5545 text: escape backslash, semicolon, comma and newlines. */
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n')

/** An iCalendar event for the appointment, with an alarm an hour before. No personal data beyond the item and place. */
export function buildIcs(a: Appointment, nowIso: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Panyu Gov Services//Appointments//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${a.id}@panyu-gov-services`,
    `DTSTAMP:${icsDate(nowIso)}`,
    `DTSTART:${icsDate(a.start)}`,
    `DTEND:${icsDate(a.end)}`,
    `SUMMARY:${icsText(t('halls.reminder.summary', { item: a.itemName }))}`,
    `LOCATION:${icsText(`${a.hallName} ${a.hallAddress}`)}`,
    `DESCRIPTION:${icsText(t('halls.reminder.description'))}`,
    'BEGIN:VALARM',
    'TRIGGER:-PT1H',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(a.itemName)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}

/**
 * Whether a downloaded .ics reaches the calendar: WeChat's in-app browser and
 * Android web views (`; wv)`) drop downloads, and a browser without the
 * download attribute would open the file as text.
 */
export function canDownloadFiles(userAgent: string = navigator.userAgent): boolean {
  return !/MicroMessenger|; wv\)/i.test(userAgent) && 'download' in HTMLAnchorElement.prototype
}

/** The appointment as plain lines to paste into a calendar or a note. No personal data beyond the item and place. */
export function reminderText(a: Appointment): string {
  return [t('halls.reminder.summary', { item: a.itemName }), whenText(a), `${a.hallName} ${a.hallAddress}`, t('halls.reminder.description')].join('\n')
}

/** Where a download goes nowhere, the details go to the clipboard (Taro's H5 copy also shows its toast). */
export async function offerReminder(a: Appointment): Promise<ReminderResult> {
  if (!canDownloadFiles()) {
    await Taro.setClipboardData({ data: reminderText(a) })
    await appointmentsApi.reminder(a.id, { channel: 'calendar', accepted: true })
    return 'copied'
  }
  const blob = new Blob([buildIcs(a, new Date(nowMs()).toISOString())], { type: 'text/calendar;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = `appointment-${a.id}.ics`
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  await appointmentsApi.reminder(a.id, { channel: 'calendar', accepted: true })
  return 'saved'
}
