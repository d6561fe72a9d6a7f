import { Store } from '../store'
import { idCheckCharacter } from '../../src/contract'
import type { UserRecord } from '../account/users'
import { GROUPS, LAST_TICKET_MINUTES, groupOfDepartment } from './plans'
import { hallSeedById } from '../halls/domain'
import { book, slotsFor } from '../appointments/domain'
import { seedUsers } from '../account/domain'
import { getCase } from '../cases/domain'
import { localDate } from '../calendar'
import {
  aheadOf, arrive, callNext, complete, estimateWait, getTicket, groupPlace, hallWindows, itemGroup, kioskCode, miss, myTickets, queueVersion,
  recall, rejoin, revealIdNumber, seededAhead, takeTicket, ticketing, waitForChange, windowQueue, windowsFor, type TicketRecord,
} from './tickets'
import type { Ticket } from '../../src/contract'
import { accessLogOf } from '../safe/access-log'
import { queueNow } from '../halls/queue'
import { ticketStays } from './busy'
import { catalogue } from '../catalogue/items'

// Monday 23 Nov 2026, 09:10 in Panyu: the centre is open 09:00–18:00.
const NOW = Date.parse('2026-11-23T09:10:00+08:00')
const MIN = 60_000
const C_ITEM = 'birth-ss-card' // 区人力资源和社会保障局 → group C (社保医保税务)
const A_ITEM = 'birth-hukou' // 区公安分局 → group A (户政出入境)
const centre = hallSeedById('centre')!

/** A valid ID number for someone born on `birth` (YYYYMMDD). */
const idBornOn = (birth: string, serial = '123') => {
  const first17 = `440126${birth}${serial}`
  return first17 + idCheckCharacter(first17)
}
/** YYYYMMDD `years` years before the frozen day, shifted by `days`. */
const birthYearsAgo = (years: number, days = 0) => {
  const d = new Date(Date.parse(`${localDate(NOW)}T00:00:00Z`) + days * 86_400_000)
  d.setUTCFullYear(d.getUTCFullYear() - years)
  return d.toISOString().slice(0, 10).replace(/-/g, '')
}

function freshStore(): Store {
  const store = new Store()
  seedUsers(store)
  return store
}

function addResident(store: Store, id: string, birth = '19900101'): string {
  store.collection<UserRecord>('users').put(id, { id, role: 'resident', name: `居民${id}`, idNumber: idBornOn(birth) })
  return id
}

/** The real tickets ahead of a ticket as it was answered at `at`: its "ahead" less the hall's seeded people counted in it. */
const realAhead = (store: Store, t: Ticket, at: number) => t.ahead - seededAhead(centre, store.collection<TicketRecord>('tickets').get(t.id)!, at)

/** An item of a window group (the centre serves every item). */
const itemOfGroup = (group: string) => catalogue().find((i) => groupOfDepartment(i.departmentId).id === group)!.id

const code = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return (e as { code: string }).code
  }
  return 'OK'
}

describe('the hall plan', () => {
  it('routes an item to the windows of its department group, the 综合窗口 taking every group', () => {
    expect(itemGroup(C_ITEM)).toBe('C')
    expect(itemGroup(A_ITEM)).toBe('A')
    const cWindows = windowsFor(centre, 'C').map((w) => w.no)
    // The group's own windows on 3 楼 C 区 and the 综合窗口 on the ground floor.
    expect(groupPlace(centre, 'C')).toEqual({ level: 3, zone: 'C', windows: ['A08', 'A09', 'A10', 'A11', 'A12'] })
    for (const w of hallWindows(centre).filter((x) => x.general)) expect(cWindows).toContain(w.no)
    for (const w of hallWindows(centre).filter((x) => !x.general && !x.groups.includes('C'))) expect(cWindows).not.toContain(w.no)
  })

  it('gives every group a window at every hall with counters, and 政务晓屋 none', () => {
    for (const id of ['centre', 'sub-wanbo', 'town-shiqiao']) {
      const hall = hallSeedById(id)!
      for (const g of GROUPS) expect(windowsFor(hall, g.id).length).toBeGreaterThan(0)
      const numbers = hallWindows(hall).map((w) => w.no)
      expect(new Set(numbers).size).toBe(numbers.length)
    }
    expect(hallWindows(hallSeedById('kiosk-001')!)).toEqual([])
  })
})

