import Taro, { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Page, Section } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { ROUTES } from '@/shared/routes'
import { ItemPicker, Recommendations } from '@/features/halls/screens'
import { BookingForm } from '@/features/appointments/screens'

/**
 * Booking in up to three steps, each skipped when the link already says it:
 * the item (?itemId), the hall (?hallId; else ranked recommendations), then
 * date, slot and confirm.
 */
export default function BookPage() {
  const t = useT()
  const { params } = useRouter()
  const [itemId, setItemId] = useState(params.itemId)
  const [hallId, setHallId] = useState(params.hallId)
  const [choosingHall, setChoosingHall] = useState(false)
  if (!itemId) {
    return (
      <Page>
        <Section title={t('halls.pickItem.title')}>
          <Text className='ui-muted halls-count'>{t('halls.pickItem.hint')}</Text>
          <ItemPicker onPick={(item) => setItemId(item.id)} />
        </Section>
      </Page>
    )
  }
  if (!hallId || choosingHall) {
    return (
      <Page>
        <Section title={t('halls.recommend.title')}>
          <Recommendations itemId={itemId} onPick={(r) => { setHallId(r.hall.id); setChoosingHall(false) }} />
        </Section>
      </Page>
    )
  }
  return (
    <Page>
      <BookingForm hallId={hallId} itemId={itemId} onChangeHall={() => setChoosingHall(true)}
        onBooked={(a) => Taro.redirectTo({ url: `${ROUTES.appointment}?id=${encodeURIComponent(a.id)}` })} />
    </Page>
  )
}
