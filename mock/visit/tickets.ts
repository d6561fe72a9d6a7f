/**
 * The visit: tickets (在线取号), arrival of booked residents, and the clerk's
 * window (叫号). Rules live in data (`data/hall-plans.ts`); this file applies
 * them. Like appointments, every check-and-write runs synchronously, so on
 * the mock's single JS thread two residents taking tickets at once cannot get
 * the same number.
 *
 * Every change at a hall bumps the hall's queue version and wakes whoever
 * waits on it (`waitForChange`): the resident's ticket screen long-polls
 * with the version it has.
 */
import type {
  ArriveRequest, AttachCodeRequest, ClerkOutcome, CompleteRequest, HallPlan, HallWindow, QueueEntry, TakeTicketRequest, Ticket, TicketingState,
  SafeDocument, TicketLane, TicketPriority, TicketStatus, WindowFigures, WindowGroup, WindowPlace, WindowQueue,
} from '../../src/contract'
import { birthDateFromId, ID_REVEAL_SECONDS, maskName, openState, type RevealIdResponse } from '../../src/contract'
import { ApiFailure, fail } from '../errors'
import { type HallSeed } from '../halls/data'
import { hallServes } from '../halls/routing'
import { hashFraction } from '../hash'
import { itemById } from '../catalogue/items'
import { ARRIVE_RADIUS_M, ELDER_AGE, GROUPS, LAST_TICKET_MINUTES, PLANS, REJOINS_ALLOWED, groupById, groupOfDepartment } from './plans'
import { newId } from '../ids'
import type { Store } from '../store'
import { markArrived, type AppointmentRecord } from '../appointments/domain'
import { createCase, recordStep } from '../cases/domain'
import { logIdCheck } from '../safe/access-log'
import { documents } from '../safe/documents'
import { resolveCode } from '../safe/codes'
import { clerkOf, userRecord } from '../account/domain'
import { limitAttempts } from '../attempts'
import { redeemCode } from '../clerk/counter'
import { distanceKm, toGcj02 } from '../halls/geo'
import { hallOrThrow } from '../halls/domain'
import { holidayOn } from '../holidays'
import { localDate, localTime } from '../calendar'
import { seededHistory, type Stay } from '../halls/queue'

export interface TicketRecord {
  id: string
  hallId: string
  ownerId: string
  itemId: string
  group: WindowGroup
  /** local date the ticket belongs to */
  day: string
  /** per hall, day and group: 1, 2, 3 … */
  seq: number
  number: string
  lane: TicketLane
  priority?: TicketPriority
  status: TicketStatus
  takenAt: number
  /** where it stands in line: taken, or rejoined at the back */
  queuedAt: number
  rejoins: number
  /** a transfer names the one window that may call it */
  onlyWindow?: string
  calledAt?: number
  calledWindow?: string
  recalls: number
  missing?: string[]
  appointmentId?: string
  /** the 办件 the counter's outcome made */
  caseId?: string
  /** documents handed in with 收件码 at the window while it was served (ids in the owner's safe) */
  documentIds?: string[]
}

/** One finished service at a window: the day's figures. */
interface ServiceRecord {
  id: string
  hallId: string
  windowNo: string
  day: string
  waitMs: number
  serviceMs: number
  outcome: ClerkOutcome
}

const tickets = (store: Store) => store.collection<TicketRecord>('tickets')
const services = (store: Store) => store.collection<ServiceRecord>('window-services')
const versions = (store: Store) => store.collection<{ version: number }>('queue-versions')

const LIVE: TicketStatus[] = ['waiting', 'called']

// ── the hall's plan ───────────────────────────────────────────────

export function planFloors(hall: HallSeed) {
  return PLANS[hall.kind]
}

export function hallWindows(hall: HallSeed): Array<HallWindow & { level: number; zone: string }> {
  return planFloors(hall).flatMap((floor) => floor.zones.flatMap((zone) => zone.windows.map((w) => ({ ...w, level: floor.level, zone: zone.id }))))
}

export function windowOrThrow(hall: HallSeed, windowNo: string | undefined) {
  const found = hallWindows(hall).find((w) => w.no === windowNo)
  if (!found) throw fail.notFound('窗口')
  return found
}

export function placeOf(hall: HallSeed, windowNo: string): WindowPlace {
  const w = windowOrThrow(hall, windowNo)
  return { windowNo: w.no, level: w.level, zone: w.zone }
}

/** Where a group is served: its own windows if it has any, else the 综合窗口. */
export function groupPlace(hall: HallSeed, group: WindowGroup): { level: number; zone: string; windows: string[] } {
  const all = hallWindows(hall).filter((w) => w.groups.includes(group))
  const own = all.filter((w) => !w.general)
  const chosen = own.length ? own : all
  if (!chosen.length) return { level: 1, zone: '', windows: [] }
  return { level: chosen[0].level, zone: chosen[0].zone, windows: chosen.filter((w) => w.level === chosen[0].level && w.zone === chosen[0].zone).map((w) => w.no) }
}

