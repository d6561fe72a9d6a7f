import { createSession } from '../account/domain'
import type { UserRecord } from '../account/users'
import { startBackend } from '../backend'
import { clock } from '../clock'
import { Store } from '../store'
import type { Appointment, SlotsResponse } from '../../src/contract'
import { checkinQrText, parseCheckinQr } from '../../src/contract'
import { book, cancel, checkIn, listAppointments, reschedule, slotsFor } from './domain'
import { arrive, hallWindows, kioskCode, myTickets, windowOrder } from '../visit/tickets'
import { hallSeedById } from '../halls/domain'
import { seedUsers } from '../account/domain'

// Monday 23 Nov 2026, 09:10 in Panyu; Thursday the 26th has no seeded bookings by others.
const NOW = Date.parse('2026-11-23T09:10:00+08:00')
const THU_10 = '2026-11-26T10:00:00+08:00'
const THU_1030 = '2026-11-26T10:30:00+08:00'
const ITEM = 'residence-permit'

function freshStore(): Store {
  const store = new Store()
  seedUsers(store)
  return store
}

const seatsAt = (store: Store, start: string, hallId = 'centre') =>
  slotsFor(store, hallId, ITEM, start.slice(0, 10), NOW).items.find((s) => s.start === start)!

const code = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return (e as { code: string }).code
  }
  return 'OK'
}

describe('booking rules', () => {
  it('books a seat, with the contact masked and a 6-digit check-in code', () => {
    const store = freshStore()
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    expect(a).toMatchObject({ hallName: '番禺区政务服务中心', itemName: '居住证申领', start: THU_10, end: THU_1030, status: 'booked', contactName: '陈**', contactPhoneMasked: '139****5678' })
    expect(a.checkinCode).toMatch(/^\d{6}$/)
    expect(seatsAt(store, THU_10).booked).toBe(1)
    expect(parseCheckinQr(checkinQrText(a.id, a.checkinCode))).toEqual({ appointmentId: a.id, code: a.checkinCode })
  })

  it('says where in the hall the item is served: 居住证 (公安) at the centre’s 户政 windows, 食品经营许可 (市场监管) at 商事登记 on 2 楼', () => {
    const store = freshStore()
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    expect(a.place).toMatchObject({ zone: 'A' })
    expect(a.itemNameEn).toBe('Residence permit') // English mode shows it
    expect(a.place!.windows.length).toBeGreaterThan(0)
    const b = book(store, 'u-resident', { hallId: 'centre', itemId: 'food-licence', start: THU_1030 }, NOW)
    expect(b.place).toEqual({ level: 2, zone: 'B', windows: ['A06', 'A07'] })
  })

  it('refuses past, closed and unknown slots with their codes', () => {
    const store = freshStore()
    expect(code(() => book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: '2026-11-23T09:00:00+08:00' }, NOW))).toBe('SLOT_PAST')
    expect(code(() => book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: '2026-11-26T10:10:00+08:00' }, NOW))).toBe('SLOT_CLOSED')
    expect(code(() => book(store, 'u-resident', { hallId: 'centre', itemId: 'marriage-registration', start: '2026-11-28T09:00:00+08:00' }, NOW))).toBe('SLOT_CLOSED')
    expect(code(() => book(store, 'u-resident', { hallId: 'nowhere', itemId: ITEM, start: THU_10 }, NOW))).toBe('NOT_FOUND')
    expect(code(() => book(store, 'u-resident', { hallId: 'centre', itemId: '', start: THU_10 }, NOW))).toBe('VALIDATION_FAILED')
  })

  it('lets one person hold one booking per item per day', () => {
    const store = freshStore()
    book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    expect(code(() => book(store, 'u-resident', { hallId: 'sub-wanbo', itemId: ITEM, start: '2026-11-26T14:00:00+08:00' }, NOW))).toBe('DUPLICATE_BOOKING')
    // another day, another item, or another person is fine
    expect(code(() => book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: '2026-11-27T10:00:00+08:00' }, NOW))).toBe('OK')
    expect(code(() => book(store, 'u-resident', { hallId: 'centre', itemId: 'weather-cert', start: THU_10 }, NOW))).toBe('OK')
    expect(code(() => book(store, 'u-business', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW))).toBe('OK')
  })

  it('frees the seat on cancel, and a cancelled booking no longer blocks the day', () => {
    const store = freshStore()
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    expect(cancel(store, 'u-resident', a.id, NOW).status).toBe('cancelled')
    expect(seatsAt(store, THU_10).booked).toBe(0)
    expect(code(() => cancel(store, 'u-resident', a.id, NOW))).toBe('CONFLICT')
    expect(code(() => cancel(store, 'u-business', a.id, NOW))).toBe('NOT_FOUND')
    expect(code(() => book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW))).toBe('OK')
  })
})

