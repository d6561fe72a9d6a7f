import type { IsoDateTime } from './common'
import { id, num, text, v } from './schema'
import type { SafeDocument } from './safe'
import { MAX_CODE_LENGTH } from './clerk'

/**
 * The visit: a hall's floors and windows, tickets (在线取号) and the clerk's
 * window (叫号). One letter per window group; a ticket's number starts with it.
 */
export type WindowGroup = 'A' | 'B' | 'C' | 'D' | 'E'

export type FacilityKind = 'care-seat' | 'nursing-room' | 'kiosk' | 'copier' | 'parking' | 'toilet'

export interface HallWindow {
  /** e.g. A08 */
  no: string
  /** the groups it takes; a 综合窗口 takes every group */
  groups: WindowGroup[]
  general: boolean
  /** serves 长者优先 and 爱心 tickets first */
  priority: boolean
}

export interface HallZone {
  /** e.g. C */
  id: string
  /** what the zone does, e.g. 社保医保税务 */
  name: string
  windows: HallWindow[]
}

export interface HallFloor {
  /** 1, 2, 3 … ; -1 for B1 */
  level: number
  zones: HallZone[]
  facilities: FacilityKind[]
}

/** GET /api/halls/:id/plan */
export interface HallPlan {
  hallId: string
  hallName: string
  /** towns and 政务晓屋 have a one-room plan */
  simple: boolean
  /** 政务晓屋: self-service machines only, no tickets */
  selfService: boolean
  floors: HallFloor[]
  groups: Array<{ id: WindowGroup; name: string }>
  ticketing: TicketingState
}

/** Whether the ticket machine issues numbers now. */
export interface TicketingState {
  open: boolean
  /** "HH:mm": the last ticket of the current period */
  lastTicketAt?: string
  /** why not: closed now, past the last ticket, a holiday, or self-service only */
  reason?: 'closed' | 'last-ticket-passed' | 'holiday' | 'self-service'
}

/** Where a window is: 3 楼 C 区 A08. */
export interface WindowPlace {
  windowNo: string
  level: number
  zone: string
}

export type TicketLane = 'booked' | 'walk-in'
export type TicketPriority = 'elder' | 'care'
export type TicketStatus = 'waiting' | 'called' | 'missed' | 'done' | 'supplement' | 'cancelled'

/** POST /api/tickets {hallId, itemId, care?} */
export const TakeTicketBody = v.strictObject({
  hallId: id('请选择场所'),
  itemId: id('请选择事项'),
  /** 爱心: pregnant, with an infant, disabled (declared by the resident) */
  care: v.optional(v.boolean('应为是或否')),
})
export type TakeTicketRequest = v.InferOutput<typeof TakeTicketBody>

/** POST /api/tickets/arrive: a booked resident checks in, by position (within 300 m) or the hall kiosk's code. */
export const ArriveBody = v.strictObject({
  appointmentId: id('请选择预约'),
  /** the position the app has, in `crs` (default GCJ-02; browsers give WGS-84) */
  lng: v.optional(num(-180, 180)),
  lat: v.optional(num(-90, 90)),
  crs: v.optional(v.picklist(['gcj02', 'wgs84'], '坐标系无效')),
  /** the 6 digits the hall's kiosk shows today */
  kioskCode: v.optional(v.pipe(v.string('应为文字'), v.regex(/^\d{6}$/, '应为 6 位数字'))),
})
export type ArriveRequest = v.InferOutput<typeof ArriveBody>

export interface Ticket {
  id: string
  /** e.g. C023 */
  number: string
  hallId: string
  hallName: string
  itemId: string
  itemName: string
  group: WindowGroup
  groupName: string
  lane: TicketLane
  priority?: TicketPriority
  status: TicketStatus
  /** waiting: tickets to be served before this one */
  ahead: number
  /** waiting: minutes */
  estimatedWaitMinutes: number
  /** where the group is served, e.g. 3 楼 C 区 A08–A12 */
  groupPlace: { level: number; zone: string; windows: string[] }
  /** set once called: where to go now */
  calledTo?: WindowPlace
  calledAt?: IsoDateTime
  /** times the call was repeated (重呼) */
  recalls: number
  /** a missed ticket may rejoin at the back once */
  canRejoin: boolean
  /** 需补正: what to bring */
  missing?: string[]
  /** after 办结 or 需补正: the 办件 it made (rate it, or see the to-do) */
  caseId?: string
  /** documents handed in at the window with a 收件码 while this ticket was served */
  documents?: Array<{ id: string; name: string }>
  takenAt: IsoDateTime
  /** the hall's queue version: pass it back as waitForVersion to wait for the next change */
  version: number
}

export type ClerkOutcome = 'done' | 'supplement' | 'transfer'

/** POST /api/clerk/window/complete */
export const CompleteBody = v.strictObject({
  outcome: v.picklist(['done', 'supplement', 'transfer'], '请选择办理结果'),
  /** supplement: what is missing */
  missing: v.optional(v.pipe(v.array(text(100, 1), '应为列表'), v.maxLength(20, '最多 20 项'))),
  /** transfer: the window to send the resident to */
  toWindow: v.optional(id('窗口无效')),
})
export type CompleteRequest = v.InferOutput<typeof CompleteBody>

export interface QueueEntry {
  kind: 'ticket' | 'appointment'
  /** ticket id or appointment id */
  id: string
  /** ticket number, or the appointment's time (HH:mm) */
  label: string
  itemName: string
  /** the 情形 the holder booked (an appointment, or a ticket taken on arrival for one) */
  situationName?: string
  group: WindowGroup
  lane: TicketLane
  priority?: TicketPriority
  /** the holder, masked */
  holder: string
  status: TicketStatus | 'booked'
  waitedMinutes?: number
}

export interface WindowFigures {
  served: number
  averageWaitMinutes: number
  averageServiceMinutes: number
}

/** GET /api/clerk/window */
export interface WindowQueue {
  hallId: string
  hallName: string
  window: HallWindow & { level: number; zone: string }
  /** the ticket at the window now (called), if any, with the documents its holder's 收件码 opened */
  current: (QueueEntry & { calledAt: IsoDateTime; recalls: number; documents: SafeDocument[] }) | null
  /** waiting tickets in serving order, then today's appointments not yet checked in */
  queue: QueueEntry[]
  figures: WindowFigures
  /** the 6 digits the hall's kiosk shows today, for residents checking in without position */
  kioskCode: string
  version: number
}

/** POST /api/clerk/window/reveal-id: the full ID number of the person being served, for 核对证件; logged in their safe. */
export interface RevealIdResponse {
  idNumber: string
  /** the app hides it again then */
  visibleUntil: IsoDateTime
}

/** How long a revealed ID number stays on the clerk's screen. */
export const ID_REVEAL_SECONDS = 30

/** POST /api/clerk/window/documents: the 收件码 (signed text or 8 short digits) of the person at the window. */
export const AttachCodeBody = v.strictObject({ code: text(MAX_CODE_LENGTH, 1) })
export type AttachCodeRequest = v.InferOutput<typeof AttachCodeBody>