export function itemGroup(itemId: string): WindowGroup {
  const item = itemById(itemId)
  if (!item) throw fail.notFound('事项')
  return groupOfDepartment(item.departmentId).id
}

/** Windows that take a group, in window order. */
export function windowsFor(hall: HallSeed, group: WindowGroup) {
  return hallWindows(hall).filter((w) => w.groups.includes(group))
}

// ── time ──────────────────────────────────────────────────────────

const toMin = (hhmm: string) => parseInt(hhmm.slice(0, 2), 10) * 60 + parseInt(hhmm.slice(3, 5), 10)
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

function localClock(nowMs: number) {
  const { weekday, hour, minute } = localTime(nowMs)
  return { weekday, minutes: hour * 60 + minute }
}

/** The ticket machine: open inside an opening period until its last-ticket time; never on holidays or at 政务晓屋. */
export function ticketing(hall: HallSeed, nowMs: number): TicketingState {
  if (hall.kind === 'kiosk') return { open: false, reason: 'self-service' }
  if (holidayOn(localDate(nowMs))) return { open: false, reason: 'holiday' }
  const { weekday, minutes } = localClock(nowMs)
  const state = openState(hall.hours, weekday, minutes)
  if (!state.open || !state.closesAt) return { open: false, reason: 'closed' }
  const last = toMin(state.closesAt) - LAST_TICKET_MINUTES[hall.kind]
  if (minutes >= last) return { open: false, lastTicketAt: hhmm(last), reason: 'last-ticket-passed' }
  return { open: true, lastTicketAt: hhmm(last) }
}

function hallOpen(hall: HallSeed, nowMs: number): boolean {
  if (hall.kind === 'kiosk' || holidayOn(localDate(nowMs))) return false
  const { weekday, minutes } = localClock(nowMs)
  return openState(hall.hours, weekday, minutes).open
}

/** Age in whole years on the local date. */
export function ageOn(idNumber: string, nowMs: number): number {
  const birth = birthDateFromId(idNumber)
  const today = localDate(nowMs)
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4))
  return today.slice(5) < birth.slice(5) ? years - 1 : years
}

export function hallPlan(hall: HallSeed, nowMs: number): HallPlan {
  return {
    hallId: hall.id,
    hallName: hall.name,
    simple: hall.kind === 'town' || hall.kind === 'kiosk',
    selfService: hall.kind === 'kiosk',
    floors: planFloors(hall),
    groups: GROUPS.map((g) => ({ id: g.id, name: g.name })),
    ticketing: ticketing(hall, nowMs),
  }
}

/** The 6 digits a hall's kiosk shows on a day: proof of being there without a position. */
export function kioskCode(hallId: string, day: string): string {
  return String(Math.floor(hashFraction(`kiosk:${hallId}:${day}`) * 1_000_000)).padStart(6, '0')
}

// ── the queue ─────────────────────────────────────────────────────

/**
 * Serving order at a window: 长者/爱心 first where the window takes them, then
 * booked residents who checked in, then walk-ins; each by when they joined.
 * A ticket that rejoined after 过号 lost its place and its precedence.
 */
