import type { zh } from './strings.entry.zh'

export const en: Record<keyof typeof zh, string> = {
  'action.more': 'More',
  'hall.kind.centre': 'District centre',
  'hall.kind.subcentre': 'Sub-centre',
  'hall.kind.town': 'Town centre',
  'hall.kind.kiosk': 'Self-service kiosk',
  'halls.empty': 'No place matches',
  'halls.emptyHint': 'Try another kind or service',
  'halls.showAll': 'Show all',
  'halls.km': '{km} km',
  'halls.m': '{m} m',
  'halls.open.now': 'Open · closes {time}',
  'halls.open.today': 'Closed · opens today {time}',
  'halls.open.tomorrow': 'Closed · opens tomorrow {time}',
  'halls.open.later': 'Closed · opens {day} {time}',
  'halls.open.never': 'Not in service',
}
