import type { zh } from './strings.entry.zh'

export const en: Record<keyof typeof zh, string> = {
  'approvals.me.title': 'My services',
  'approvals.me.casesHint': 'Progress, results and ratings',
  'approvals.me.instantHint': 'Results at once when you qualify',
  'approvals.me.feedbackHint': 'Something not done? Tell us',
  'me.cases': 'My applications',
  'me.feedback': 'Report a problem',
}