export function rankKey(t: TicketRecord, priorityWindow: boolean): number[] {
  if (t.rejoins > 0) return [1, 1, t.queuedAt, t.seq]
  return [priorityWindow && t.priority ? 0 : 1, t.lane === 'booked' ? 0 : 1, t.queuedAt, t.seq]
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

function waitingAt(store: Store, hallId: string, day: string): TicketRecord[] {
  return tickets(store).filter((t) => t.hallId === hallId && t.day === day && t.status === 'waiting')
}

/** Waiting tickets a window may call, in the order it calls them. */
export function windowOrder(store: Store, hall: HallSeed, window: HallWindow, nowMs: number): TicketRecord[] {
  return waitingAt(store, hall.id, localDate(nowMs))
    .filter((t) => (t.onlyWindow ? t.onlyWindow === window.no : window.groups.includes(t.group)))
    .sort((a, b) => compareKeys(rankKey(a, window.priority), rankKey(b, window.priority)))
}

/**
 * People of the same group to be served before this ticket (at the group's windows, priority counted where any takes
 * it): the real tickets, and the hall's seeded people still waiting now (`seededAhead`), so "ahead" is a part of the
 * queue the hall shows.
 */
export function aheadOf(store: Store, hall: HallSeed, ticket: TicketRecord, nowMs: number): number {
  if (ticket.status !== 'waiting') return 0
  const priorityWindow = windowsFor(hall, ticket.group).some((w) => w.priority)
  const mine = rankKey(ticket, priorityWindow)
  const real = waitingAt(store, hall.id, ticket.day).filter((t) => t.id !== ticket.id && t.group === ticket.group && compareKeys(rankKey(t, priorityWindow), mine) < 0).length
  return real + seededAhead(hall, ticket, nowMs)
}

/** Each window's share of the hall's people, split evenly among the groups it takes: how seeded people spread over groups. */
function groupWeights(hall: HallSeed): Array<{ group: WindowGroup; weight: number }> {
  const weights = new Map<WindowGroup, number>()
  for (const w of hallWindows(hall)) for (const g of w.groups) weights.set(g, (weights.get(g) ?? 0) + 1 / w.groups.length)
  return [...weights].map(([group, weight]) => ({ group, weight }))
}

const seededGroups = new WeakMap<Stay[], Array<WindowGroup | undefined>>()

/**
 * The window group of each seeded stay of a day's history, made once per history (remembered with the memoised array):
 * a stable fraction of the hall id and takenAt picks a group, weighted by the windows that take it.
 */
function groupsOfSeeded(hall: HallSeed, stays: Stay[]): Array<WindowGroup | undefined> {
  const cached = seededGroups.get(stays)
  if (cached) return cached
  const weights = groupWeights(hall)
  const total = weights.reduce((sum, w) => sum + w.weight, 0)
  const groups = stays.map((s) => {
    let left = hashFraction(`${hall.id}:${s.takenAt}`) * total
    return weights.find((w) => (left -= w.weight) < 0)?.group ?? weights[weights.length - 1]?.group
  })
  seededGroups.set(stays, groups)
  return groups
}

/**
 * Seeded people (`seededHistory` of the queue model, the one `queueNow` counts) of the ticket's group, still waiting now,
 * served before it: walk-ins without priority who took their ticket before it joined the line. A booked or 长者/爱心
 * ticket passes them as it passes real walk-ins. They leave at their `leftAt`, so the figure falls with time.
 */
export function seededAhead(hall: HallSeed, ticket: TicketRecord, nowMs: number): number {
  if (ticket.status !== 'waiting') return 0
  const mine = rankKey(ticket, windowsFor(hall, ticket.group).some((w) => w.priority))
  // a seeded person ranks as [1, 1, takenAt, 0]: ahead of a walk-in whose line place is that time or later
  if (mine[0] === 0 || mine[1] === 0) return 0
  const joined = mine[2]
  const stays = seededHistory(hall, ticket.day)
  const groups = groupsOfSeeded(hall, stays)
  let n = 0
  for (let i = 0; i < stays.length; i++) {
    const s = stays[i]
    if (s.takenAt <= joined && s.takenAt <= nowMs && nowMs < s.leftAt && groups[i] === ticket.group) n++
  }
  return n
}

/** Minutes one resident of the group takes: today's average at this hall once there is one, else the usual figure. */
export function serviceMinutes(store: Store, hall: HallSeed, group: WindowGroup, day: string): number {
  const windowsOfGroup = new Set(windowsFor(hall, group).filter((w) => !w.general).map((w) => w.no))
  const done = services(store).filter((s) => s.hallId === hall.id && s.day === day && windowsOfGroup.has(s.windowNo))
  if (!done.length) return groupById(group).serviceMinutes
  return done.reduce((sum, s) => sum + s.serviceMs, 0) / done.length / 60_000
}

/** Wait estimate: people ahead × minutes each, shared among the windows that take the group. */
export function estimateWait(ahead: number, minutesEach: number, windows: number): number {
  return Math.ceil((ahead * minutesEach) / Math.max(1, windows))
}

// ── versions and waiting for a change ─────────────────────────────

const waiters = new WeakMap<Store, Map<string, Set<() => void>>>()

export function queueVersion(store: Store, hallId: string): number {
  return versions(store).get(hallId)?.version ?? 0
}

function bump(store: Store, hallId: string): void {
  versions(store).put(hallId, { version: queueVersion(store, hallId) + 1 })
  const byHall = waiters.get(store)?.get(hallId)
  if (!byHall) return
  for (const wake of [...byHall]) wake()
}

/** Resolves when the hall's queue version is no longer `version`, or after `timeoutMs`. */
export function waitForChange(store: Store, hallId: string, version: number, timeoutMs: number): Promise<void> {
  if (queueVersion(store, hallId) !== version) return Promise.resolve()
  return new Promise((resolve) => {
    let byStore = waiters.get(store)
    if (!byStore) waiters.set(store, (byStore = new Map()))
    let byHall = byStore.get(hallId)
    if (!byHall) byStore.set(hallId, (byHall = new Set()))
    const set = byHall
    const done = () => {
      clearTimeout(timer)
      set.delete(done)
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    set.add(done)
  })
}

// ── the resident ──────────────────────────────────────────────────

function liveTicket(store: Store, ownerId: string, hallId: string, day: string): TicketRecord | undefined {
  return tickets(store).filter((t) => t.ownerId === ownerId && t.hallId === hallId && t.day === day && LIVE.includes(t.status))[0]
}

function priorityOf(store: Store, ownerId: string, care: boolean | undefined, nowMs: number): TicketPriority | undefined {
  const id = userRecord(store, ownerId)?.idNumber
  if (id && ageOn(id, nowMs) >= ELDER_AGE) return 'elder'
  return care ? 'care' : undefined
}

function issue(store: Store, fields: Omit<TicketRecord, 'id' | 'seq' | 'number' | 'day' | 'status' | 'takenAt' | 'queuedAt' | 'rejoins' | 'recalls'>, nowMs: number): TicketRecord {
  const day = localDate(nowMs)
  const seq = tickets(store).filter((t) => t.hallId === fields.hallId && t.day === day && t.group === fields.group).length + 1
  const record: TicketRecord = {
    ...fields, id: newId('tkt', nowMs), day, seq, number: `${fields.group}${String(seq).padStart(3, '0')}`,
    status: 'waiting', takenAt: nowMs, queuedAt: nowMs, rejoins: 0, recalls: 0,
  }
  tickets(store).put(record.id, record)
  bump(store, record.hallId)
  return record
}

/** 在线取号: a walk-in ticket for an item the hall handles, while the machine issues numbers; one live ticket per person per hall. */
export function takeTicket(store: Store, ownerId: string, req: TakeTicketRequest, nowMs: number): Ticket {
  const fields: Record<string, string> = {}
  if (typeof req?.hallId !== 'string' || !req.hallId) fields.hallId = '请选择场所'
  if (typeof req?.itemId !== 'string' || !req.itemId) fields.itemId = '请选择事项'
  if (req?.care !== undefined && typeof req.care !== 'boolean') fields.care = '应为 true 或 false'
  if (Object.keys(fields).length) throw fail.badRequest('取号信息不完整', fields)
  const hall = hallOrThrow(req.hallId)
  const item = itemById(req.itemId)
  if (!item) throw fail.notFound('事项')
  const state = ticketing(hall, nowMs)
  if (state.reason === 'self-service') throw new ApiFailure(409, 'SELF_SERVICE', '政务晓屋为自助办理，无需取号')
  if (!hallServes(hall, item)) throw new ApiFailure(400, 'NOT_SERVED', '该场所不办理此事项')
  if (!state.open) throw new ApiFailure(409, 'TICKETS_CLOSED', state.reason === 'last-ticket-passed' ? `今日取号已于 ${state.lastTicketAt} 截止` : '当前不在取号时间')
  // ── critical section: check and issue with nothing async in between ──
  if (liveTicket(store, ownerId, hall.id, localDate(nowMs))) throw new ApiFailure(409, 'TICKET_LIVE', '您在本场所已有未办结的号')
  const record = issue(store, { hallId: hall.id, ownerId, itemId: item.id, group: groupOfDepartment(item.departmentId).id, lane: 'walk-in', priority: priorityOf(store, ownerId, req.care, nowMs) }, nowMs)
  return toTicket(store, record, nowMs)
}

/**
 * "我已到达": a booked resident on the day of the booking, at the hall (within
 * ARRIVE_RADIUS_M of the position the app sends, or with the code the hall's
 * kiosk shows) gets a ticket in the booked lane. Arriving twice gives the same ticket.
 */
export function arrive(store: Store, ownerId: string, req: ArriveRequest, nowMs: number): Ticket {
  if (typeof req?.appointmentId !== 'string' || !req.appointmentId) throw fail.badRequest('缺少预约', { appointmentId: '必填' })
  const appointment = store.collection<AppointmentRecord>('appointments').get(req.appointmentId)
  if (!appointment || appointment.ownerId !== ownerId) throw fail.notFound('预约')
  if (appointment.status === 'cancelled') throw fail.gone('CODE_REVOKED', '该预约已取消')
  const existing = ticketOfBooking(store, appointment.id)
  if (existing) return toTicket(store, existing, nowMs)
  const hall = hallOrThrow(appointment.hallId)
  const day = localDate(nowMs)
  if (localDate(Date.parse(appointment.start)) !== day) throw fail.conflict('NOT_TODAY', '只能在预约当天签到')
  if (Date.parse(appointment.end) + 30 * 60_000 < nowMs) throw fail.gone('CODE_EXPIRED', '预约时段已过，请重新预约')
  if (!hallOpen(hall, nowMs)) throw new ApiFailure(409, 'TICKETS_CLOSED', '当前不在办公时间')
  const hasPosition = typeof req.lng === 'number' && typeof req.lat === 'number' && Number.isFinite(req.lng) && Number.isFinite(req.lat)
  if (typeof req.kioskCode === 'string' && req.kioskCode) {
    if (req.kioskCode !== kioskCode(hall.id, day)) throw new ApiFailure(400, 'CODE_INVALID', '签到码无效')
  } else if (hasPosition) {
    if (req.crs !== undefined && req.crs !== 'gcj02' && req.crs !== 'wgs84') throw fail.badRequest('坐标系无效', { crs: '应为 gcj02 或 wgs84' })
    if (distanceKm(toGcj02({ lng: req.lng!, lat: req.lat! }, req.crs), hall) * 1000 > ARRIVE_RADIUS_M) throw new ApiFailure(403, 'TOO_FAR', `请到达大厅 ${ARRIVE_RADIUS_M} 米内再签到，或扫描大厅自助机上的签到码`)
  } else {
    throw fail.badRequest('请提供位置或签到码', { kioskCode: '必填其一' })
  }
  return toTicket(store, bookedTicket(store, appointment, nowMs), nowMs)
}

/**
 * The ticket a booked resident queues with, however they arrived (我已到达, or the clerk scanning the booking's
 * code): theirs already, or a new one in the booked lane, and the booking marked arrived with its number. One
 * queue, so the windows call them and "ahead" follows the ticket rule.
 */
export function bookedTicket(store: Store, appointment: AppointmentRecord, nowMs: number): TicketRecord {
  const existing = ticketOfBooking(store, appointment.id)
  if (existing) return existing
  const day = localDate(nowMs)
  if (liveTicket(store, appointment.ownerId, appointment.hallId, day)) throw new ApiFailure(409, 'TICKET_LIVE', '您在本场所已有未办结的号')
  const record = issue(store, {
    hallId: appointment.hallId, ownerId: appointment.ownerId, itemId: appointment.itemId, group: itemGroup(appointment.itemId),
    lane: 'booked', priority: priorityOf(store, appointment.ownerId, false, nowMs), appointmentId: appointment.id,
  }, nowMs)
  markArrived(store, appointment.id, record.number, nowMs)
  return record
}

function ticketOfBooking(store: Store, appointmentId: string): TicketRecord | undefined {
  return tickets(store).filter((t) => t.appointmentId === appointmentId)[0]
}

/** People ahead of a booking's holder now, by their ticket; undefined before they arrive. */
export function aheadOfBooking(store: Store, appointmentId: string, nowMs: number): number | undefined {
  const ticket = ticketOfBooking(store, appointmentId)
  return ticket ? aheadOf(store, hallOrThrow(ticket.hallId), ticket, nowMs) : undefined
}

function ownedTicket(store: Store, ownerId: string, id: string): TicketRecord {
  const t = tickets(store).get(id)
  if (!t || t.ownerId !== ownerId) throw fail.notFound('排队号')
  return t
}

export function getTicket(store: Store, ownerId: string, id: string, nowMs: number): Ticket {
  return toTicket(store, ownedTicket(store, ownerId, id), nowMs)
}

export function ticketHall(store: Store, ownerId: string, id: string): string {
  return ownedTicket(store, ownerId, id).hallId
}

/** The resident's tickets of today, newest first. */
export function myTickets(store: Store, ownerId: string, nowMs: number): Ticket[] {
  const day = localDate(nowMs)
  return tickets(store)
    .filter((t) => t.ownerId === ownerId && t.day === day)
    .sort((a, b) => b.takenAt - a.takenAt)
    .map((t) => toTicket(store, t, nowMs))
}

/** 过号: rejoin at the back of the line, once, while the hall is open. */
export function rejoin(store: Store, ownerId: string, id: string, nowMs: number): Ticket {
  const t = ownedTicket(store, ownerId, id)
  if (t.status !== 'missed') throw fail.conflict('CONFLICT', '只有过号的号可以重新排队')
  if (t.rejoins >= REJOINS_ALLOWED) throw new ApiFailure(409, 'REJOIN_USED', '过号后只能重新排队一次，请重新取号')
  const hall = hallOrThrow(t.hallId)
  if (t.day !== localDate(nowMs) || !hallOpen(hall, nowMs)) throw new ApiFailure(409, 'TICKETS_CLOSED', '当前不在办公时间')
  const back: TicketRecord = { ...t, status: 'waiting', queuedAt: nowMs, rejoins: t.rejoins + 1, calledAt: undefined, calledWindow: undefined }
  tickets(store).put(t.id, back)
  bump(store, t.hallId)
  return toTicket(store, back, nowMs)
}

export function cancelTicket(store: Store, ownerId: string, id: string, nowMs: number): Ticket {
  const t = ownedTicket(store, ownerId, id)
  if (t.status !== 'waiting') throw fail.conflict('CONFLICT', '只有等候中的号可以取消')
  const cancelled: TicketRecord = { ...t, status: 'cancelled' }
  tickets(store).put(t.id, cancelled)
  bump(store, t.hallId)
  return toTicket(store, cancelled, nowMs)
}

export function toTicket(store: Store, t: TicketRecord, nowMs: number): Ticket {
  const hall = hallOrThrow(t.hallId)
  const group = groupById(t.group)
  const ahead = aheadOf(store, hall, t, nowMs)
  const windows = windowsFor(hall, t.group).length
  return {
    id: t.id,
    number: t.number,
    hallId: hall.id,
    hallName: hall.name,
    itemId: t.itemId,
    itemName: itemById(t.itemId)?.name ?? t.itemId,
    group: t.group,
    groupName: group.name,
    lane: t.lane,
    ...(t.priority ? { priority: t.priority } : {}),
    status: t.status,
    ahead,
    estimatedWaitMinutes: t.status === 'waiting' ? estimateWait(ahead, serviceMinutes(store, hall, t.group, t.day), windows) : 0,
    groupPlace: t.onlyWindow ? { ...placeOfShort(hall, t.onlyWindow), windows: [t.onlyWindow] } : groupPlace(hall, t.group),
    ...(t.status === 'called' && t.calledWindow ? { calledTo: placeOf(hall, t.calledWindow), calledAt: new Date(t.calledAt!).toISOString() } : {}),
    recalls: t.recalls,
    canRejoin: t.status === 'missed' && t.rejoins < REJOINS_ALLOWED,
    ...(t.missing ? { missing: t.missing } : {}),
    ...(t.caseId ? { caseId: t.caseId } : {}),
    ...(t.documentIds?.length ? { documents: attachedDocuments(store, t).map((d) => ({ id: d.id, name: d.name })) } : {}),
    takenAt: new Date(t.takenAt).toISOString(),
    version: queueVersion(store, hall.id),
  }
}

function placeOfShort(hall: HallSeed, windowNo: string) {
  const p = placeOf(hall, windowNo)
  return { level: p.level, zone: p.zone }
}

// ── the clerk's window ────────────────────────────────────────────

/** The clerk's hall and window, from the clerk's own record: never from what the request says. */
export function clerkWindow(store: Store, clerkId: string) {
  const clerk = userRecord(store, clerkId)
  if (!clerk?.hallId || !clerk.windowNo) throw fail.forbidden('您尚未分配窗口')
  const hall = hallOrThrow(clerk.hallId)
  return { hall, window: windowOrThrow(hall, clerk.windowNo) }
}

function current(store: Store, hallId: string, windowNo: string, day: string): TicketRecord | undefined {
  return tickets(store).filter((t) => t.hallId === hallId && t.day === day && t.status === 'called' && t.calledWindow === windowNo)[0]
}

function currentOrThrow(store: Store, hallId: string, windowNo: string, nowMs: number): TicketRecord {
  const t = current(store, hallId, windowNo, localDate(nowMs))
  if (!t) throw fail.conflict('NO_CURRENT', '窗口当前没有在办的号')
  return t
}

function holderOf(store: Store, ownerId: string): string {
  const name = userRecord(store, ownerId)?.name
  return name ? maskName(name) : ''
}

/** The 情形 a booking names, for the clerk's queue (nothing for a booking without one, or a walk-in ticket). */
const bookedSituation = (a: AppointmentRecord | undefined): Pick<QueueEntry, 'situationName'> => (a?.situationName ? { situationName: a.situationName } : {})

function entry(store: Store, t: TicketRecord, nowMs: number): QueueEntry {
  const appointment = t.appointmentId ? store.collection<AppointmentRecord>('appointments').get(t.appointmentId) : undefined
  return {
    kind: 'ticket', id: t.id, label: t.number, itemName: itemById(t.itemId)?.name ?? t.itemId, ...bookedSituation(appointment), group: t.group, lane: t.lane,
    ...(t.priority ? { priority: t.priority } : {}), holder: holderOf(store, t.ownerId), status: t.status,
    waitedMinutes: Math.max(0, Math.round(((t.calledAt ?? nowMs) - t.takenAt) / 60_000)),
  }
}

export function windowQueue(store: Store, clerkId: string, nowMs: number): WindowQueue {
  const { hall, window } = clerkWindow(store, clerkId)
  const day = localDate(nowMs)
  const now = current(store, hall.id, window.no, day)
  const booked = store.collection<AppointmentRecord>('appointments')
    .filter((a) => a.hallId === hall.id && a.status === 'booked' && localDate(Date.parse(a.start)) === day && window.groups.includes(itemGroup(a.itemId)))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((a): QueueEntry => ({
      kind: 'appointment', id: a.id, label: hhmm(localClock(Date.parse(a.start)).minutes), itemName: itemById(a.itemId)?.name ?? a.itemId, ...bookedSituation(a),
      group: itemGroup(a.itemId), lane: 'booked', holder: a.contactName, status: 'booked',
    }))
  return {
    hallId: hall.id,
    hallName: hall.name,
    window,
    current: now ? { ...entry(store, now, nowMs), calledAt: new Date(now.calledAt!).toISOString(), recalls: now.recalls, documents: attachedDocuments(store, now) } : null,
    queue: [...windowOrder(store, hall, window, nowMs).map((t) => entry(store, t, nowMs)), ...booked],
    figures: windowFigures(store, hall.id, window.no, day),
    kioskCode: kioskCode(hall.id, day),
    version: queueVersion(store, hall.id),
  }
}

export function windowFigures(store: Store, hallId: string, windowNo: string, day: string): WindowFigures {
  const done = services(store).filter((s) => s.hallId === hallId && s.windowNo === windowNo && s.day === day)
  const avg = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length / 60_000) * 10) / 10 : 0)
  return { served: done.length, averageWaitMinutes: avg(done.map((s) => s.waitMs)), averageServiceMinutes: avg(done.map((s) => s.serviceMs)) }
}