describe('情形 (situations)', () => {
  // 居民身份证办理: 遗失补领 asks for a statement of the loss; 有效期满换领 is done online, 办理进度及结果查询 too
  const ID_CARD = 'gaj-0-0-p'
  const refusal = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      const { status, code, message, fields } = e as { status: number; code: string; message: string; fields?: Record<string, string> }
      return { status, code, message, fields }
    }
    throw new Error('not refused')
  }

  it('stores the booked situation with its names, keeps it on reschedule, and books without one as before', () => {
    const store = freshStore()
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ID_CARD, start: THU_10, situationId: 'lost' }, NOW)
    expect(a).toMatchObject({ itemName: '居民身份证办理', situationId: 'lost', situationName: '遗失补领', situationNameEn: 'Replace a lost card' })
    expect(listAppointments(store, 'u-resident', NOW)[0]).toMatchObject({ situationId: 'lost', situationName: '遗失补领' })
    expect(reschedule(store, 'u-resident', a.id, THU_1030, NOW)).toMatchObject({ start: THU_1030, situationId: 'lost', situationName: '遗失补领' })
    const plain = book(store, 'u-business', { hallId: 'centre', itemId: ID_CARD, start: THU_10 }, NOW)
    expect(plain.situationId).toBeUndefined()
    expect(plain.situationName).toBeUndefined()
  })

  it('refuses a situation the item does not have, or one that cannot be booked, saying why; nothing is booked', () => {
    const store = freshStore()
    const unknown = refusal(() => book(store, 'u-resident', { hallId: 'centre', itemId: ID_CARD, start: THU_10, situationId: 'annual' }, NOW))
    expect(unknown).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: '该事项没有这个办理情形', fields: { situationId: expect.any(String) } })
    const online = refusal(() => book(store, 'u-resident', { hallId: 'centre', itemId: ID_CARD, start: THU_10, situationId: 'renew' }, NOW))
    expect(online).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: '「有效期满换领」可全程网办，无需预约' })
    const entity = refusal(() => book(store, 'u-business', { hallId: 'centre', itemId: 'scjgj-0-0-b', start: THU_10, situationId: 'cert' }, NOW))
    expect(entity.message).toMatch(/政务晓屋自助办理/)
    // an item without situations has none to name
    expect(refusal(() => book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10, situationId: 'lost' }, NOW)).code).toBe('VALIDATION_FAILED')
    expect(listAppointments(store, 'u-resident', NOW)).toEqual([])
  })
})

