/** The halls feature's words shown on tab pages (the 预约 tab's hall list): only these ship in the weapp main package; ./strings.zh holds the rest. */
export const zh = {
  'action.more': '更多',
  'hall.kind.centre': '区政务服务中心',
  'hall.kind.subcentre': '分中心',
  'hall.kind.town': '镇街便民服务中心',
  'hall.kind.kiosk': '政务晓屋',
  'halls.empty': '没有符合条件的办事地点',
  'halls.emptyHint': '换个类型或事项试试',
  'halls.showAll': '显示全部',
  'halls.km': '{km} km',
  'halls.m': '{m} m',
  'halls.open.now': '营业中 · {time} 结束',
  'halls.open.today': '已休息 · 今天 {time} 开门',
  'halls.open.tomorrow': '已休息 · 明天 {time} 开门',
  'halls.open.later': '已休息 · {day} {time} 开门',
  'halls.open.never': '暂停服务',
} as const
