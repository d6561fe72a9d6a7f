/**
 * The H5 map's style: the offline schematic of the district, or a
 * deployment's own base map under the same overlays (district outline, halls,
 * kiosks, the user's dot). Chosen by TARO_APP_MAP_STYLE:
 * - empty: the schematic (no network, what tests and demos use);
 * - a raster tile template with {z}/{x}/{y}: those tiles under the overlays;
 * - any other URL: a Mapbox GL style JSON, fetched, its layers under the overlays.
 * Hall coordinates are GCJ-02 and drawn as they are: the base map must be a
 * GCJ-02 one (AMap or Tencent tiles, or a style over them).
 * Pure: no mapbox-gl import, so jest checks it without WebGL.
 */
import type { Style, AnySourceData, AnyLayer } from 'mapbox-gl'
import { colors } from '@/shared/ui'
import { KIND_COLORS } from '../format'
import district from './district.json'
import { TOWN_TINTS } from './districtOutline'

export const CLUSTER_MAX_ZOOM = 13

export type MapBase = { kind: 'schematic' } | { kind: 'raster'; tiles: string } | { kind: 'style'; url: string }

/** What TARO_APP_MAP_STYLE asks for. */
export function mapBase(setting: string | undefined): MapBase {
  const value = (setting ?? '').trim()
  if (!value) return { kind: 'schematic' }
  if (value.includes('{z}')) return { kind: 'raster', tiles: value }
  return { kind: 'style', url: value }
}

/** The overlays over `base` (a remote style's JSON for kind 'style'). */
export function buildStyle(base: MapBase, remote?: Style): Style {
  const underlay = base.kind !== 'schematic'
  const townAreas = district.features.filter((f) => f.properties.kind === 'town-area').map((f, i) => ({ ...f, properties: { ...f.properties, tint: TOWN_TINTS[i % TOWN_TINTS.length] } }))
  const empty = { type: 'FeatureCollection' as const, features: [] }
  const baseSources: Record<string, AnySourceData> = base.kind === 'raster' ? { tiles: { type: 'raster', tiles: [base.tiles], tileSize: 256 } } : { ...(remote?.sources ?? {}) }
  const baseLayers: AnyLayer[] =
    base.kind === 'raster' ? [{ id: 'background', type: 'background', paint: { 'background-color': '#E9EEF4' } }, { id: 'tiles', type: 'raster', source: 'tiles' }]
      : base.kind === 'style' ? [...(remote?.layers ?? [])]
        : [{ id: 'background', type: 'background', paint: { 'background-color': '#E9EEF4' } }]
  return {
    ...(base.kind === 'style' && remote ? remote : {}),
    version: 8,
    sources: {
      ...baseSources,
      district: { type: 'geojson', data: { type: 'FeatureCollection', features: [district.features[0], ...townAreas] } as GeoJSON.FeatureCollection },
      halls: { type: 'geojson', data: empty },
      kiosks: { type: 'geojson', data: empty, cluster: true, clusterRadius: 44, clusterMaxZoom: CLUSTER_MAX_ZOOM },
      me: { type: 'geojson', data: empty },
    },
    layers: [
      ...baseLayers,
      // over real streets the district stays a light tint, so the streets show through
      { id: 'district-fill', type: 'fill', source: 'district', filter: ['==', ['get', 'kind'], 'district'], paint: { 'fill-color': '#FFFFFF', 'fill-opacity': underlay ? 0.2 : 1 } },
      { id: 'town-fill', type: 'fill', source: 'district', filter: ['==', ['get', 'kind'], 'town-area'], paint: { 'fill-color': ['get', 'tint'], 'fill-opacity': underlay ? 0.25 : 0.9 } },
      { id: 'town-line', type: 'line', source: 'district', filter: ['==', ['get', 'kind'], 'town-area'], paint: { 'line-color': '#C2CEDC', 'line-width': 1 } },
      { id: 'district-line', type: 'line', source: 'district', filter: ['==', ['get', 'kind'], 'district'], paint: { 'line-color': colors.primary, 'line-width': 2, 'line-opacity': 0.55 } },
      // the user's dot under the halls: a hall is never hidden by where you stand
      { id: 'me-halo', type: 'circle', source: 'me', paint: { 'circle-color': colors.primary, 'circle-opacity': 0.18, 'circle-radius': 18 } },
      { id: 'me', type: 'circle', source: 'me', paint: { 'circle-color': colors.primary, 'circle-radius': 6, 'circle-stroke-width': 3, 'circle-stroke-color': '#FFFFFF' } },
      { id: 'kiosk-clusters', type: 'circle', source: 'kiosks', filter: ['has', 'point_count'], paint: { 'circle-color': KIND_COLORS.kiosk, 'circle-radius': 16, 'circle-stroke-width': 3, 'circle-stroke-color': '#FFFFFF' } },
      { id: 'kiosks', type: 'circle', source: 'kiosks', filter: ['!', ['has', 'point_count']], paint: { 'circle-color': KIND_COLORS.kiosk, 'circle-radius': 7, 'circle-stroke-width': 2, 'circle-stroke-color': '#FFFFFF' } },
      {
        id: 'halls', type: 'circle', source: 'halls',
        paint: {
          'circle-color': ['match', ['get', 'kind'], 'centre', KIND_COLORS.centre, 'subcentre', KIND_COLORS.subcentre, KIND_COLORS.town],
          'circle-radius': ['match', ['get', 'kind'], 'centre', 13, 'subcentre', 11, 9],
          'circle-stroke-width': 3,
          'circle-stroke-color': '#FFFFFF',
        },
      },
      // a white core makes centres and sub-centres read as "targets", distinct from town dots even without colour
      { id: 'halls-core', type: 'circle', source: 'halls', filter: ['!=', ['get', 'kind'], 'town'], paint: { 'circle-color': '#FFFFFF', 'circle-radius': 4 } },
    ],
  }
}

/**
 * The style to open the map with. A style URL that cannot be fetched or read
 * leaves the schematic: the halls stay findable without the deployment's tiles.
 */
export async function loadMapStyle(base: MapBase, fetchJson: (url: string) => Promise<unknown> = defaultFetchJson): Promise<Style> {
  if (base.kind !== 'style') return buildStyle(base)
  try {
    const remote = (await fetchJson(base.url)) as Style
    if (!remote || !Array.isArray(remote.layers) || typeof remote.sources !== 'object') throw new Error('not a style')
    return buildStyle(base, remote)
  } catch {
    return buildStyle({ kind: 'schematic' })
  }
}

async function defaultFetchJson(url: string): Promise<unknown> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`style ${res.status}`)
  return res.json()
}