/** 叫下一位: the first ticket in the window's order is called to it. The window finishes its current ticket first. */
export function callNext(store: Store, clerkId: string, nowMs: number): WindowQueue {
  const { hall, window } = clerkWindow(store, clerkId)
  if (current(store, hall.id, window.no, localDate(nowMs))) throw fail.conflict('WINDOW_BUSY', '请先完成当前的号')
  const next = windowOrder(store, hall, window, nowMs)[0]
  if (!next) throw fail.conflict('QUEUE_EMPTY', '当前没有等候的号')
  tickets(store).put(next.id, { ...next, status: 'called', calledAt: nowMs, calledWindow: window.no, onlyWindow: undefined })
  bump(store, hall.id)
  return windowQueue(store, clerkId, nowMs)
}

/**
 * 核对证件: the full ID number of the person at the window, only for the clerk serving their ticket now,
 * and written to that person's access log each time (the number itself is never logged).
 */
export function revealIdNumber(store: Store, clerkId: string, nowMs: number): RevealIdResponse {
  const { hall, window } = clerkWindow(store, clerkId)
  const serving = currentOrThrow(store, hall.id, window.no, nowMs)
  const idNumber = userRecord(store, serving.ownerId)?.idNumber
  if (!idNumber) throw fail.conflict('NO_ID_NUMBER', '该号的办事人未登记身份证号，请查验实体证件')
  logIdCheck(store, serving.ownerId, clerkId, new Date(nowMs))
  return { idNumber, visibleUntil: new Date(nowMs + ID_REVEAL_SECONDS * 1000).toISOString() }
}

