import { Text, View } from '@tarojs/components'
import { Banner } from '@/shared/ui'
import { useT } from '../strings'
import '../appointments.entry.css'
import '../appointments.css'

/** On a booking opened from an expiry reminder: which licence this renews and until when it is valid. */
export function RenewalNote({ name, until }: { name?: string; until?: string }) {
  const t = useT()
  if (!name) return null
  return (
    <View className='appointments-renewal' data-testid='renewal-note'>
      <Banner icon='alert' tone='warning'>
        {t('halls.book.renewal', { name })}
        {until && <Text className='appointments-renewal__until'>{t('halls.book.renewalUntil', { until })}</Text>}
      </Banner>
    </View>
  )
}
