import { Text } from '@tarojs/components'
import { useEntryT as useT } from '../strings.entry'
import { useNow } from '@/shared/time'
import '../appointments.entry.css'

/** "距预约还有 1 天 3 小时": ticks every 30 s against the server-synced clock. */
export function Countdown({ start, end }: { start: string; end: string }) {
  const t = useT()
  const at = useNow(30_000)
  const ms = Date.parse(start) - at
  if (Date.parse(end) <= at) return null
  let text: string
  if (ms <= 0) text = t('halls.appt.countdown.now')
  else {
    const minutes = Math.ceil(ms / 60_000)
    const days = Math.floor(minutes / 1440)
    const hours = Math.floor((minutes % 1440) / 60)
    if (days > 0) text = t('halls.appt.countdown.days', { days, hours })
    else if (hours > 0) text = t('halls.appt.countdown.hours', { hours, minutes: minutes % 60 })
    else text = t('halls.appt.countdown.minutes', { minutes })
  }
  return <Text className='appointments-countdown' data-testid='countdown'>{text}</Text>
}
