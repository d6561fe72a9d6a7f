/**
 * The H5 hall map opens as an overview drawn in SVG (the district, its town
 * areas and every place, tappable) and turns into the interactive mapbox-gl
 * map on the first drag, wheel, double tap or +/−. mapbox-gl is ~200 KB and
 * seconds of script on a mid-range phone: most visits only want to see where
 * the places are and pick one, and those no longer wait for it.
 */
import { View } from '@tarojs/components'
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react'
import type { HallWithDistance } from '@/contract'
import { colors } from '@/shared/ui'
import { useT } from '../strings'
import { KIND_COLORS } from '../format'
import type { HallMapProps } from './HallMap.d'
import { districtRing, fitDistrict, townRings, TOWN_TINTS } from './districtOutline'

export const HALL_MAP_CRS = 'wgs84' as const

type Engine = typeof import('./MapboxHallMap.h5')

/** Dot sizes and draw order as on the interactive map: kiosks under town centres under (sub-)centres. */
const DOT: Record<HallWithDistance['kind'], { r: number; stroke: number; order: number }> = {
  kiosk: { r: 5, stroke: 1.5, order: 0 },
  town: { r: 8, stroke: 2.5, order: 1 },
  subcentre: { r: 10, stroke: 3, order: 2 },
  centre: { r: 12, stroke: 3, order: 3 },
}
/** px a press must travel before it counts as a drag */
const DRAG_PX = 8

/** Once someone has asked for the detailed map, it stays: back from the list, or on the next visit to the page. */
let loadedEngine: Engine | null = null

export function HallMap(props: HallMapProps) {
  const [engine, setEngine] = useState<Engine | null>(loadedEngine)
  const [zoomBy, setZoomBy] = useState(0)
  const [loading, setLoading] = useState(false)
  const { onError } = props
  const activate = (zoom: number) => {
    if (loading) return
    setLoading(true)
    setZoomBy(zoom)
    import(/* webpackChunkName: "mapbox" */ './MapboxHallMap.h5').then((module) => {
      loadedEngine = module
      setEngine(module)
    }, onError)
  }
  if (engine) return <engine.MapboxHallMap {...props} zoomBy={zoomBy} />
  return <DistrictOverview {...props} loading={loading} onActivate={activate} />
}

function DistrictOverview({ halls, position, onSelect, loading, onActivate }: HallMapProps & { loading: boolean; onActivate: (zoom: number) => void }) {
  const t = useT()
  const box = useRef<HTMLDivElement | null>(null)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  const pressed = useRef<{ x: number; y: number } | null>(null)

  useEffect(() => {
    const measure = () => {
      if (box.current) setSize({ width: box.current.clientWidth, height: box.current.clientHeight })
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [])

  const drawing = useMemo(() => {
    if (!size) return null
    const project = fitDistrict(size.width, size.height, 12)
    const path = (ring: number[][]) => `M${ring.map(([lng, lat]) => project(lng, lat).map((v) => v.toFixed(1)).join(' ')).join('L')}Z`
    const dots = [...halls].sort((a, b) => DOT[a.kind].order - DOT[b.kind].order).map((hall) => ({ hall, at: project(hall.lng, hall.lat) }))
    return { district: path(districtRing()), towns: townRings().map(path), dots, me: position ? project(position.lng, position.lat) : null }
  }, [size, halls, position])

  const onPointerDown = (e: ReactPointerEvent) => { pressed.current = { x: e.clientX, y: e.clientY } }
  const onPointerMove = (e: ReactPointerEvent) => {
    const from = pressed.current
    if (from && Math.hypot(e.clientX - from.x, e.clientY - from.y) > DRAG_PX) {
      pressed.current = null
      onActivate(0)
    }
  }

  return (
    <View className='halls-map' data-testid='hall-map'>
      <div
        ref={box}
        className='halls-map__canvas'
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => { pressed.current = null }}
        onWheel={(e) => onActivate(e.deltaY < 0 ? 1 : -1)}
        onDoubleClick={() => onActivate(1)}
      >
        {drawing && (
          <svg width='100%' height='100%' role='img' aria-label={t('halls.map.overview')} data-testid='hall-overview'>
            <rect width='100%' height='100%' fill='#E9EEF4' />
            <path d={drawing.district} fill='#FFFFFF' />
            {drawing.towns.map((d, i) => <path key={i} d={d} fill={TOWN_TINTS[i % TOWN_TINTS.length]} fillOpacity={0.9} stroke='#C2CEDC' strokeWidth={1} />)}
            <path d={drawing.district} fill='none' stroke={colors.primary} strokeOpacity={0.55} strokeWidth={2} />
            {drawing.me && (
              <g aria-label={t('halls.map.you')}>
                <circle cx={drawing.me[0]} cy={drawing.me[1]} r={18} fill={colors.primary} fillOpacity={0.18} />
                <circle cx={drawing.me[0]} cy={drawing.me[1]} r={6} fill={colors.primary} stroke='#FFFFFF' strokeWidth={3} />
              </g>
            )}
            {drawing.dots.map(({ hall, at: [x, y] }) => (
              <g key={hall.id} data-testid='overview-dot' data-kind={hall.kind} data-id={hall.id} onClick={() => onSelect(hall)} style={{ cursor: 'pointer' }}>
                <circle cx={x} cy={y} r={14} fill='transparent' />
                <circle cx={x} cy={y} r={DOT[hall.kind].r} fill={KIND_COLORS[hall.kind]} stroke='#FFFFFF' strokeWidth={DOT[hall.kind].stroke} />
                {(hall.kind === 'centre' || hall.kind === 'subcentre') && <circle cx={x} cy={y} r={4} fill='#FFFFFF' />}
              </g>
            ))}
          </svg>
        )}
      </div>
      <View className='halls-zoom'>
        <View className='halls-zoom__btn' role='button' aria-label={t('halls.map.zoomIn')} data-testid='map-zoom-in' onClick={() => onActivate(1)}>+</View>
        <View className='halls-zoom__btn' role='button' aria-label={t('halls.map.zoomOut')} onClick={() => onActivate(-1)}>−</View>
      </View>
      <View className='halls-map__hint'>{loading ? t('halls.map.loading') : t('halls.map.hint')}</View>
    </View>
  )
}
