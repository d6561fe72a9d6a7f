import Taro, { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Page, Section } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { decodeParam, ROUTES } from '@/shared/routes'
import { ItemPicker, Recommendations } from '@/features/halls/screens'
import { BookingForm, RenewalNote } from '@/features/appointments/screens'

/**
 * Booking in up to three steps, each skipped when the link already says it:
 * the item (?itemId), the hall (?hallId; else ranked recommendations), then
 * date, slot and confirm. The 情形 chosen on the item's guide (?situation) travels with the item to the booking.
 * From an expiry reminder (?renew, ?until) the licence it renews is named on top.
 */
export default function BookPage() {
  const t = useT()
  const { params } = useRouter()
  const [itemId, setItemId] = useState(params.itemId)
  const [hallId, setHallId] = useState(params.hallId)
  const [choosingHall, setChoosingHall] = useState(false)
  const renewal = <RenewalNote name={params.renew && decodeParam(params.renew)} until={params.until} />
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
        {renewal}
        <Section title={t('halls.recommend.title')}>
          <Recommendations itemId={itemId} onPick={(r) => { setHallId(r.hall.id); setChoosingHall(false) }} />
        </Section>
      </Page>
    )
  }
  return (
    <Page>
      {renewal}
      <BookingForm hallId={hallId} itemId={itemId} situationId={itemId === params.itemId ? params.situation : undefined} onChangeHall={() => setChoosingHall(true)}
        onBooked={(a) => Taro.redirectTo({ url: `${ROUTES.appointment}?id=${encodeURIComponent(a.id)}` })} />
    </Page>
  )
}
