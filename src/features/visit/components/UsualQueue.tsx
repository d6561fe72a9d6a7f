import '../visit.css'
import { Text } from '@tarojs/components'
import type { BusyHoursResponse } from '@/contract'
import { useResource } from '@/shared/api'
import { useT } from '../strings'
import { visitApi } from '../api'

/**
 * "通常排队约 N 人" for the hour now, from the ticket queue's history (the hall page's busy-hours chart reads the same
 * answer). A hint line: nothing while it loads, fails, or the hall is closed at this hour.
 */
export function UsualQueue({ hallId }: { hallId: string }) {
  const t = useT()
  const busy = useResource<BusyHoursResponse>(() => visitApi.busy(hallId), [hallId], { cacheKey: `halls:busy:${hallId}` })
  const usual = busy.data?.usualNow
  if (!usual) return null
  const hour = String(usual.hour).padStart(2, '0')
  return (
    <Text className='visit-usual' data-testid='usual-queue'>
      {usual.people < 3 ? t('visit.usual.none', { hour }) : t('visit.usual.people', { count: usual.people, hour })}
    </Text>
  )
}
