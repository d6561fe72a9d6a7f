/**
 * The mini-program hall map: WeChat's native <map> (GCJ-02, no conversion),
 * kiosks joined into the native marker clusters, the user's own dot via
 * show-location once location is granted.
 */
import Taro from '@tarojs/taro'
import { Map as TaroMap } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import type { HallKind } from '@/contract'
import type { HallMapProps } from './HallMap.d'
import centreIcon from './markers/centre.png'
import subcentreIcon from './markers/subcentre.png'
import townIcon from './markers/town.png'
import kioskIcon from './markers/kiosk.png'

declare const wx: { env?: { USER_DATA_PATH?: string } } | undefined

export const HALL_MAP_CRS = 'gcj02' as const

const MAP_ID = 'hall-map'
const ICONS: Record<HallKind, { path: string; size: number }> = {
  centre: { path: centreIcon, size: 30 },
  subcentre: { path: subcentreIcon, size: 26 },
  town: { path: townIcon, size: 22 },
  kiosk: { path: kioskIcon, size: 18 },
}

/**
 * The build inlines these small PNGs as data URIs, which <map> markers do not
 * take on every device: write each once to the user data folder and use that
 * file path. Falls back to the inlined URI if the file system refuses.
 */
function useMarkerFiles(): Record<HallKind, string> {
  const [paths, setPaths] = useState<Record<HallKind, string>>(() => ({ centre: centreIcon, subcentre: subcentreIcon, town: townIcon, kiosk: kioskIcon }))
  useEffect(() => {
    const api = Taro as unknown as { env?: { USER_DATA_PATH?: string }; getFileSystemManager?: () => ReturnType<typeof Taro.getFileSystemManager> }
    const dir = api.env?.USER_DATA_PATH ?? (typeof wx !== 'undefined' ? wx?.env?.USER_DATA_PATH : undefined)
    if (!dir || typeof api.getFileSystemManager !== 'function') return
    const fs = api.getFileSystemManager()
    const written: Partial<Record<HallKind, string>> = {}
    for (const kind of Object.keys(ICONS) as HallKind[]) {
      const uri = ICONS[kind].path
      if (!uri.startsWith('data:')) continue
      const file = `${dir}/hall-marker-${kind}.png`
      try {
        fs.writeFileSync(file, uri.slice(uri.indexOf(',') + 1), 'base64')
        written[kind] = file
      } catch {
        // keep the data URI
      }
    }
    if (Object.keys(written).length) setPaths((p) => ({ ...p, ...written }))
  }, [])
  return paths
}

export function HallMap({ halls, position, onSelect, onError }: HallMapProps) {
  const icons = useMarkerFiles()
  // <map> marker ids must be numbers: index into this render's list.
  const markers = useMemo(() => halls.map((h, i) => ({
    id: i + 1,
    longitude: h.lng,
    latitude: h.lat,
    iconPath: icons[h.kind],
    width: ICONS[h.kind].size,
    height: ICONS[h.kind].size,
    title: h.name,
    joinCluster: h.kind === 'kiosk',
    callout: { content: h.name, display: 'BYCLICK', padding: 6, borderRadius: 6, fontSize: 13, color: '#1D2129', bgColor: '#FFFFFF' },
  })), [halls, icons])

  useEffect(() => {
    const ctx = Taro.createMapContext(MAP_ID) as unknown as { initMarkerCluster?: (o: Record<string, unknown>) => void }
    ctx.initMarkerCluster?.({ enableDefaultStyle: true, zoomOnClick: true, gridSize: 60 })
  }, [])

  return (
    <TaroMap
      id={MAP_ID}
      className='halls-map'
      longitude={113.3846}
      latitude={22.98}
      scale={11}
      markers={markers as never}
      showLocation={!!position}
      includePoints={halls.length ? halls.map((h) => ({ longitude: h.lng, latitude: h.lat })) : undefined}
      onMarkerTap={(e) => {
        const hall = halls[Number((e.detail as { markerId: number }).markerId) - 1]
        if (hall) onSelect(hall)
      }}
      onCalloutTap={(e) => {
        const hall = halls[Number((e.detail as { markerId: number }).markerId) - 1]
        if (hall) onSelect(hall)
      }}
      onError={onError}
    />
  )
}
