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
  /** Saturday-morning 云窗口 */
  cloudWindow: boolean
}

export interface HallsQuery {
  kind?: HallKind
  itemId?: string
}
