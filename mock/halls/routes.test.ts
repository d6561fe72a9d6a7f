import { startBackend } from '../backend'
import { clock } from '../clock'
import type { BusyHoursResponse, HallDetail, HallWithDistance, ListResponse, Recommendation } from '../../src/contract'
import { gcj02ToWgs84 } from './geo'

const get = async <T>(url: string) => {
  const res = await backend.handle({ method: 'GET', url, headers: {} })
  return { status: res.status, body: res.body as T }
}
const backend = startBackend()

describe('hall routes', () => {
  beforeAll(() => clock.freeze('2026-11-23T09:10:00+08:00'))
  afterAll(() => clock.reset())

  it('lists all 123 places in GCJ-02, or converted to WGS-84 at the edge', async () => {
    const gcj = await get<ListResponse<HallWithDistance>>('/api/halls')
    expect(gcj.body.total).toBe(123)
    const centre = gcj.body.items.find((h) => h.id === 'centre')!
    expect(centre).toMatchObject({ lng: 113.3846, lat: 22.9379 })
    const wgs = await get<ListResponse<HallWithDistance>>('/api/halls?crs=wgs84')
    const converted = wgs.body.items.find((h) => h.id === 'centre')!
    const expected = gcj02ToWgs84(113.3846, 22.9379)
    expect(converted.lng).toBeCloseTo(expected.lng, 5)
    expect(converted.lat).toBeCloseTo(expected.lat, 5)
  })

  it('sorts by distance from a WGS-84 position, converting it before measuring', async () => {
    const here = gcj02ToWgs84(113.3846, 22.9379) // standing at the district centre, as GPS says it
    const res = await get<ListResponse<HallWithDistance>>(`/api/halls?lng=${here.lng}&lat=${here.lat}&crs=wgs84&kind=centre`)
    expect(res.body.items[0]).toMatchObject({ id: 'centre' })
    expect(res.body.items[0].distanceKm).toBeLessThan(0.01)
    const all = await get<ListResponse<HallWithDistance>>(`/api/halls?lng=${here.lng}&lat=${here.lat}&crs=wgs84`)
    const d = all.body.items.map((h) => h.distanceKm!)
    expect(d).toEqual([...d].sort((a, b) => a - b))
  })

  it('refuses a bad position or coordinate system', async () => {
    expect((await get('/api/halls?lng=500&lat=1')).status).toBe(400)
    expect((await get('/api/halls?crs=bd09')).status).toBe(400)
  })

  it('gives one hall with its items paged, busy hours, and 404 for an unknown id', async () => {
    const page2 = await get<HallDetail>('/api/halls/centre?page=2&pageSize=10')
    expect(page2.body.items).toMatchObject({ page: 2, pageSize: 10 })
    expect(page2.body.items.items).toHaveLength(10)
    expect(page2.body.bookable).toBe(true)
    const busy = await get<BusyHoursResponse>('/api/halls/town-shiqiao/busy-hours')
    expect(busy.body.days).toHaveLength(7)
    expect(busy.body.days.find((d) => d.weekday === 0)!.hours).toEqual([])
    expect(busy.body.days.find((d) => d.weekday === 1)!.quietHour).not.toBeNull()
    expect((await get('/api/halls/nope')).status).toBe(404)
  })

  it('recommends halls for an item and needs the item', async () => {
    const res = await get<ListResponse<Recommendation>>('/api/recommendations?itemId=residence-permit&lng=113.3688&lat=22.9432')
    expect(res.body.items[0].why).toMatch(/km|m · .*有号/)
    expect((await get('/api/recommendations')).status).toBe(400)
    expect((await get('/api/recommendations?itemId=nope')).status).toBe(404)
  })
})
