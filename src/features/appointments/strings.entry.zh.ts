/** The appointments feature's words shown on tab pages (the 预约 tab's appointment cards): only these ship in the weapp main package; ./strings.zh holds the rest. */
export const zh = {
  'halls.appt.status.booked': '已预约',
  'halls.appt.status.checked-in': '已签到',
  'halls.appt.status.cancelled': '已取消',
  'halls.appt.status.missed': '已过期',
  'halls.appt.countdown.days': '距预约还有 {days} 天 {hours} 小时',
  'halls.appt.countdown.hours': '距预约还有 {hours} 小时 {minutes} 分',
  'halls.appt.countdown.minutes': '距预约还有 {minutes} 分钟',
  'halls.appt.countdown.now': '预约时段进行中，请尽快签到',
  'halls.appt.dateFormat': 'M月D日 ddd',
  'halls.appt.queueNumber': '您的排队号',
  'halls.appt.situation': '办理情形：{name}',
} as const
