import type { zh } from './strings.entry.zh'

export const en: Record<keyof typeof zh, string> = {
  'halls.appt.status.booked': 'Booked',
  'halls.appt.status.checked-in': 'Checked in',
  'halls.appt.status.cancelled': 'Cancelled',
  'halls.appt.status.missed': 'Missed',
  'halls.appt.countdown.days': 'In {days} d {hours} h',
  'halls.appt.countdown.hours': 'In {hours} h {minutes} min',
  'halls.appt.countdown.minutes': 'In {minutes} min',
  'halls.appt.countdown.now': 'Your time is now: please check in',
  'halls.appt.dateFormat': 'ddd, MMM D',
  'halls.appt.situation': 'Situation: {name}',
  'halls.appt.queueNumber': 'Your queue number',
}
