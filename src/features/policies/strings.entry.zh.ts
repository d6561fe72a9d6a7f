/** The policies feature's words shown on tab pages (home's 惠企政策 badge and 我的's entries): only these ship in the weapp main package; ./strings.zh holds the rest. */
export const zh = {
  'home.newPolicyMatches': '{count} 项新匹配',
  'policies.title': '惠企政策',
  'policies.profile.entry': '企业信息',
  'policies.profile.entryHint': '用于精准匹配政策',
  'policies.me.entry': '我的申报',
  'policies.me.entryHint': '惠企政策申报进度',
} as const