describe('reschedule', () => {
  function fill(store: Store, start: string) {
    for (let i = 0; i < 10; i++) book(store, `u-other-${start}-${i}`, { hallId: 'centre', itemId: ITEM, start }, NOW)
  }

  it('moves the seat: the new one is held and the old one freed', () => {
    const store = freshStore()
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    const moved = reschedule(store, 'u-resident', a.id, THU_1030, NOW)
    expect(moved).toMatchObject({ id: a.id, start: THU_1030, status: 'booked' })
    expect(moved.checkinCode).not.toBe(a.checkinCode)
    expect(seatsAt(store, THU_10).booked).toBe(0)
    expect(seatsAt(store, THU_1030).booked).toBe(1)
  })

  it('keeps the old booking and its seat when the new slot is full or closed', () => {
    const store = freshStore()
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    fill(store, THU_1030)
    expect(code(() => reschedule(store, 'u-resident', a.id, THU_1030, NOW))).toBe('SLOT_FULL')
    expect(code(() => reschedule(store, 'u-resident', a.id, '2026-10-01T10:00:00+08:00', NOW))).toBe('SLOT_PAST')
    expect(code(() => reschedule(store, 'u-resident', a.id, '2026-11-26T10:15:00+08:00', NOW))).toBe('SLOT_CLOSED')
    expect(listAppointments(store, 'u-resident', NOW)[0]).toMatchObject({ id: a.id, start: THU_10, status: 'booked', checkinCode: a.checkinCode })
    expect(seatsAt(store, THU_10).booked).toBe(1)
    expect(seatsAt(store, THU_1030).booked).toBe(10)
  })

  it('never lets a reschedule race take a seat twice: 11 movers, 1 free seat', () => {
    const store = freshStore()
    fill(store, THU_1030)
    const victim = listAppointments(store, `u-other-${THU_1030}-0`, NOW)[0]
    const movers = Array.from({ length: 11 }, (_, i) => book(store, `u-mover-${i}`, { hallId: 'centre', itemId: ITEM, start: i % 2 ? '2026-11-26T11:00:00+08:00' : '2026-11-26T11:30:00+08:00' }, NOW).id)
    cancel(store, `u-other-${THU_1030}-0`, victim.id, NOW)
    const results = movers.map((id, i) => code(() => reschedule(store, `u-mover-${i}`, id, THU_1030, NOW)))
    expect(results.filter((r) => r === 'OK')).toHaveLength(1)
    expect(results.filter((r) => r === 'SLOT_FULL')).toHaveLength(10)
    expect(seatsAt(store, THU_1030).booked).toBe(10)
  })
})

describe('capacity under concurrency', () => {
  afterEach(() => clock.reset())

  it('gives exactly 10 seats to 200 parallel requests from 200 people, through the HTTP layer', async () => {
    clock.freeze(NOW)
    const backend = startBackend()
    backend.store.ensureSeeded()
    const tokens = Array.from({ length: 200 }, (_, i) =>
      createSession(backend.store, { id: `u-race-${i}`, role: 'resident', name: `居民${i}` } as UserRecord, 'demo', NOW).token)
    const responses = await Promise.all(tokens.map((token, i) => backend.handle({
      method: 'POST', url: '/api/appointments', body: { hallId: 'centre', itemId: ITEM, start: THU_10 },
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': `k-${i}` },
    })))
    const byStatus = responses.reduce<Record<string, number>>((acc, r) => {
      const key = r.status === 201 ? 'booked' : (r.body as { error: { code: string } }).error.code
      acc[key] = (acc[key] ?? 0) + 1
      return acc
    }, {})
    expect(byStatus).toEqual({ booked: 10, SLOT_FULL: 190 })
    const slots = (await backend.handle({ method: 'GET', url: `/api/halls/centre/slots?itemId=${ITEM}&date=2026-11-26`, headers: {} })).body as SlotsResponse
    expect(slots.items.find((s) => s.start === THU_10)).toMatchObject({ capacity: 10, booked: 10 })
  })

  it('replays a retried booking with the same Idempotency-Key instead of booking twice', async () => {
    clock.freeze(NOW)
    const backend = startBackend()
    const login = await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role: 'resident' } })
    const headers = { authorization: `Bearer ${(login.body as { token: string }).token}`, 'idempotency-key': 'same-key' }
    const body = { hallId: 'centre', itemId: ITEM, start: THU_10 }
    const first = await backend.handle({ method: 'POST', url: '/api/appointments', headers, body })
    const again = await backend.handle({ method: 'POST', url: '/api/appointments', headers, body })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect((again.body as Appointment).id).toBe((first.body as Appointment).id)
    const list = await backend.handle({ method: 'GET', url: '/api/appointments', headers })
    expect((list.body as { total: number }).total).toBe(1)
  })
})

