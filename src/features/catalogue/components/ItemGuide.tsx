// imported here, not only from index.ts: tree-shaking (package.json sideEffects) drops a re-export module's own CSS import
import '../catalogue.css'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Hall, ItemSituation, ServiceItem } from '@/contract'
import { hallNameEn } from '@/contract'
import { Banner, Button, Card, Cell, Icon, List, LoadState, Section, Skeleton, colors } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { weeklyHours } from '@/shared/hours'
import { catalogueApi } from '../api'
import { useCatalogueMemory } from '../memory'
import { ItemTags } from './ItemTags'
import { useShareSubject } from '@/shared/share'
import { AskBox } from './AskBox'

const HALLS_SHOWN = 3

function materialNote(t: ReturnType<typeof useT>, m: ServiceItem['materials'][number]): string | undefined {
  if (m.licenceType) return t('item.materialLicence')
  if (m.deferrable) return t('item.materialDeferrable')
  if (m.commitmentAllowed) return t('item.materialCommitment')
  return undefined
}

/** Where the item can be done in person, nearest-first is the halls feature's job; here: which halls, and their queue now. */
function ItemHalls({ itemId, situation, bookable }: { itemId: string; situation?: string; bookable: boolean }) {
  const t = useT()
  const [all, setAll] = useState(false)
  const halls = useResource(() => catalogueApi.halls(itemId), [itemId])
  return (
    <LoadState resource={halls} skeleton={<Section><Skeleton cards={1} /></Section>}>
      {(data) => (
        <Section title={t('item.halls', { count: data.total })} extra={!all && data.total > HALLS_SHOWN ? t('item.hallsMore', { count: data.total }) : undefined} onExtra={() => setAll(true)}>
          {data.total === 0 ? (
            <Card><Text className='ui-muted'>{t('item.hallsNone')}</Text></Card>
          ) : (
            <List>
              {(all ? data.items : data.items.slice(0, HALLS_SHOWN)).map((hall: Hall) => (
                <Cell key={hall.id} icon='pin' title={localized(hall.name, hallNameEn(hall.name))} desc={weeklyHours(hall.hours, hall.kind)} extra={hall.kind === 'kiosk' ? undefined : t('appointments.queue', { count: hall.queueLength })}
                  onClick={() => (bookable ? go(ROUTES.hallBooking, { itemId, hallId: hall.id, situation }) : go(ROUTES.hall, { id: hall.id }))} testId='item-hall' />
              ))}
            </List>
          )}
        </Section>
      )}
    </LoadState>
  )
}

/** 情形: pick the way it is done; the guide below shows that 情形's materials, time limit and fee. */
function Situations({ situations, selected, onSelect }: { situations: ItemSituation[]; selected: ItemSituation; onSelect: (id: string) => void }) {
  const t = useT()
  return (
    <Section title={t('item.situations', { count: situations.length })}>
      <View className='catalogue-situations' data-testid='item-situations'>
        {situations.map((x) => (
          <Text key={x.id} className={`catalogue-chip ${x.id === selected.id ? 'catalogue-chip--on' : ''}`} onClick={() => onSelect(x.id)} role='button' aria-pressed={x.id === selected.id} data-testid='item-situation'>{localized(x.name, x.nameEn)}</Text>
        ))}
      </View>
      {!selected.bookable && (
        <View className='catalogue-situations__note' data-testid='item-situation-note'>
          <Text className='ui-muted'>{t(selected.notBookableReason === 'self-service' ? 'item.situationSelf' : 'item.situationOnline')}</Text>
        </View>
      )}
    </Section>
  )
}