/** The documents handed in for a ticket, as they stand in the holder's safe (one the holder deleted since is gone). */
function attachedDocuments(store: Store, t: TicketRecord): SafeDocument[] {
  const all = documents(store)
  return (t.documentIds ?? []).map((id) => all.get(id)).filter((d): d is SafeDocument => !!d && d.ownerId === t.ownerId)
}

/**
 * 收件码 at the window: the clerk serving a ticket scans or types the holder's submit code; it is redeemed as at the
 * counter (used up, written to the holder's access log) and its documents are attached to the ticket being served.
 * Only a submit code of the person at the window: a pickup code or someone else's code is refused before it is used.
 */
export function attachCode(store: Store, clerkId: string, req: AttachCodeRequest, nowMs: number): WindowQueue {
  const { hall, window } = clerkWindow(store, clerkId)
  const serving = currentOrThrow(store, hall.id, window.no, nowMs)
  const now = new Date(nowMs)
  const redeemed = limitAttempts(store, clerkId, now, () => {
    const record = resolveCode(store, req.code, now)
    if (record.purpose !== 'submit') throw fail.conflict('CODE_WRONG_PURPOSE', '这是取件码，请出示收件码')
    if (record.ownerId !== serving.ownerId) throw fail.conflict('CODE_WRONG_HOLDER', '该码不是正在办理的办事人的')
    return redeemCode(store, clerkOf(store, clerkId), req.code, now)
  })
  const ids = [...(serving.documentIds ?? []), ...redeemed.documents.map((d) => d.id).filter((id) => !serving.documentIds?.includes(id))]
  tickets(store).put(serving.id, { ...serving, documentIds: ids })
  bump(store, hall.id)
  return windowQueue(store, clerkId, nowMs)
}

