import { startBackend } from '../backend'
import { clock } from '../clock'

describe('GET /api/time', () => {
  afterEach(() => clock.reset())

  it("answers the mock clock's now and the district's date, also in x-server-time", async () => {
    clock.freeze('2027-02-05T16:00:00Z')
    const res = await startBackend().handle({ method: 'GET', url: '/api/time', headers: {} })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ now: '2027-02-05T16:00:00.000Z', today: '2027-02-06' })
    expect(Number(res.headers['x-server-time'])).toBe(Date.parse('2027-02-05T16:00:00Z'))
  })
})
