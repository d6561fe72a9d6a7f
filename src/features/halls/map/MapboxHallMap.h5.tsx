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
import 'mapbox-gl/dist/mapbox-gl.css'
import type { HallWithDistance } from '@/contract'
import { useT } from '../strings'
import type { HallMapProps } from './HallMap.d'
import { districtBounds } from './districtOutline'
import { loadMapStyle, mapBase } from './mapStyle'

export { CLUSTER_MAX_ZOOM } from './mapStyle'

/** The base map a deployment configured (README: "Map tiles"); empty = the offline schematic. */
const MAP_BASE = mapBase(process.env.TARO_APP_MAP_STYLE)

type Feature = GeoJSON.Feature<GeoJSON.Point, { id: string; kind: string }>
const collection = (halls: HallWithDistance[]): GeoJSON.FeatureCollection<GeoJSON.Point, { id: string; kind: string }> => ({
  type: 'FeatureCollection',
  features: halls.map((h): Feature => ({ type: 'Feature', properties: { id: h.id, kind: h.kind }, geometry: { type: 'Point', coordinates: [h.lng, h.lat] } })),
})

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
    let unmount: (() => void) | undefined
    let gone = false
    void loadMapStyle(MAP_BASE).then((style) => {
      if (!gone && container.current) unmount = mount(container.current, style)
    })
    return () => {
      gone = true
      unmount?.()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  /** Opens the map in `element` with `style`; returns what closes it. */
  function mount(element: HTMLDivElement, style: mapboxgl.Style): (() => void) | undefined {
    let map: mapboxgl.Map
    try {
      map = new mapboxgl.Map({
        container: element,
        style,
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
  }

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