/** 重呼: the same ticket is called again (the resident's phone vibrates again). */
export function recall(store: Store, clerkId: string, nowMs: number): WindowQueue {
  const { hall, window } = clerkWindow(store, clerkId)
  const t = currentOrThrow(store, hall.id, window.no, nowMs)
  tickets(store).put(t.id, { ...t, recalls: t.recalls + 1 })
  bump(store, hall.id)
  return windowQueue(store, clerkId, nowMs)
}

/** 过号: the resident did not come; they may rejoin at the back once. */
export function miss(store: Store, clerkId: string, nowMs: number): WindowQueue {
  const { hall, window } = clerkWindow(store, clerkId)
  const t = currentOrThrow(store, hall.id, window.no, nowMs)
  tickets(store).put(t.id, { ...t, status: 'missed' })
  bump(store, hall.id)
  return windowQueue(store, clerkId, nowMs)
}

/** 完成: 办结, 需补正 (with what is missing) or 转其他窗口 (back to the line for that window, keeping its place). */
export function complete(store: Store, clerkId: string, req: CompleteRequest, nowMs: number): WindowQueue {
  const { hall, window } = clerkWindow(store, clerkId)
  const outcome = req?.outcome
  if (outcome !== 'done' && outcome !== 'supplement' && outcome !== 'transfer') throw fail.badRequest('请选择办理结果', { outcome: '应为 done、supplement 或 transfer' })
  const missing = Array.isArray(req.missing) ? req.missing.filter((m): m is string => typeof m === 'string' && m.trim().length > 0).map((m) => m.trim().slice(0, 100)) : []
  if (outcome === 'supplement' && (!missing.length || missing.length > 20)) throw fail.badRequest('请填写需补正的材料', { missing: '至少一项' })
  let target: HallWindow | undefined
  if (outcome === 'transfer') {
    if (typeof req.toWindow !== 'string' || req.toWindow === window.no) throw fail.badRequest('请选择要转去的窗口', { toWindow: '应为本场所的另一个窗口' })
    target = hallWindows(hall).find((w) => w.no === req.toWindow)
    if (!target) throw fail.badRequest('请选择要转去的窗口', { toWindow: '本场所没有该窗口' })
  }
  const t = currentOrThrow(store, hall.id, window.no, nowMs)
  const day = localDate(nowMs)
  services(store).put(newId('svc', nowMs), { id: t.id, hallId: hall.id, windowNo: window.no, day, waitMs: t.calledAt! - t.takenAt, serviceMs: nowMs - t.calledAt!, outcome })
  let after: TicketRecord
  if (target) {
    const group = target.groups.includes(t.group) ? t.group : target.groups[0]
    after = { ...t, status: 'waiting', group, onlyWindow: target.no, calledAt: undefined, calledWindow: undefined, recalls: 0 }
  } else {
    after = { ...t, status: outcome === 'done' ? 'done' : 'supplement', ...(outcome === 'supplement' ? { missing } : {}) }
  }
  if (outcome !== 'transfer') after.caseId = recordVisitCase(store, after, window.no, outcome, missing, nowMs)
  tickets(store).put(t.id, after)
  bump(store, hall.id)
  return windowQueue(store, clerkId, nowMs)
}

