import '@/shared/strings/zh/halls'
/**
 * The interactive H5 hall map: mapbox-gl 1.13 (BSD, renders offline, no
 * token), loaded by HallMap.h5.tsx when the user first pans or zooms, so
 * neither the map page's first view nor any other bundle carries it. The
 * style is built in code: background, the district and town areas from
 * district.json, halls as circles coloured by kind; kiosks cluster when
 * zoomed out. Cluster counts are DOM markers because text layers would need
 * glyph files (and a missing glyph URL stops 1.13 from ever reaching `idle`).
 */
import { View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import mapboxgl from 'mapbox-gl'
import { colors } from '@/shared/ui'
import 'mapbox-gl/dist/mapbox-gl.css'
import type { HallWithDistance } from '@/contract'
import { useT } from '@/shared/strings'
import { KIND_COLORS } from '../format'
import type { HallMapProps } from './HallMap.d'
import district from './district.json'
import { districtBounds, TOWN_TINTS } from './districtOutline'

/** A raster tile URL template for deployments that have a tile server (WGS-84 / web mercator); empty = none. */
const TILE_URL = process.env.TARO_APP_MAP_TILES || ''
export const CLUSTER_MAX_ZOOM = 13

type Feature = GeoJSON.Feature<GeoJSON.Point, { id: string; kind: string }>
const collection = (halls: HallWithDistance[]): GeoJSON.FeatureCollection<GeoJSON.Point, { id: string; kind: string }> => ({
  type: 'FeatureCollection',
  features: halls.map((h): Feature => ({ type: 'Feature', properties: { id: h.id, kind: h.kind }, geometry: { type: 'Point', coordinates: [h.lng, h.lat] } })),
})

function buildStyle(): mapboxgl.Style {
  const townAreas = district.features.filter((f) => f.properties.kind === 'town-area').map((f, i) => ({ ...f, properties: { ...f.properties, tint: TOWN_TINTS[i % TOWN_TINTS.length] } }))
  const empty = { type: 'FeatureCollection' as const, features: [] }
  return {
    version: 8,
    sources: {
      ...(TILE_URL ? { tiles: { type: 'raster' as const, tiles: [TILE_URL], tileSize: 256 } } : {}),
      district: { type: 'geojson', data: { type: 'FeatureCollection', features: [district.features[0], ...townAreas] } as GeoJSON.FeatureCollection },
      halls: { type: 'geojson', data: empty },
      kiosks: { type: 'geojson', data: empty, cluster: true, clusterRadius: 44, clusterMaxZoom: CLUSTER_MAX_ZOOM },
      me: { type: 'geojson', data: empty },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#E9EEF4' } },
      ...(TILE_URL ? [{ id: 'tiles', type: 'raster' as const, source: 'tiles' }] : []),
      { id: 'district-fill', type: 'fill', source: 'district', filter: ['==', ['get', 'kind'], 'district'], paint: { 'fill-color': '#FFFFFF', 'fill-opacity': TILE_URL ? 0.2 : 1 } },
      { id: 'town-fill', type: 'fill', source: 'district', filter: ['==', ['get', 'kind'], 'town-area'], paint: { 'fill-color': ['get', 'tint'], 'fill-opacity': TILE_URL ? 0.25 : 0.9 } },
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

declare global {
  interface Window {
    /** the map instance, for the e2e journey (H5 only) */
    __hallMap?: mapboxgl.Map
    /** ms from opening the map to every place drawn (first `idle` with data) */
    __hallMapDrawnMs?: number
  }
}

/** `zoomBy`: the zoom step the user asked for when the map was loaded (the overview's + / −). */
export function MapboxHallMap({ halls, position, onSelect, onError, zoomBy = 0 }: HallMapProps & { zoomBy?: number }) {
  const t = useT()
  const container = useRef<HTMLDivElement | null>(null)
  const mapRef = useRef<mapboxgl.Map | null>(null)
  const [ready, setReady] = useState(false)
  const byId = useRef(new Map<string, HallWithDistance>())
  const selectRef = useRef(onSelect)
  selectRef.current = onSelect
  const openedAt = useRef(performance.now())

  useEffect(() => {
    if (!container.current) return
    if (!mapboxgl.supported()) {
      onError(new Error('WebGL unavailable'))
      return
    }
    let map: mapboxgl.Map
    try {
      map = new mapboxgl.Map({
        container: container.current,
        style: buildStyle(),
        bounds: districtBounds(),
        fitBoundsOptions: { padding: 12 },
        fadeDuration: 0,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        maxZoom: 18,
        minZoom: 8,
      })
    } catch (e) {
      onError(e)
      return
    }
    map.touchZoomRotate.disableRotation()
    map.addControl(new mapboxgl.NavigationControl({ showCompass: false }), 'top-right')
    mapRef.current = map
    window.__hallMap = map

    // Cluster counts as DOM markers, kept in step with the clusters in view.
    const markers = new Map<number, mapboxgl.Marker>()
    const syncClusters = () => {
      if (!map.getSource('kiosks') || !map.isSourceLoaded('kiosks')) return
      const seen = new Set<number>()
      for (const f of map.querySourceFeatures('kiosks')) {
        const props = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number } | null
        if (!props?.cluster || props.cluster_id === undefined || seen.has(props.cluster_id)) continue
        seen.add(props.cluster_id)
        if (!markers.has(props.cluster_id)) {
          const el = document.createElement('div')
          el.className = 'halls-cluster'
          el.textContent = String(props.point_count)
          el.setAttribute('aria-hidden', 'true')
          markers.set(props.cluster_id, new mapboxgl.Marker({ element: el }).setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number]).addTo(map))
        }
      }
      for (const [id, marker] of markers) {
        if (!seen.has(id)) {
          marker.remove()
          markers.delete(id)
        }
      }
    }
    map.on('render', syncClusters)
    map.on('load', () => {
      setReady(true)
      if (zoomBy) map.zoomTo(map.getZoom() + zoomBy, { duration: 0 })
    })
    map.on('error', (e) => {
      // Tile or data errors leave the rest of the map usable; only a lost WebGL context is fatal.
      if (/webgl/i.test(String(e?.error?.message ?? ''))) onError(e.error)
    })
    const pick = (e: mapboxgl.MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id as string | undefined
      const hall = id ? byId.current.get(id) : undefined
      if (hall) selectRef.current(hall)
    }
    map.on('click', 'halls', pick)
    map.on('click', 'kiosks', pick)
    map.on('click', 'kiosk-clusters', (e) => {
      const feature = e.features?.[0]
      const clusterId = feature?.properties?.cluster_id as number | undefined
      const source = map.getSource('kiosks') as mapboxgl.GeoJSONSource
      if (clusterId === undefined) return
      source.getClusterExpansionZoom(clusterId, (err, zoom) => {
        if (!err) map.easeTo({ center: (feature!.geometry as GeoJSON.Point).coordinates as [number, number], zoom })
      })
    })
    for (const layer of ['halls', 'kiosks', 'kiosk-clusters']) {
      map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer' })
      map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = '' })
    }
    return () => {
      markers.forEach((m) => m.remove())
      map.remove()
      mapRef.current = null
      if (window.__hallMap === map) delete window.__hallMap
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const map = mapRef.current
    if (!map || !ready) return
    byId.current = new Map(halls.map((h) => [h.id, h]))
    ;(map.getSource('halls') as mapboxgl.GeoJSONSource).setData(collection(halls.filter((h) => h.kind !== 'kiosk')))
    ;(map.getSource('kiosks') as mapboxgl.GeoJSONSource).setData(collection(halls.filter((h) => h.kind === 'kiosk')))
    if (window.__hallMapDrawnMs === undefined) {
      map.once('idle', () => {
        window.__hallMapDrawnMs = Math.round(performance.now() - openedAt.current)
      })
    }
  }, [halls, ready])

  useEffect(() => {
    const map = mapRef.current
    if (!map || !ready) return
    const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: position ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [position.lng, position.lat] } }] : [] }
    ;(map.getSource('me') as mapboxgl.GeoJSONSource).setData(data)
  }, [position, ready])

  return (
    <View className='halls-map' data-testid='hall-map'>
      <div ref={container} className='halls-map__canvas' role='application' aria-label={t('halls.mapView')} />
      {!ready && <View className='halls-map__status'>{t('halls.map.loading')}</View>}
    </View>
  )
}
