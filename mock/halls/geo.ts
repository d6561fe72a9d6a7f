/**
 * GCJ-02 (the "Mars" datum China's maps and WeChat use) ↔ WGS-84 (GPS, OSM
 * tiles, the browser's geolocation). Halls are stored once in GCJ-02; the API
 * converts at its edge when a client asks for WGS-84 (`crs=wgs84`).
 *
 * The forward transform is the published GCJ-02 formula; the inverse has no
 * closed form, so it is solved by a few fixed-point iterations (error < 1 cm).
 */
import type { Crs } from '../../src/contract'

const A = 6378245.0
const EE = 0.006693421622965943

export interface LngLat {
  lng: number
  lat: number
}

/** GCJ-02 only applies inside mainland China; outside it equals WGS-84. */
export function outOfChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return r
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return r
}

function offset(lng: number, lat: number): LngLat {
  const dLat0 = transformLat(lng - 105, lat - 35)
  const dLng0 = transformLng(lng - 105, lat - 35)
  const radLat = (lat / 180) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  return {
    lat: (dLat0 * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
    lng: (dLng0 * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
  }
}

export function wgs84ToGcj02(lng: number, lat: number): LngLat {
  if (outOfChina(lng, lat)) return { lng, lat }
  const d = offset(lng, lat)
  return { lng: lng + d.lng, lat: lat + d.lat }
}

export function gcj02ToWgs84(lng: number, lat: number): LngLat {
  if (outOfChina(lng, lat)) return { lng, lat }
  let guess = { lng, lat }
  for (let i = 0; i < 6; i++) {
    const there = wgs84ToGcj02(guess.lng, guess.lat)
    guess = { lng: guess.lng - (there.lng - lng), lat: guess.lat - (there.lat - lat) }
  }
  return guess
}

/** A position in `crs` to GCJ-02 (the stored system). */
export function toGcj02(point: LngLat, crs: Crs = 'gcj02'): LngLat {
  return crs === 'wgs84' ? wgs84ToGcj02(point.lng, point.lat) : point
}

/** A stored GCJ-02 position to `crs`, rounded to 6 decimals (~0.1 m). */
export function fromGcj02(point: LngLat, crs: Crs = 'gcj02'): LngLat {
  if (crs !== 'wgs84') return point
  const p = gcj02ToWgs84(point.lng, point.lat)
  return { lng: Number(p.lng.toFixed(6)), lat: Number(p.lat.toFixed(6)) }
}

/** Great-circle distance in km (both points in the same datum). */
export function distanceKm(a: LngLat, b: LngLat): number {
  const R = 6371.0088
  const toRad = (d: number) => (d * Math.PI) / 180
  const dLat = toRad(b.lat - a.lat)
  const dLng = toRad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)))
}
