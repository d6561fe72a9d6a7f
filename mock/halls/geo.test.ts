import { distanceKm, fromGcj02, gcj02ToWgs84, toGcj02, wgs84ToGcj02 } from './geo'

describe('GCJ-02 ↔ WGS-84', () => {
  it('matches the reference forward transform (eviltransform test vector, Beijing)', () => {
    const p = wgs84ToGcj02(116.404, 39.915)
    expect(p.lat).toBeCloseTo(39.91640428150164, 10)
    expect(p.lng).toBeCloseTo(116.41024449916938, 10)
  })

  it('shifts Panyu by a few hundred metres, east and south', () => {
    const wgs = gcj02ToWgs84(113.3846, 22.9379)
    const shift = distanceKm(wgs, { lng: 113.3846, lat: 22.9379 })
    expect(shift).toBeGreaterThan(0.3)
    expect(shift).toBeLessThan(0.8)
    expect(wgs.lng).toBeLessThan(113.3846)
    expect(wgs.lat).toBeGreaterThan(22.9379)
  })

  it('round-trips to within a centimetre', () => {
    for (const [lng, lat] of [[113.3846, 22.9379], [113.5129, 22.9497], [116.404, 39.915], [87.6, 43.8]]) {
      const back = wgs84ToGcj02(gcj02ToWgs84(lng, lat).lng, gcj02ToWgs84(lng, lat).lat)
      expect(distanceKm(back, { lng, lat }) * 1000 * 100).toBeLessThan(1)
    }
  })

  it('leaves places outside China alone', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual({ lng: 2.35, lat: 48.85 })
    expect(gcj02ToWgs84(-74, 40.7)).toEqual({ lng: -74, lat: 40.7 })
  })

  it('converts at the edge only when asked for WGS-84', () => {
    const stored = { lng: 113.3846, lat: 22.9379 }
    expect(fromGcj02(stored, 'gcj02')).toBe(stored)
    expect(toGcj02(stored, 'gcj02')).toBe(stored)
    const out = fromGcj02(stored, 'wgs84')
    expect(distanceKm(toGcj02(out, 'wgs84'), stored)).toBeLessThan(0.001)
  })

  it('measures distance on the sphere', () => {
    // one degree of latitude is ~111.2 km
    expect(distanceKm({ lng: 113, lat: 22 }, { lng: 113, lat: 23 })).toBeCloseTo(111.2, 0)
  })
})