describe('check-in', () => {
  it('gives a queue number on the day, for the right hall and code, once', () => {
    const store = freshStore()
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    const onTheDay = Date.parse('2026-11-26T09:50:00+08:00')
    expect(code(() => checkIn(store, a.id, 'centre', { code: a.checkinCode }, NOW))).toBe('NOT_TODAY')
    expect(code(() => checkIn(store, a.id, 'centre', { code: '000000' === a.checkinCode ? '111111' : '000000' }, onTheDay))).toBe('CODE_INVALID')
    expect(code(() => checkIn(store, a.id, 'sub-wanbo', { code: a.checkinCode }, onTheDay))).toBe('WRONG_HALL')
    const first = checkIn(store, a.id, 'centre', { code: a.checkinCode }, onTheDay)
    expect(first.queueNumber).toBe('A001')
    expect(first.ahead).toBeGreaterThanOrEqual(0)
    expect(checkIn(store, a.id, 'centre', { code: a.checkinCode }, onTheDay).queueNumber).toBe('A001')
    const seen = listAppointments(store, 'u-resident', onTheDay)[0]
    expect(seen).toMatchObject({ status: 'checked-in', queueNumber: 'A001', ahead: first.ahead })
    expect(code(() => cancel(store, 'u-resident', a.id, onTheDay))).toBe('CONFLICT')
    // people ahead go down as the counter serves them
    expect(listAppointments(store, 'u-resident', onTheDay + 600 * 60_000)[0].ahead).toBe(0)
  })

  it('puts the resident checked in by the clerk in the queue the windows call, with the ticket 我已到达 would give', () => {
    const store = freshStore()
    const onTheDay = Date.parse('2026-11-26T09:50:00+08:00')
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    const checked = checkIn(store, a.id, 'centre', { code: a.checkinCode }, onTheDay)
    const [ticket] = myTickets(store, 'u-resident', onTheDay)
    expect(ticket).toMatchObject({ number: checked.queueNumber, lane: 'booked', ahead: checked.ahead, status: 'waiting' })
    const hall = hallSeedById('centre')!
    const calling = hallWindows(hall).filter((w) => windowOrder(store, hall, w, onTheDay).some((t) => t.number === checked.queueNumber))
    expect(calling.length).toBeGreaterThan(0)
    // arriving by the app afterwards is the same ticket, not a second one
    expect(arrive(store, 'u-resident', { appointmentId: a.id, kioskCode: kioskCode('centre', '2026-11-26') }, onTheDay).number).toBe(checked.queueNumber)
    expect(myTickets(store, 'u-resident', onTheDay)).toHaveLength(1)
  })

  it('numbers the day\'s check-ins at a hall in order and refuses a cancelled booking', () => {
    const store = freshStore()
    const onTheDay = Date.parse('2026-11-26T09:50:00+08:00')
    const a = book(store, 'u-resident', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    const b = book(store, 'u-business', { hallId: 'centre', itemId: ITEM, start: THU_10 }, NOW)
    expect(checkIn(store, a.id, 'centre', { code: a.checkinCode }, onTheDay).queueNumber).toBe('A001')
    expect(checkIn(store, b.id, 'centre', { code: b.checkinCode }, onTheDay).queueNumber).toBe('A002')
    const c = book(store, 'u-clerk', { hallId: 'centre', itemId: ITEM, start: THU_1030 }, NOW)
    cancel(store, 'u-clerk', c.id, NOW)
    expect(code(() => checkIn(store, c.id, 'centre', { code: c.checkinCode }, onTheDay))).toBe('CODE_REVOKED')
  })
})