/**
 * What the counter did becomes a 办件 on the resident's list: 办结 a finished
 * case they are asked to rate (好差评), 需补正 a to-do saying what to bring.
 */
function recordVisitCase(store: Store, t: TicketRecord, windowNo: string, outcome: 'done' | 'supplement', missing: string[], nowMs: number): string {
  const now = new Date(nowMs)
  const hallName = hallOrThrow(t.hallId).name
  const record = createCase(store, { ownerId: t.ownerId, title: itemById(t.itemId)?.name ?? t.itemId, source: 'item', sourceId: t.itemId, itemIds: [t.itemId], status: 'accepted' }, now)
  const actor = `${hallName} ${windowNo} 窗口`
  const step = outcome === 'done'
    ? { status: 'approved' as const, event: { kind: 'approved' as const, text: `窗口已办结（排队号 ${t.number}）`, actor } }
    : { status: 'needs-correction' as const, event: { kind: 'correction-requested' as const, text: `需补正：${missing.join('、')}`, actor } }
  return recordStep(store, record.id, step, now).id
}

/** How many are waiting at a hall now: the live figure the hall list and recommendations can show. */
export function waitingCount(store: Store, hallId: string, nowMs: number): number {
  return waitingAt(store, hallId, localDate(nowMs)).length
}
