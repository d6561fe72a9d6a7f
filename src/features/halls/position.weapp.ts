import Taro from '@tarojs/taro'
import type { UserPosition } from './position.d'

/** WeChat gives GCJ-02 directly; the privacy agreement must be accepted before getLocation (base library ≥ 2.32.3). */
export async function getPosition(): Promise<UserPosition> {
  const wxApi = Taro as unknown as { requirePrivacyAuthorize?: (o: { success: () => void; fail: (e: unknown) => void }) => void }
  if (typeof wxApi.requirePrivacyAuthorize === 'function') {
    await new Promise<void>((resolve, reject) => wxApi.requirePrivacyAuthorize!({ success: resolve, fail: reject }))
  }
  const res = await Taro.getLocation({ type: 'gcj02' })
  return { lng: res.longitude, lat: res.latitude, crs: 'gcj02' }
}

export function navigateTo(place: { lng: number; lat: number; name: string; address: string }): void {
  Taro.openLocation({ longitude: place.lng, latitude: place.lat, name: place.name, address: place.address, scale: 16 }).catch(() => {
    // The user closed the map: nothing to do.
  })
}
