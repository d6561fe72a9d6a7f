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

/**
 * 情形: one way an item is done (居民身份证办理: 首次申领, 遗失补领 …), each one 办理项 with its own materials,
 * time limit and fee, and whether it can be booked (else done online, 全程网办, or at a kiosk, 自助办).
 */
export interface ItemSituation {
  id: string
  name: string
  nameEn?: string
  bookable: boolean
  notBookableReason?: 'online' | 'self-service'
  materials: ItemMaterial[]
  /** working days; 0 = 即办 */
  timeLimitDays: number
  fee: string
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
  /** who implements it: a district department, or each 镇街便民服务中心 (town) */
  level?: 'district' | 'town'
  /** 情形, when the item is done in more than one way (the item's own materials, time limit and fee are its first bookable one's) */
  situations?: ItemSituation[]
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
