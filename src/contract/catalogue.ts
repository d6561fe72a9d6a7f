import type { PageQuery } from './common'

export type ThemeGroup = 'personal' | 'business' | 'industry'

export interface Theme {
  id: string
  name: string
  /** the name in English, shown when the app is in English */
  nameEn?: string
  group: ThemeGroup
  /** icon name from src/shared/ui/icons */
  icon: string
  itemCount: number
}

export interface Department {
  id: string
  name: string
  /** items the department handles (GET /api/departments) */
  itemCount?: number
}

export interface ItemMaterial {
  id: string
  name: string
  /** a licence type the safe may already hold (免证办) */
  licenceType?: string
  /** may be handed in later (容缺受理) */
  deferrable?: boolean
  /** may be replaced by a signed commitment (告知承诺) */
  commitmentAllowed?: boolean
  copies?: number
}

export interface ServiceItem {
  id: string
  name: string
  /** the name in English, where the data has one (real items) */
  nameEn?: string
  departmentId: string
  department: string
  themeIds: string[]
  /** who it is for */
  target: 'person' | 'business' | 'both'
  materials: ItemMaterial[]
  conditions: string[]
  /** working days; 0 = 即办 */
  timeLimitDays: number
  fee: string
  instant: boolean
  bookable: boolean
  /** why an item cannot be booked: 全程网办 (online only) or 自助办 (self-service kiosk) */
  notBookableReason?: 'online' | 'self-service'
  online: boolean
  /** 免证办: every material can be pulled from e-licences */
  noCertificate: boolean
  /** 告知承诺制 */
  commitment: boolean
  /** 容缺受理 */
  deferrable: boolean
  /** 云窗口 on Saturday mornings */
  cloudWindow: boolean
  /** extra words people search by */
  keywords?: string[]
  /** pinyin initials of the name, for search (e.g. pszm) */
  initials?: string
}

export interface ItemsQuery extends PageQuery {
  q?: string
  theme?: string
  department?: string
  instant?: boolean
  bookable?: boolean
}