describe('taking a ticket', () => {
  it('issues numbers per group, prefixed by the group letter', () => {
    const store = freshStore()
    const a = takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    const b = takeTicket(store, addResident(store, 'r2'), { hallId: 'centre', itemId: C_ITEM }, NOW + MIN)
    const c = takeTicket(store, addResident(store, 'r3'), { hallId: 'centre', itemId: A_ITEM }, NOW + 2 * MIN)
    expect([a.number, b.number, c.number]).toEqual(['C001', 'C002', 'A001'])
    expect(b).toMatchObject({ status: 'waiting', lane: 'walk-in', groupName: '社保医保税务', groupPlace: { level: 3, zone: 'C' } })
    expect(realAhead(store, b, NOW + MIN)).toBe(1)
  })

  it('keeps one live ticket per person per hall; a finished one frees them', () => {
    const store = freshStore()
    addResident(store, 'r1')
    takeTicket(store, 'r1', { hallId: 'centre', itemId: C_ITEM }, NOW)
    expect(code(() => takeTicket(store, 'r1', { hallId: 'centre', itemId: A_ITEM }, NOW))).toBe('TICKET_LIVE')
    // another hall is another line
    expect(code(() => takeTicket(store, 'r1', { hallId: 'sub-wanbo', itemId: C_ITEM }, NOW))).toBe('OK')
    callNext(store, 'u-clerk', NOW + MIN)
    complete(store, 'u-clerk', { outcome: 'done' }, NOW + 5 * MIN)
    // 办结 leaves a finished 办件 the resident can rate
    const done = myTickets(store, 'r1', NOW + 5 * MIN).find((x) => x.hallId === 'centre')!
    expect(getCase(store, done.caseId!)).toMatchObject({ ownerId: 'r1', status: 'approved' })
    expect(code(() => takeTicket(store, 'r1', { hallId: 'centre', itemId: A_ITEM }, NOW + 6 * MIN))).toBe('OK')
  })

  it('closes at the last-ticket time and outside opening hours', () => {
    const store = freshStore()
    addResident(store, 'r1')
    // the centre closes at 18:00 on weekdays
    const last = Date.parse('2026-11-23T18:00:00+08:00') - LAST_TICKET_MINUTES.centre * MIN
    expect(ticketing(centre, last - MIN)).toEqual({ open: true, lastTicketAt: '17:30' })
    expect(code(() => takeTicket(store, 'r1', { hallId: 'centre', itemId: C_ITEM }, last))).toBe('TICKETS_CLOSED')
    expect(code(() => takeTicket(store, 'r1', { hallId: 'centre', itemId: C_ITEM }, Date.parse('2026-11-23T08:30:00+08:00')))).toBe('TICKETS_CLOSED')
    expect(code(() => takeTicket(store, 'r1', { hallId: 'centre', itemId: C_ITEM }, last - MIN))).toBe('OK')
  })

  it('refuses 政务晓屋 and items the hall does not handle', () => {
    const store = freshStore()
    expect(code(() => takeTicket(store, 'u-resident', { hallId: 'kiosk-001', itemId: C_ITEM }, NOW))).toBe('SELF_SERVICE')
    // town centres handle personal matters only
    expect(code(() => takeTicket(store, 'u-resident', { hallId: 'town-shiqiao', itemId: 'company-registration' }, NOW))).toBe('NOT_SERVED')
    expect(code(() => takeTicket(store, 'u-resident', { hallId: 'centre', itemId: 'no-such-item' }, NOW))).toBe('NOT_FOUND')
  })

  it('gives 200 residents taking tickets at once 200 distinct numbers in order', async () => {
    const store = freshStore()
    const ids = Array.from({ length: 200 }, (_, i) => addResident(store, `p${i}`))
    const numbers = await Promise.all(ids.map((id) => Promise.resolve().then(() => takeTicket(store, id, { hallId: 'centre', itemId: C_ITEM }, NOW).number)))
    expect(new Set(numbers).size).toBe(200)
    expect(numbers).toEqual(ids.map((_, i) => `C${String(i + 1).padStart(3, '0')}`))
    const last = myTickets(store, 'p199', NOW)[0]
    expect(realAhead(store, last, NOW)).toBe(199)
  })
})

