export type HallKind = 'centre' | 'subcentre' | 'town' | 'kiosk'

/** Opening hours for one weekday (0 = Sunday … 6 = Saturday), "HH:mm". */
export interface OpeningPeriod {
  weekday: number
  open: string
  close: string
}

export interface Hall {
  id: string
  name: string
  kind: HallKind
  /** GCJ-02 */
  lng: number
  /** GCJ-02 */
  lat: number
  address: string
  town: string
  phone: string
  hours: OpeningPeriod[]
  /** human summary, e.g. 周一至周五 09:00-12:00 14:00-17:30 */
  hoursText: string
  queueLength: number
  itemCount: number
  photos: string[]
  /** runs the Saturday-morning 云窗口: a 政务晓屋 where a clerk of the centre or the town serves by video, booked ahead */
  cloudWindow: boolean
  /** what a 24-hour self-service 政务晓屋 can do; empty at halls with counters */
  selfServices: SelfService[]
}

/** What residents can do themselves at a 政务晓屋, at any hour. */
export type SelfService = 'vr-guide' | 'certificate-print' | 'e-licence-print' | 'social-security' | 'medical-insurance' | 'housing-fund' | 'tax' | 'payment' | 'id-photo'

/** The 云窗口's hours at a 政务晓屋: Saturday 09:00–12:00, by video, booked ahead. */
export const CLOUD_WINDOW_HOURS: OpeningPeriod[] = [{ weekday: 6, open: '09:00', close: '12:00' }]

export interface HallsQuery {
  kind?: HallKind
  itemId?: string
}

/** Which coordinate system a response's lng/lat are in. Stored once in GCJ-02; maps on WGS-84 ask for it. */
export type Crs = 'gcj02' | 'wgs84'

export interface HallsListQuery extends HallsQuery {
  /** the user's position (in `crs`): halls then come with distanceKm, nearest first */
  lng?: number
  lat?: number
  crs?: Crs
}

/** A hall in a list, with its distance when the user's position was given. */
export interface HallWithDistance extends Hall {
  distanceKm?: number
}

/** An item a hall serves, as listed on the hall page. */
export interface HallItem {
  id: string
  name: string
  department: string
  cloudWindow: boolean
}

export interface HallDetail extends Hall {
  /** the items it serves, paged (`page`, `pageSize`) */
  items: { items: HallItem[]; total: number; page: number; pageSize: number }
  /** halls with counters take appointments; a 政务晓屋 takes them only for its Saturday 云窗口 */
  bookable: boolean
}

export interface BusyHour {
  hour: number
  /** average people in the queue at that hour */
  average: number
}

export interface BusyHoursResponse {
  hallId: string
  /** 0 = Sunday … 6 = Saturday; days the hall is closed have no hours */
  days: Array<{ weekday: number; hours: BusyHour[]; quietHour: number | null }>
  /** the usual queue at this time of day on this weekday (from the ticket queue's history); null when the hall is closed at this hour */
  usualNow?: { hour: number; people: number } | null
}

export interface RecommendationQuery {
  itemId: string
  lng?: number
  lat?: number
  crs?: Crs
}

export interface Recommendation {
  hall: Hall
  rank: number
  /** null when the user's position is unknown */
  distanceKm: number | null
  /** start of the earliest free slot in the next 7 days, or null */
  earliestStart: string | null
  /** the average queue at that slot's hour, from the hall's history */
  expectedQueue: number
  /** why, for people (Chinese), e.g. 2.1 km · 明天 09:30 有号 · 通常不排队 */
  why: string
}

/** Open now, or when it opens next, from a hall's weekly hours and the local (Asia/Shanghai) time. */
export interface OpenState {
  open: boolean
  /** open round the clock (a 24-hour 政务晓屋) */
  allDay?: boolean
  /** "HH:mm" it closes today when open */
  closesAt?: string
  /** when it opens next: days from today (0 today, 1 tomorrow …) and "HH:mm" */
  opensIn?: { days: number; at: string }
}

/**
 * One rule for both ends: the app shows 营业中/几点开门, the mock's slot engine
 * uses the same periods. `weekday` 0 = Sunday, `minutes` since local midnight.
 */
export function openState(hours: OpeningPeriod[], weekday: number, minutes: number): OpenState {
  const toMin = (hhmm: string) => parseInt(hhmm.slice(0, 2), 10) * 60 + parseInt(hhmm.slice(3, 5), 10)
  const today = hours.filter((p) => p.weekday === weekday).sort((a, b) => toMin(a.open) - toMin(b.open))
  const current = today.find((p) => toMin(p.open) <= minutes && minutes < toMin(p.close))
  if (current) return current.open === '00:00' && current.close === '24:00' ? { open: true, allDay: true } : { open: true, closesAt: current.close }
  const laterToday = today.find((p) => toMin(p.open) > minutes)
  if (laterToday) return { open: false, opensIn: { days: 0, at: laterToday.open } }
  for (let d = 1; d <= 7; d++) {
    const next = hours.filter((p) => p.weekday === (weekday + d) % 7).sort((a, b) => toMin(a.open) - toMin(b.open))[0]
    if (next) return { open: false, opensIn: { days: d, at: next.open } }
  }
  return { open: false }
}
