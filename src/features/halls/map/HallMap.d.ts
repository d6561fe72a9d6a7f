import type { Crs, HallWithDistance } from '@/contract'
import type { UserPosition } from '../position'

/** Shared props of the map's platform twins (HallMap.h5.tsx: mapbox-gl; HallMap.weapp.tsx: WeChat <map>). */
export interface HallMapProps {
  /** places to show, with lng/lat in HALL_MAP_CRS */
  halls: HallWithDistance[]
  /** the user's position, in HALL_MAP_CRS */
  position?: UserPosition | null
  onSelect: (hall: HallWithDistance) => void
  /** the map cannot be drawn here (no WebGL …): the screen falls back to the list */
  onError: (error: unknown) => void
}

/** The coordinate system this platform's map draws in: WGS-84 for mapbox-gl (tiles, outline), GCJ-02 for WeChat. */
export declare const HALL_MAP_CRS: Crs

export declare function HallMap(props: HallMapProps): JSX.Element
