import type { UserPosition } from './position.d'

/** The browser's geolocation gives WGS-84; the API converts it (crs=wgs84). */
export function getPosition(): Promise<UserPosition> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      reject(new Error('geolocation unavailable'))
      return
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lng: p.coords.longitude, lat: p.coords.latitude, crs: 'wgs84' }),
      (e) => reject(new Error(e.message || 'denied')),
      { enableHighAccuracy: false, timeout: 8000, maximumAge: 300_000 },
    )
  })
}

/** H5 has no native map app bridge: AMap's URI API takes GCJ-02 and hands over to the app when installed. */
export function navigateTo(place: { lng: number; lat: number; name: string; address: string }): void {
  const url = `https://uri.amap.com/marker?position=${place.lng},${place.lat}&name=${encodeURIComponent(place.name)}&src=panyu-gov&coordinate=gaode&callnative=1`
  window.open(url, '_blank', 'noopener')
}
