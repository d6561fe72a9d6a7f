import type { IsoDate, IsoDateTime } from './common'
import { id, isoDateTime, text, v } from './schema'

/** How far ahead a booking can be made: today and the next six days. */
export const BOOKING_DAYS = 7

/** One 30-minute slot of a hall for an item on a date. */
export interface Slot {
  start: IsoDateTime
  end: IsoDateTime
  capacity: number
  booked: number
  /** Saturday-morning 云窗口 slot */
  cloudWindow: boolean
}

export interface SlotsQuery {
  itemId: string
  date: IsoDate
}

/** Why a date has no slots. */
/** Why a day has no slots; a 政务晓屋 books only Saturday mornings (云窗口), and a staffed hall sends Saturday's 云窗口 items there. */
export type NoSlotsReason = 'holiday' | 'closed' | 'past' | 'too-far' | 'not-served' | 'self-service' | 'cloud-window-saturday' | 'cloud-window-at-kiosk'

export interface SlotsResponse {
  hallId: string
  itemId: string
  date: IsoDate
  items: Slot[]
  total: number
  /** set when `items` is empty */
  reason?: NoSlotsReason
  /** the holiday's name when reason is 'holiday' */
  holiday?: string
}

/** POST /api/appointments */
export const CreateAppointmentBody = v.strictObject({
  hallId: id('请选择场所'),
  itemId: id('请选择事项'),
  start: isoDateTime('请选择时段'),
  /** the item's 情形 (`ServiceItem.situations[].id`) the visit is for; it must be one the item has and can be booked */
  situationId: v.optional(id('办理情形无效')),
})
export type CreateAppointmentRequest = v.InferOutput<typeof CreateAppointmentBody>

/** PATCH /api/appointments/:id: move to another slot. */
export const RescheduleBody = v.strictObject({
  start: isoDateTime('请选择时段'),
})
export type RescheduleRequest = v.InferOutput<typeof RescheduleBody>

export type AppointmentStatus = 'booked' | 'checked-in' | 'cancelled' | 'missed'

export interface Appointment {
  id: string
  hallId: string
  hallName: string
  hallAddress: string
  /** GCJ-02, for navigation */
  hallLng: number
  hallLat: number
  itemId: string
  itemName: string
  /** the item's English name, where the catalogue has one */
  itemNameEn?: string
  /** the 情形 booked, when the booking named one (older bookings have none: the item's default materials apply) */
  situationId?: string
  situationName?: string
  situationNameEn?: string
  start: IsoDateTime
  end: IsoDateTime
  status: AppointmentStatus
  cloudWindow: boolean
  /** the booker, from the profile, masked */
  contactName: string
  contactPhoneMasked?: string
  /** 6 digits, shown to the owner only, inside the check-in QR code */
  checkinCode: string
  /** after check-in */
  queueNumber?: string
  /** people ahead now, after check-in */
  ahead?: number
  checkedInAt?: IsoDateTime
  reminder: boolean
  /** where in the hall the item is served: floor, zone and windows (none at a self-service 政务晓屋) */
  place?: { level: number; zone: string; windows: string[] }
  createdAt: IsoDateTime
}

/** POST /api/appointments/:id/check-in (role clerk), with the 6-digit check-in code from the QR. The hall is the clerk's own (from the session), never sent. */
export const CheckInBody = v.strictObject({
  code: text(32, 1),
})
export type CheckInRequest = v.InferOutput<typeof CheckInBody>

export interface CheckInResponse {
  appointmentId: string
  queueNumber: string
  ahead: number
  itemName: string
  start: IsoDateTime
  /** the holder, masked */
  contactName: string
}

/** POST /api/appointments/:id/reminder: the resident's consent to a reminder (weapp subscribe message). */
export const ReminderBody = v.strictObject({
  channel: v.picklist(['subscribe-message', 'calendar'], '应为 subscribe-message 或 calendar'),
  /** the subscribe-message templates the user accepted */
  templateIds: v.optional(v.pipe(v.array(text(64), '应为列表'), v.maxLength(10, '最多 10 项'))),
  accepted: v.boolean('应为 true 或 false'),
})
export type ReminderRequest = v.InferOutput<typeof ReminderBody>

/**
 * The check-in QR's content, agreed with clerk mode (issue 5):
 * `PYCHK1.<appointmentId>.<6-digit checkinCode>`.
 */
export const CHECKIN_QR_PREFIX = 'PYCHK1'

export function checkinQrText(appointmentId: string, checkinCode: string): string {
  return `${CHECKIN_QR_PREFIX}.${appointmentId}.${checkinCode}`
}

/** The appointment id and code in a scanned text, or null if it is not a check-in code. */
export function parseCheckinQr(text: string): { appointmentId: string; code: string } | null {
  const match = /^PYCHK1\.([A-Za-z0-9_-]+)\.(\d{6})$/.exec(text.trim())
  return match ? { appointmentId: match[1], code: match[2] } : null
}
