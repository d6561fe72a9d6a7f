import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import type { HallDetail, HallItem } from '@/contract'
import { hallNameEn } from '@/contract'
import { Banner, Button, Cell, EmptyState, List, LoadState, Section, Skeleton, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { hallsApi } from '../api'
import { hallOpenState, openText } from '../format'
import { weeklyHours } from '@/shared/hours'
import { navigateTo } from '../position'
import { BusyHours } from './BusyHours'
import { HallPhotos } from './HallPhotos'
import '../halls.entry.css'
import '../halls.css'
import { useShareSubject } from '@/shared/share'

const ITEMS_PAGE = 20

/**
 * The hall page: who, where, when open, queue now (or a 政务晓屋's self-services), photos, busy hours, items
 * served; navigate and book. `visit` (taking a ticket, arriving) goes under the hall's name, once it is known.
 */
export function HallDetailView({ hallId, itemId, visit }: { hallId: string; itemId?: string; visit?: ReactNode }) {
  const t = useT()
  const hall = useResource(() => hallsApi.detail(hallId, 1, ITEMS_PAGE), [hallId], { cacheKey: `halls:detail:${hallId}` })
  useShareSubject(hall.data?.name)
  return (
    <LoadState resource={hall} skeleton={<Skeleton cards={3} rows={3} />}>
      {(data) => <HallBody hall={data} itemId={itemId} visit={visit} t={t} />}
    </LoadState>
  )
}

function HallBody({ hall, itemId, visit, t }: { hall: HallDetail; itemId?: string; visit?: ReactNode; t: ReturnType<typeof useT> }) {
  const state = hallOpenState(hall)
  const kiosk = hall.kind === 'kiosk'
  const book = () => go(ROUTES.hallBooking, { hallId: hall.id, itemId })
  return (
    <View data-testid='hall-detail'>
      <View className='halls-hero'>
        <Text className='halls-hero__name' role='heading' aria-level={1}>{localized(hall.name, hallNameEn(hall.name))}</Text>
        <View className='halls-card__tags'>
          <Tag tone={hall.kind === 'kiosk' ? 'neutral' : 'primary'}>{t(`hall.kind.${hall.kind}`)}</Tag>
          <Tag tone={state.open ? 'success' : 'neutral'}>{openText(state)}</Tag>
          {hall.cloudWindow && <Tag tone='warning'>{t('halls.cloudWindow')}</Tag>}
        </View>
        {!kiosk && <View className='halls-hero__queue'>
          <Text className='halls-hero__queue-label'>{t('halls.queueNow')}</Text>
          {state.open ? (
            <>
              <Text className='halls-hero__queue-number' data-testid='hall-queue'>{hall.queueLength}</Text>
              <Text className='halls-hero__queue-label'>{t('halls.people')}</Text>
            </>
          ) : (
            <Text className='halls-hero__closed' data-testid='hall-queue'>{t('halls.queueClosed')}</Text>
          )}
        </View>}
        <View className='halls-actions'>
          <Button variant='default' onClick={() => navigateTo(hall)} testId='hall-navigate'>{t('halls.navigate')}</Button>
          {hall.bookable && <Button onClick={book} testId='hall-book'>{t(kiosk ? 'halls.bookCloud' : 'halls.book')}</Button>}
        </View>
      </View>
      {visit}
      {kiosk && (
        <>
          <View className='halls-pad'><Banner icon='clock'>{t('halls.selfService')}</Banner></View>
          <Section title={t('halls.services.title')}>
            <List>
              {hall.selfServices.map((s) => <Cell key={s} icon='check' title={t(`halls.service.${s}`)} testId='hall-service' />)}
            </List>
          </Section>
        </>
      )}
      <Section title={t('halls.photos')}>
        <HallPhotos name={hall.name} kind={hall.kind} photos={hall.photos} />
      </Section>
      <Section>
        <List>
          <Cell icon='pin' title={t('halls.address')} desc={hall.address} />
          <Cell icon='clock' title={t('halls.hours')} desc={weeklyHours(hall.hours, hall.kind)} />
          <Cell icon='phone' title={t('halls.call')} desc={hall.phone} onClick={() => Taro.makePhoneCall({ phoneNumber: hall.phone }).catch(() => undefined)} />
        </List>
      </Section>
      <Section title={t('halls.busy.title')}>
        <BusyHours hallId={hall.id} />
      </Section>
      <Section title={t('halls.itemsServed', { count: hall.items.total })}>
        <ServedItems hall={hall} bookable={(item) => hall.bookable && (!kiosk || item.cloudWindow)} onBook={(item) => go(ROUTES.hallBooking, { hallId: hall.id, itemId: item.id })} />
      </Section>
    </View>
  )
}

/** The first page comes with the hall; later pages are fetched on demand. */
function ServedItems({ hall, bookable, onBook }: { hall: HallDetail; bookable: (item: HallItem) => boolean; onBook: (item: HallItem) => void }) {
  const t = useT()
  const [items, setItems] = useState<HallItem[]>(hall.items.items)
  const [page, setPage] = useState(1)
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)
  if (hall.items.total === 0) return <EmptyState title={t('halls.selfService')} />
  const more = async () => {
    setLoading(true)
    setFailed(false)
    try {
      const next = await hallsApi.detail(hall.id, page + 1, ITEMS_PAGE)
      setItems((prev) => [...prev, ...next.items.items])
      setPage(page + 1)
    } catch {
      setFailed(true)
    } finally {
      setLoading(false)
    }
  }
  return (
    <View data-testid='hall-items'>
      <List>
        {items.map((item) => (
          <Cell key={item.id} title={item.name} desc={item.department} extra={bookable(item) ? t(item.cloudWindow && hall.kind === 'kiosk' ? 'halls.cloudWindow' : 'halls.book') : undefined} onClick={bookable(item) ? () => onBook(item) : undefined} testId='hall-item' />
        ))}
      </List>
      <View className='halls-more'>
        {items.length < hall.items.total ? (
          <Button variant='default' block loading={loading} onClick={more}>{failed ? t('action.retry') : t('halls.moreItems')}</Button>
        ) : (
          <Text className='ui-muted'>{t('halls.itemsEnd')}</Text>
        )}
      </View>
    </View>
  )
}