/** 办事指南: conditions, materials, time limit, fee, where, and the two ways to go on (apply online, book a visit). */
export function ItemGuide({ itemId }: { itemId: string }) {
  const t = useT()
  const item = useResource(() => catalogueApi.item(itemId), [itemId])
  const bundles = useResource(() => catalogueApi.bundles({ itemId }), [itemId])
  const { favourites, viewed, toggleFavourite } = useCatalogueMemory()
  const bundle = bundles.data?.items[0]
  const [situationId, setSituationId] = useState('')
  useShareSubject(item.data?.name)
  useEffect(() => {
    if (item.data) viewed(item.data)
    // record the view once per item loaded, not on every re-render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item.data?.id])

  // Online: a 秒批 item through the instant-approval flow (decided in seconds, even when a bundle also holds it: the
  // guide still offers the bundle); otherwise inside the bundle that holds the item (one application for the whole
  // event); any other item alone through the same guided form.
  const apply = (data: ServiceItem) => {
    if (data.instant) go(ROUTES.instantApply, { itemId: data.id })
    else if (bundle) go(ROUTES.bundle, { id: bundle.id })
    else go(ROUTES.bundleApply, { id: `item.${data.id}` })
  }

  return (
    <LoadState resource={item}>
      {(data: ServiceItem) => {
        const favourite = favourites.some((f) => f.id === data.id)
        const situations = data.situations ?? []
        // the chosen 情形, else the first that can be booked: its materials, time limit and fee are the guide's
        const situation = situations.find((x) => x.id === situationId) ?? situations.find((x) => x.bookable) ?? situations[0]
        const shown = situation ?? data
        // 预约 books the chosen 情形 (none when it is done online or at a kiosk: the note under the chips says so)
        const bookable = situation ? situation.bookable : data.bookable
        const booking = { itemId: data.id, situation: situation?.bookable ? situation.id : undefined }
        return (
          <View data-testid='item-guide'>
            <View className='ui-section'>
              <Card>
                <View className='ui-row' style={{ alignItems: 'flex-start' }}>
                  <Text className='ui-section__title catalogue-guide__name' role='heading' aria-level={1}>{localized(data.name, data.nameEn)}</Text>
                  <View className='catalogue-fav' onClick={() => toggleFavourite(data)} role='button' aria-pressed={favourite} aria-label={favourite ? t('item.favourited') : t('item.favourite')} data-testid='item-favourite'>
                    <Icon name='star' color={favourite ? colors.warning : colors.textHint} size={22} />
                    <Text className='catalogue-fav__label'>{favourite ? t('item.favourited') : t('item.favourite')}</Text>
                  </View>
                </View>
                <View className='ui-muted' style={{ marginTop: '4px' }}>{data.department}</View>
                <ItemTags item={data} full />
              </Card>
            </View>
            {bundle && (
              <View onClick={() => go(ROUTES.bundle, { id: bundle.id })} role='link' data-testid='item-bundle'>
                <Banner icon='layers'>{t('item.inBundle', { name: localized(bundle.name, bundle.nameEn) })}</Banner>
              </View>
            )}
            {data.notBookableReason && (
              <View data-testid='item-not-bookable'>
                <Banner icon={data.notBookableReason === 'online' ? 'check' : 'alert'}>{t(data.notBookableReason === 'online' ? 'item.onlineOnly' : 'item.selfService')}</Banner>
              </View>
            )}
            {situation && <Situations situations={situations} selected={situation} onSelect={setSituationId} />}
            <Section title={t('item.info')}>
              <List>
                <Cell title={t('item.timeLimitLabel')} extra={shown.timeLimitDays === 0 ? t('item.timeLimitNow') : t('item.workingDays', { days: shown.timeLimitDays })} />
                <Cell title={t('item.fee')} extra={shown.fee} />
                <Cell title={t('item.channels')} extra={data.online ? t('item.channelsOnline') : t('item.channelsHall')} />
                <Cell title={t('item.targetLabel')} extra={t(`item.target.${data.target}`)} />
                <Cell title={t('item.department')} extra={data.department} />
              </List>
            </Section>
            <Section title={t('item.conditions')}>
              <Card>
                {data.conditions.map((c, i) => <View key={i} className='catalogue-guide__condition'>{i + 1}. {c}</View>)}
              </Card>
            </Section>
            <Section title={t('item.materials', { count: shown.materials.length })}>
              <List>
                {shown.materials.map((m) => <Cell key={m.id} icon='file' title={m.name} desc={materialNote(t, m)} />)}
              </List>
            </Section>
            {/* 全程网办: nothing to visit, so no halls to list */}
            {data.notBookableReason !== 'online' && <ItemHalls itemId={data.id} situation={booking.situation} bookable={bookable} />}
            <AskBox itemId={data.id} />
            {!data.online && <Banner tone='warning' icon='alert'>{t('item.notOnline')}</Banner>}
            <View className='ui-gap' />
            {(bookable || data.online) && <View className='ui-footer-bar'>
              {bookable && <View style={{ flex: 1 }}><Button variant='default' block onClick={() => go(ROUTES.hallBooking, booking)} testId='item-book'>{t('item.book')}</Button></View>}
              {data.online && <View style={{ flex: 1 }}><Button block loading={bundles.loading} onClick={() => apply(data)} testId='item-apply'>{t('item.apply')}</Button></View>}
            </View>}
          </View>
        )
      }}
    </LoadState>
  )
}
