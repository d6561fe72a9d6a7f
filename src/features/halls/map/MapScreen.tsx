import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { HallKind, HallWithDistance, ServiceItem } from '@/contract'
import { Banner, Button, LoadState, Section } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT } from '../strings'
import { hallsApi } from '../api'
import { KIND_COLORS, KINDS } from '../format'
import { usePosition } from '../usePosition'
import { HallCard } from '../components/HallCard'
import { HALL_LIST_PAGE, HallList } from '../components/HallList'
import { ItemPicker } from '../components/ItemPicker'
import { HALL_MAP_CRS, HallMap } from './HallMap'
// imported here, not only in map/index.ts: package.json's sideEffects keeps top-level feature barrels only
import '../halls.entry.css'
import '../halls.css'

type View = 'map' | 'list'

/**
 * The map and its list twin over one filtered set of halls: by kind and by
 * "serves this item"; nearest first once the user's position is known.
 */
export function MapScreen({ onOpen, initialView = 'map' }: { onOpen: (hall: HallWithDistance) => void; initialView?: View }) {
  const t = useT()
  const [view, setView] = useState<View>(initialView)
  const [kind, setKind] = useState<HallKind | undefined>()
  const [item, setItem] = useState<Pick<ServiceItem, 'id' | 'name'>>()
  const [pickingItem, setPickingItem] = useState(false)
  const position = usePosition()
  const [mapFailed, setMapFailed] = useState(false)
  const [selected, setSelected] = useState<HallWithDistance>()
  const [shown, setShown] = useState(HALL_LIST_PAGE)

  const halls = useResource(
    () => hallsApi.list({ kind, itemId: item?.id, crs: HALL_MAP_CRS, ...(position ? { lng: position.lng, lat: position.lat } : {}) }),
    [kind, item?.id, position?.lng, position?.lat],
    { cacheKey: `halls:map:${HALL_MAP_CRS}:${kind ?? 'all'}:${item?.id ?? ''}` },
  )
  // the position comes in the platform's system; the map draws in HALL_MAP_CRS (both are the same system on each platform)
  const mapPosition = useMemo(() => (position && position.crs === HALL_MAP_CRS ? position : null), [position])
  const reset = () => { setKind(undefined); setItem(undefined) }
  const showMap = view === 'map' && !mapFailed

  return (
    <View data-testid='map-screen'>
      <View className='halls-toolbar'>
        <View className='halls-chips' role='tablist' aria-label={t('halls.map.legend')}>
          <Text role='tab' aria-selected={!kind} className={`halls-chip ${!kind ? 'halls-chip--on' : ''}`} onClick={() => setKind(undefined)}>{t('halls.filter.all')}</Text>
          {KINDS.map((k) => (
            <Text key={k} role='tab' aria-selected={kind === k} data-testid={`kind-${k}`} className={`halls-chip ${kind === k ? 'halls-chip--on' : ''}`} onClick={() => setKind(kind === k ? undefined : k)}>
              <Text className='halls-kind-dot' style={{ background: KIND_COLORS[k], display: 'inline-block' }} />
              {t(`hall.kind.${k}`)}
            </Text>
          ))}
        </View>
        <View className='halls-toolbar__row'>
          {item ? (
            <Text className='halls-chip halls-chip--on' data-testid='item-filter' onClick={() => setItem(undefined)}>{t('halls.filter.itemOn', { name: item.name })} ✕</Text>
          ) : (
            <Text className='halls-chip' data-testid='item-filter' onClick={() => setPickingItem(!pickingItem)}>{t('halls.filter.item')}</Text>
          )}
          <View className='halls-switch' role='tablist'>
            {(['map', 'list'] as const).map((v) => (
              <Text key={v} role='tab' aria-selected={view === v} data-testid={`view-${v}`} className={`halls-switch__opt ${view === v ? 'halls-switch__opt--on' : ''}`} onClick={() => setView(v)}>
                {t(v === 'map' ? 'halls.mapView' : 'halls.listView')}
              </Text>
            ))}
          </View>
        </View>
        {pickingItem && !item && (
          <View style={{ marginTop: '8px' }}>
            <ItemPicker testId='filter-item' onPick={(picked) => { setItem(picked); setPickingItem(false) }} />
          </View>
        )}
        <View className='halls-toolbar__row'>
          <Text className='halls-count' data-testid='hall-count'>{halls.data ? t('halls.count', { count: halls.data.total }) : ' '}</Text>
          <Text className='halls-count'>
            {position === undefined ? t('halls.position.locating') : position ? t('halls.position.sorted') : t('halls.position.denied')}
          </Text>
        </View>
      </View>
      {mapFailed && view === 'map' && <View className='halls-pad'><Banner tone='warning' icon='alert'>{t('halls.map.failed')}</Banner></View>}
      {showMap && (
        <>
          <HallMap halls={halls.data?.items ?? []} position={mapPosition} onSelect={setSelected} onError={() => setMapFailed(true)} />
          <View className='halls-legend' aria-hidden>
            {KINDS.map((k) => (
              <Text key={k} className='halls-legend__item'><Text className='halls-kind-dot' style={{ background: KIND_COLORS[k], display: 'inline-block' }} />{t(`hall.kind.${k}`)}</Text>
            ))}
          </View>
          {selected && (
            <View className='halls-popup' data-testid='map-selected'>
              <HallCard hall={selected} onOpen={onOpen} />
              <View style={{ marginTop: '8px' }}><Button block onClick={() => onOpen(selected)}>{t('halls.appt.view')}</Button></View>
            </View>
          )}
          {halls.error && !halls.data && <Section><LoadState resource={halls}>{() => null}</LoadState></Section>}
        </>
      )}
      {!showMap && (
        <Section>
          <LoadState resource={halls}>
            {(data) => <HallList halls={data.items} shown={shown} onMore={() => setShown(shown + HALL_LIST_PAGE)} onOpen={onOpen} onReset={kind || item ? reset : undefined} />}
          </LoadState>
        </Section>
      )}
    </View>
  )
}
