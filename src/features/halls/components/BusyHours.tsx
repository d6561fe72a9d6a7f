import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { LoadState, Skeleton } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT } from '../strings'
import { now } from '@/shared/time'
import { hallsApi } from '../api'
import { weekdayName } from '../format'
import '../halls.entry.css'
import '../halls.css'

const WEEK = [1, 2, 3, 4, 5, 6, 0]

/** Average queue by hour for a chosen weekday, drawn with plain Views (no chart library on either target). */
export function BusyHours({ hallId }: { hallId: string }) {
  const t = useT()
  const today = now().day()
  const [weekday, setWeekday] = useState<number>(today)
  const busy = useResource(() => hallsApi.busyHours(hallId), [hallId], { cacheKey: `halls:busy:${hallId}` })
  return (
    <LoadState resource={busy} skeleton={<Skeleton cards={1} rows={4} />}>
      {(data) => {
        const day = data.days.find((d) => d.weekday === weekday)
        const max = Math.max(1, ...data.days.flatMap((d) => d.hours.map((h) => h.average)))
        const currentHour = weekday === today ? now().hour() : -1
        return (
          <View className='halls-busy' data-testid='busy-hours'>
            <View className='halls-chips' role='tablist'>
              {WEEK.map((w) => (
                <Text key={w} role='tab' aria-selected={w === weekday} className={`halls-chip ${w === weekday ? 'halls-chip--on' : ''}`} onClick={() => setWeekday(w)}>
                  {weekdayName(w)}
                </Text>
              ))}
            </View>
            {!day || day.hours.length === 0 ? (
              <Text className='halls-busy__summary'>{t('halls.busy.closedDay', { day: weekdayName(weekday) })}</Text>
            ) : (
              <>
                <Text className='halls-busy__summary' data-testid='busy-summary'>
                  {day.quietHour !== null ? t('halls.busy.quietAt', { day: weekdayName(weekday), hour: String(day.quietHour).padStart(2, '0') }) : ''}
                </Text>
                <View className='halls-busy__bars' aria-label={t('halls.busy.legend')}>
                  {day.hours.map((h) => (
                    <View key={h.hour} className='halls-busy__col' aria-label={`${h.hour}:00 ${t('halls.busy.people', { count: h.average })}`}>
                      <View className='halls-busy__track'>
                        <View
                          className={`halls-busy__bar ${h.hour === day.quietHour ? 'halls-busy__bar--quiet' : ''} ${h.hour === currentHour ? 'halls-busy__bar--now' : ''}`}
                          style={{ height: `${Math.max(h.average > 0 ? 4 : 0, Math.round((h.average / max) * 100))}%` }}
                        />
                      </View>
                      <Text className='halls-busy__hour'>{h.hour % 2 === 0 || day.hours.length <= 10 ? h.hour : ''}</Text>
                    </View>
                  ))}
                </View>
                <Text className='halls-busy__legend'>{t('halls.busy.legend')}</Text>
              </>
            )}
          </View>
        )
      }}
    </LoadState>
  )
}
