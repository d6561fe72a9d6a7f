/** The cases feature's words shown on tab pages (我的's entries): only these ship in the weapp main package; ./strings.zh holds the rest. */
export const zh = {
  'approvals.me.title': '办事记录',
  'approvals.me.casesHint': '申请进度、办理结果、好差评',
  'approvals.me.instantHint': '符合条件即时出证',
  'approvals.me.feedbackHint': '事情没办成？告诉我们',
  'me.cases': '我的办件',
  'me.feedback': '办不成事反映',
} as const
