import '../visit.css'
import { Switch, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import type { HallItem } from '@/contract'
import { Banner, Button, Cell, EmptyState, List, LoadState, Section, Skeleton } from '@/shared/ui'
import { messageOf, newIdempotencyKey, useResource } from '@/shared/api'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { visitApi } from '../api'
import { askCallNotice } from '../callNotice'
import { UsualQueue } from './UsualQueue'

/** 在线取号 without an item in hand: the usual queue now and by hour (the chart is the page's: halls' busy hours), then pick one of the hall's items, say whether the 爱心 lane applies, take the ticket. */
export function TakeTicket({ hallId, busyChart }: { hallId: string; busyChart?: ReactNode }) {
  const t = useT()
  const [page, setPage] = useState(1)
  const [extra, setExtra] = useState<HallItem[]>([])
  const first = useResource(() => visitApi.hallItems(hallId, 1), [hallId])
  const [care, setCare] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [key] = useState(newIdempotencyKey)

  const more = async () => {
    const next = await visitApi.hallItems(hallId, page + 1)
    setExtra((rows) => [...rows, ...next.items.items])
    setPage(page + 1)
  }
  const take = async (item: HallItem) => {
    setBusy(item.id)
    setError(null)
    try {
      const notice = await askCallNotice()
      const ticket = await visitApi.take({ hallId, itemId: item.id, care }, `${key}:${item.id}:${care}`)
      go(ROUTES.ticket, { id: ticket.id, notice })
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }

  return (
    <LoadState resource={first} skeleton={<Skeleton cards={1} rows={6} />} isEmpty={(d) => d.items.total === 0} empty={<EmptyState icon='file' title={t('visit.take.empty')} />}>
      {(hall) => {
        const items = [...hall.items.items, ...extra]
        return (
          <View data-testid='take-ticket'>
            <Section title={t('visit.usual.title')}>
              <View className='visit-pad'><UsualQueue hallId={hallId} /></View>
              {busyChart}
            </Section>
            <View className='visit-take__care'>
              <Text className='visit-take__care-text'>{t('visit.take.care')}</Text>
              <Switch checked={care} onChange={(e) => setCare(e.detail.value)} aria-label={t('visit.take.care')} color='#1366E0' />
            </View>
            {error ? <View className='visit-pad'><Banner tone='danger' icon='alert'>{messageOf(error)}</Banner></View> : null}
            <Section title={t('visit.take.pick')}>
              <List>
                {items.map((item) => (
                  <Cell key={item.id} title={item.name} desc={item.department} arrow onClick={() => (busy ? undefined : take(item))} testId={`take-item-${item.id}`} />
                ))}
              </List>
              {items.length < hall.items.total ? <View className='visit-pad'><Button block variant='default' onClick={more}>{t('visit.take.more')}</Button></View> : null}
            </Section>
          </View>
        )
      }}
    </LoadState>
  )
}