describe('serving order', () => {
  it('calls 长者 (60+ by the ID number) and 爱心 first at windows that take them, booked before walk-ins, then by arrival', () => {
    const store = freshStore()
    const young = addResident(store, 'young', birthYearsAgo(59, -1)) // turns 60 tomorrow
    const elder = addResident(store, 'elder', birthYearsAgo(60)) // 60 today
    const care = addResident(store, 'care')
    const walk = addResident(store, 'walk')
    const t1 = takeTicket(store, walk, { hallId: 'centre', itemId: C_ITEM }, NOW)
    const t2 = takeTicket(store, young, { hallId: 'centre', itemId: C_ITEM }, NOW + MIN)
    const t3 = takeTicket(store, elder, { hallId: 'centre', itemId: C_ITEM }, NOW + 2 * MIN)
    const t4 = takeTicket(store, care, { hallId: 'centre', itemId: C_ITEM, care: true }, NOW + 3 * MIN)
    expect(t2.priority).toBeUndefined()
    expect(t3.priority).toBe('elder')
    expect(t4.priority).toBe('care')
    // booked resident arrives last but goes ahead of walk-ins
    const apt = book(store, 'u-resident', { hallId: 'centre', itemId: C_ITEM, start: '2026-11-23T09:30:00+08:00' }, NOW)
    const t5 = arrive(store, 'u-resident', { appointmentId: apt.id, kioskCode: kioskCode('centre', localDate(NOW)) }, NOW + 4 * MIN)
    expect(t5.lane).toBe('booked')
    // A08 takes priority tickets (the demo clerk's window)
    const order = windowQueue(store, 'u-clerk', NOW + 5 * MIN).queue.filter((e) => e.kind === 'ticket').map((e) => e.label)
    expect(order).toEqual([t3.number, t4.number, t5.number, t1.number, t2.number])
    // A09 takes no priority: booked first, then by arrival
    store.collection<UserRecord>('users').put('u-clerk', { ...store.collection<UserRecord>('users').get('u-clerk')!, windowNo: 'A09' })
    const plain = windowQueue(store, 'u-clerk', NOW + 5 * MIN).queue.filter((e) => e.kind === 'ticket').map((e) => e.label)
    expect(plain).toEqual([t5.number, t1.number, t2.number, t3.number, t4.number])
    // call next follows the order
    expect(callNext(store, 'u-clerk', NOW + 6 * MIN).current?.label).toBe(t5.number)
  })

  it('shows the called ticket its window and place, and refuses a second call before 完成', () => {
    const store = freshStore()
    const t = takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    callNext(store, 'u-clerk', NOW + MIN)
    expect(getTicket(store, 'r1', t.id, NOW + MIN)).toMatchObject({ status: 'called', calledTo: { windowNo: 'A08', level: 3, zone: 'C' }, ahead: 0 })
    expect(code(() => callNext(store, 'u-clerk', NOW + 2 * MIN))).toBe('WINDOW_BUSY')
    recall(store, 'u-clerk', NOW + 2 * MIN)
    expect(getTicket(store, 'r1', t.id, NOW + 2 * MIN).recalls).toBe(1)
  })

  it('核对证件: shows the serving clerk the full ID number for 30 s, logs each look in the resident\'s safe, and no one else\'s', () => {
    const store = freshStore()
    expect(code(() => revealIdNumber(store, 'u-clerk', NOW))).toBe('NO_CURRENT')
    takeTicket(store, addResident(store, 'r1', '19620315'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    callNext(store, 'u-clerk', NOW + MIN)
    const shown = revealIdNumber(store, 'u-clerk', NOW + 2 * MIN)
    expect(shown).toEqual({ idNumber: idBornOn('19620315'), visibleUntil: new Date(NOW + 2 * MIN + 30_000).toISOString() })
    const log = accessLogOf(store, 'r1')
    expect(log).toEqual([expect.objectContaining({ purpose: 'id-check', clerkNameMasked: expect.stringMatching(/^.\*+$/), windowNo: 'A08', documents: [{ id: 'id-number', name: '居民身份证号码' }] })])
    expect(JSON.stringify(log)).not.toContain(shown.idNumber)
    expect(accessLogOf(store, 'r2')).toEqual([])
  })

  it('lets a missed ticket rejoin at the back once', () => {
    const store = freshStore()
    const first = takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    const second = takeTicket(store, addResident(store, 'r2'), { hallId: 'centre', itemId: C_ITEM }, NOW + MIN)
    callNext(store, 'u-clerk', NOW + 2 * MIN)
    miss(store, 'u-clerk', NOW + 3 * MIN)
    expect(getTicket(store, 'r1', first.id, NOW + 3 * MIN)).toMatchObject({ status: 'missed', canRejoin: true })
    const back = rejoin(store, 'r1', first.id, NOW + 4 * MIN)
    expect(back).toMatchObject({ status: 'waiting', canRejoin: false })
    expect(realAhead(store, back, NOW + 4 * MIN)).toBe(1)
    expect(callNext(store, 'u-clerk', NOW + 5 * MIN).current?.label).toBe(second.number)
    complete(store, 'u-clerk', { outcome: 'done' }, NOW + 6 * MIN)
    callNext(store, 'u-clerk', NOW + 7 * MIN)
    miss(store, 'u-clerk', NOW + 8 * MIN)
    expect(getTicket(store, 'r1', first.id, NOW + 8 * MIN).canRejoin).toBe(false)
    expect(code(() => rejoin(store, 'r1', first.id, NOW + 9 * MIN))).toBe('REJOIN_USED')
  })

  it('estimates the wait as people ahead × minutes each, shared by the group windows', () => {
    const store = freshStore()
    const ids = Array.from({ length: 12 }, (_, i) => addResident(store, `w${i}`))
    const taken = ids.map((id, i) => takeTicket(store, id, { hallId: 'centre', itemId: C_ITEM }, NOW + i * 1000))
    const windows = windowsFor(centre, 'C').length
    const usual = GROUPS.find((g) => g.id === 'C')!.serviceMinutes
    const last = getTicket(store, 'w11', taken[11].id, NOW + 11_000)
    expect(realAhead(store, last, NOW + 11_000)).toBe(11)
    expect(last.ahead).toBeGreaterThan(11)
    expect(last.estimatedWaitMinutes).toBe(Math.ceil((last.ahead * usual) / windows))
    expect(estimateWait(0, usual, windows)).toBe(0)
    // once the hall served someone today, its own average replaces the usual figure
    callNext(store, 'u-clerk', NOW + MIN)
    complete(store, 'u-clerk', { outcome: 'done' }, NOW + 5 * MIN)
    const later = getTicket(store, 'w11', taken[11].id, NOW + 5 * MIN)
    expect(realAhead(store, later, NOW + 5 * MIN)).toBe(10)
    expect(later.estimatedWaitMinutes).toBe(Math.ceil((later.ahead * 4) / windows))
  })
})

describe('arriving with a booking', () => {
  it('checks in within 300 m of the hall or with the kiosk code, once', () => {
    const store = freshStore()
    const apt = book(store, 'u-resident', { hallId: 'centre', itemId: A_ITEM, start: '2026-11-23T10:00:00+08:00' }, NOW)
    // about 1 km north of the hall
    expect(code(() => arrive(store, 'u-resident', { appointmentId: apt.id, lng: centre.lng, lat: centre.lat + 0.009 }, NOW))).toBe('TOO_FAR')
    expect(code(() => arrive(store, 'u-resident', { appointmentId: apt.id, kioskCode: '000000' === kioskCode('centre', localDate(NOW)) ? '111111' : '000000' }, NOW))).toBe('CODE_INVALID')
    // about 200 m away
    const t = arrive(store, 'u-resident', { appointmentId: apt.id, lng: centre.lng, lat: centre.lat + 0.0018 }, NOW)
    expect(t).toMatchObject({ lane: 'booked', number: 'A001' })
    expect(arrive(store, 'u-resident', { appointmentId: apt.id, lng: centre.lng, lat: centre.lat }, NOW + MIN).id).toBe(t.id)
  })

  it('refuses a booking of another day', () => {
    const store = freshStore()
    const apt = book(store, 'u-resident', { hallId: 'centre', itemId: A_ITEM, start: '2026-11-24T10:00:00+08:00' }, NOW)
    expect(code(() => arrive(store, 'u-resident', { appointmentId: apt.id, lng: centre.lng, lat: centre.lat }, NOW))).toBe('NOT_TODAY')
  })
})

describe("the clerk's window", () => {
  it('completes with an outcome and counts the day: served, average wait, average service', () => {
    const store = freshStore()
    const a = takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    const b = takeTicket(store, addResident(store, 'r2'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    callNext(store, 'u-clerk', NOW + 4 * MIN)
    complete(store, 'u-clerk', { outcome: 'supplement', missing: ['户口簿原件'] }, NOW + 10 * MIN)
    expect(getTicket(store, 'r1', a.id, NOW + 10 * MIN)).toMatchObject({ status: 'supplement', missing: ['户口簿原件'] })
    callNext(store, 'u-clerk', NOW + 12 * MIN)
    const after = complete(store, 'u-clerk', { outcome: 'transfer', toWindow: 'A04' }, NOW + 14 * MIN)
    // waited 4 and 12 minutes; served 6 and 2 minutes
    expect(after.figures).toEqual({ served: 2, averageWaitMinutes: 8, averageServiceMinutes: 4 })
    // the transferred ticket waits for A04 only
    expect(getTicket(store, 'r2', b.id, NOW + 14 * MIN)).toMatchObject({ status: 'waiting', groupPlace: { level: 1, zone: 'A', windows: ['A04'] } })
    expect(code(() => complete(store, 'u-clerk', { outcome: 'done' }, NOW + 15 * MIN))).toBe('NO_CURRENT')
    // 需补正 is a to-do on the resident's 办件 saying what to bring; a transfer makes none
    const todo = getCase(store, getTicket(store, 'r1', a.id, NOW + 14 * MIN).caseId!)!
    expect(todo).toMatchObject({ ownerId: 'r1', status: 'needs-correction', sourceId: C_ITEM })
    expect(todo.events[todo.events.length - 1].text).toContain('户口簿原件')
    expect(getTicket(store, 'r2', b.id, NOW + 14 * MIN).caseId).toBeUndefined()
    expect(code(() => callNext(store, 'u-clerk', NOW + 15 * MIN))).toBe('QUEUE_EMPTY')
  })

  it("lists today's appointments for the window's groups after the tickets", () => {
    const store = freshStore()
    const free = (itemId: string) => slotsFor(store, 'centre', itemId, localDate(NOW), NOW).items.find((s) => s.booked < s.capacity)!.start
    const cStart = free(C_ITEM)
    book(store, 'u-resident', { hallId: 'centre', itemId: C_ITEM, start: cStart }, NOW)
    book(store, 'u-business', { hallId: 'centre', itemId: A_ITEM, start: free(A_ITEM) }, NOW)
    takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    const queue = windowQueue(store, 'u-clerk', NOW).queue
    // A08 takes group C only: the A booking is another window's
    expect(queue.map((e) => [e.kind, e.label])).toEqual([['ticket', 'C001'], ['appointment', cStart.slice(11, 16)]])
  })
})

describe('the booked 情形 at the window', () => {
  it('names the situation on the appointment in the queue, and on the ticket it turns into on arrival', () => {
    const store = freshStore()
    const item = 'rsj-3-0-p' // 就业失业登记 (人社 → group C, window A08's)
    const start = slotsFor(store, 'centre', item, localDate(NOW), NOW).items.find((s) => s.booked < s.capacity)!.start
    const apt = book(store, 'u-resident', { hallId: 'centre', itemId: item, start, situationId: 'transfer' }, NOW)
    takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, NOW)
    const before = windowQueue(store, 'u-clerk', NOW).queue
    expect(before.find((e) => e.kind === 'appointment')).toMatchObject({ id: apt.id, itemName: '就业失业登记', situationName: '关系转移接续' })
    expect(before.find((e) => e.kind === 'ticket')!.situationName).toBeUndefined()
    const ticket = arrive(store, 'u-resident', { appointmentId: apt.id, lng: centre.lng, lat: centre.lat }, NOW)
    const after = windowQueue(store, 'u-clerk', NOW).queue
    expect(after.find((e) => e.id === ticket.id)).toMatchObject({ kind: 'ticket', situationName: '关系转移接续' })
  })
})

describe('waiting for a change', () => {
  it('wakes a waiter on the next change at the hall, and times out otherwise', async () => {
    const store = freshStore()
    addResident(store, 'r1')
    const v = queueVersion(store, 'centre')
    const woke = waitForChange(store, 'centre', v, 5_000).then(() => queueVersion(store, 'centre'))
    takeTicket(store, 'r1', { hallId: 'centre', itemId: C_ITEM }, NOW)
    await expect(woke).resolves.toBe(v + 1)
    const started = performance.now()
    await waitForChange(store, 'centre', v + 1, 30)
    expect(performance.now() - started).toBeGreaterThanOrEqual(25)
    expect(queueVersion(store, 'centre')).toBe(v + 1)
  })
})

it('counts nobody ahead of a ticket that is no longer waiting', () => {
  const store = freshStore()
  const t = takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, NOW)
  callNext(store, 'u-clerk', NOW + MIN)
  const record = store.collection<TicketRecord>('tickets').get(t.id)!
  expect(aheadOf(store, centre, record, NOW + MIN)).toBe(0)
})

describe("the hall's seeded people ahead (one queue model)", () => {
  // Tuesday 24 Nov 2026, 10:00: the morning peak at the centre (the e2e clock)
  const TEN = Date.parse('2026-11-24T10:00:00+08:00')

  it('counts the seeded people of the group still waiting: more than none at a busy hall, never more than its queue', () => {
    const store = freshStore()
    const t = takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, TEN)
    expect(t.ahead).toBeGreaterThan(0)
    expect(t.ahead).toBeLessThanOrEqual(queueNow(centre, TEN, ticketStays(store, 'centre')))
    expect(t.estimatedWaitMinutes).toBe(Math.ceil((t.ahead * GROUPS.find((g) => g.id === 'C')!.serviceMinutes) / windowsFor(centre, 'C').length))
    // the groups share the hall's queue: every group's newcomer together is no more than the queue
    const others = (['A', 'B', 'D', 'E'] as const).map((g, i) => takeTicket(store, addResident(store, `g${i}`), { hallId: 'centre', itemId: itemOfGroup(g) }, TEN))
    const total = [t, ...others].reduce((sum, x) => sum + x.ahead, 0)
    expect(others.every((x) => x.ahead > 0)).toBe(true)
    expect(total).toBeLessThanOrEqual(queueNow(centre, TEN, ticketStays(store, 'centre')))
  })

  it('falls as the seeded people are called, with no real ticket served, to none once all before it have gone', () => {
    const store = freshStore()
    const t = takeTicket(store, addResident(store, 'r1'), { hallId: 'centre', itemId: C_ITEM }, TEN)
    const later = getTicket(store, 'r1', t.id, TEN + 15 * MIN)
    expect(later.ahead).toBeLessThan(t.ahead)
    expect(later.estimatedWaitMinutes).toBeLessThan(t.estimatedWaitMinutes)
    // a seeded wait is at most 30 minutes; newcomers after the ticket never count
    expect(getTicket(store, 'r1', t.id, TEN + 31 * MIN).ahead).toBe(0)
  })

  it('gives the same figure for the same hall, day and time', () => {
    const figure = () => {
      const store = freshStore()
      return takeTicket(store, addResident(store, 'r1'), { hallId: 'sub-wanbo', itemId: C_ITEM }, TEN + 7 * MIN).ahead
    }
    expect(figure()).toBeGreaterThan(0)
    expect(figure()).toBe(figure())
  })

  it('puts booked and 长者 tickets before the seeded walk-ins, as before real ones', () => {
    const store = freshStore()
    const elder = takeTicket(store, addResident(store, 'elder', birthYearsAgo(70)), { hallId: 'centre', itemId: C_ITEM }, TEN)
    expect(elder).toMatchObject({ priority: 'elder', ahead: 0 })
  })

  it('counts only real tickets at a hall with no seeded people (closed that day)', () => {
    const store = freshStore()
    // Sunday 22 Nov: the centre is closed, its seeded history empty
    const sunday = Date.parse('2026-11-22T10:00:00+08:00')
    const record = (id: string, seq: number): TicketRecord => ({
      id, hallId: 'centre', ownerId: id, itemId: C_ITEM, group: 'C', day: '2026-11-22', seq, number: `C00${seq}`, lane: 'walk-in',
      status: 'waiting', takenAt: sunday + seq * MIN, queuedAt: sunday + seq * MIN, rejoins: 0, recalls: 0,
    })
    for (const r of [record('t1', 1), record('t2', 2)]) store.collection<TicketRecord>('tickets').put(r.id, r)
    expect(queueNow(centre, sunday + 5 * MIN)).toBe(0)
    expect(aheadOf(store, centre, record('t2', 2), sunday + 5 * MIN)).toBe(1)
    expect(aheadOf(store, centre, record('t1', 1), sunday + 5 * MIN)).toBe(0)
  })
})
