import type { zh } from './strings.entry.zh'

export const en: Record<keyof typeof zh, string> = {
  'home.newPolicyMatches': '{count} new',
  'policies.title': 'Business support',
  'policies.profile.entry': 'Business profile',
  'policies.profile.entryHint': 'Used to match policies',
  'policies.me.entry': 'My policy applications',
  'policies.me.entryHint': 'Progress of support applications',
}
