import type { IsoDate, IsoDateTime, ListResponse } from './common'
import { creditCode, id, isoDate, isoDateTime, mobileOrMasked, num, text, v } from './schema'

/** 惠企政策 (the policy-benefit area, 优惠政策专区) and 申报 (policy applications). Amounts are in yuan unless a field says 万元. */

export type PolicyIndustry =
  | 'catering' // 餐饮业
  | 'accommodation' // 住宿业
  | 'retail' // 批发零售业
  | 'trade' // 外贸
  | 'manufacturing' // 制造业
  | 'tech' // 科技服务 / 信息技术
  | 'logistics' // 交通物流
  | 'culture' // 文化旅游
  | 'agriculture' // 农业
  | 'construction' // 建筑业

export const POLICY_INDUSTRIES: PolicyIndustry[] = ['catering', 'accommodation', 'retail', 'trade', 'manufacturing', 'tech', 'logistics', 'culture', 'agriculture', 'construction']

/** 纳税信用等级; D is 失信. */
export type CreditRating = 'A' | 'B' | 'M' | 'C' | 'D'
export const CREDIT_RATINGS: CreditRating[] = ['A', 'B', 'M', 'C', 'D']

/** 规模以上 / 限额以上 统计: not yet, newly included this year (首次入统), or already included. */
export type StatsStatus = 'none' | 'new' | 'existing'
export const STATS_STATUSES: StatsStatus[] = ['none', 'new', 'existing']

/** The towns and streets of the district (镇街). */
export const DISTRICT_TOWNS = ['市桥街', '沙头街', '东环街', '桥南街', '小谷围街', '大石街', '洛浦街', '石壁街', '钟村街', '大龙街', '沙湾街', '南村镇', '新造镇', '化龙镇', '石楼镇', '石碁镇'] as const

/** What the business says about itself; matching reads it. Money in 万元. */
export interface BusinessProfile {
  companyName: string
  creditCode: string
  industry: PolicyIndustry
  /** 从业人数 */
  headcount: number
  /** 参保员工人数 */
  insuredStaff: number
  /** 上年度营业收入, 万元 */
  revenue: number
  /** 上年度出口额, 万元 */
  exports: number
  /** 上年度研发投入, 万元 */
  rdExpense: number
  /** 近一年新招用高校毕业生 */
  graduateHires: number
  /** 高新技术企业 (valid certificate) */
  highTech: boolean
  /** 所在镇街 */
  town: string
  /** 成立日期 */
  establishedOn: IsoDate
  creditRating: CreditRating
  statsStatus: StatsStatus
  /** 联系人 and 联系电话 for applications */
  contactName: string
  contactPhone: string
  /** 对公账户 for payouts */
  bankName: string
  bankAccount: string
  updatedAt?: IsoDateTime
}

/**
 * PATCH /api/business/profile: any of the fields the business may edit. The schema checks types,
 * bounds and the credit code and phone; the profile's own rules (insured ≤ headcount, a town of the
 * district, a founding date not in the future) are checked against the merged profile by the mock.
 * `updatedAt` may come back as read and is ignored.
 */
export const BusinessProfileUpdateBody = v.strictObject({
  companyName: v.optional(text(60, 0, '企业名称')),
  creditCode: v.optional(creditCode()),
  industry: v.optional(v.picklist(POLICY_INDUSTRIES, '请选择行业')),
  headcount: v.optional(num(0, 1e12, '请输入不小于 0 的数字')),
  insuredStaff: v.optional(num(0, 1e12, '请输入不小于 0 的数字')),
  revenue: v.optional(num(0, 1e12, '请输入不小于 0 的数字')),
  exports: v.optional(num(0, 1e12, '请输入不小于 0 的数字')),
  rdExpense: v.optional(num(0, 1e12, '请输入不小于 0 的数字')),
  graduateHires: v.optional(num(0, 1e12, '请输入不小于 0 的数字')),
  highTech: v.optional(v.boolean('请选择是否为高新技术企业')),
  town: v.optional(v.picklist(DISTRICT_TOWNS as readonly string[], '请选择番禺区内的镇街')),
  establishedOn: v.optional(isoDate('请输入有效日期，如 2019-04-12')),
  creditRating: v.optional(v.picklist(CREDIT_RATINGS, '请选择纳税信用等级')),
  statsStatus: v.optional(v.picklist(STATS_STATUSES, '请选择统计状态')),
  contactName: v.optional(text(20, 0, '联系人')),
  contactPhone: v.optional(mobileOrMasked()),
  bankName: v.optional(text(40, 0, '开户银行')),
  bankAccount: v.optional(text(25)),
  updatedAt: v.optional(isoDateTime()),
})
export type BusinessProfileUpdate = Omit<v.InferOutput<typeof BusinessProfileUpdateBody>, 'updatedAt'>

/**
 * GET|PATCH /api/business/profile answer this: contactPhone and bankAccount masked
 * (138****1234, 44*********567) unless the owner's form asks `?reveal=1`. A masked
 * value sent back in a PATCH leaves the stored one unchanged.
 */
export interface BusinessProfileResponse extends BusinessProfile {
  masked: boolean
}

export type NumericPolicyField = 'headcount' | 'insuredStaff' | 'revenue' | 'exports' | 'rdExpense' | 'graduateHires' | 'yearsInOperation'
export type ChoicePolicyField = 'industry' | 'town' | 'creditRating' | 'statsStatus'

/** Eligibility as data. */
export type PolicyCondition =
  | { field: NumericPolicyField; op: 'gte' | 'lte'; value: number }
  | { field: ChoicePolicyField; op: 'in'; values: string[] }
  | { field: 'highTech'; op: 'is'; value: boolean }

/** How much: a formula over the profile. Rates apply to 万元 fields. */
export type PolicyAmount =
  | { kind: 'fixed'; amount: number }
  | { kind: 'per-unit'; field: NumericPolicyField; unit: number; cap?: number }
  | { kind: 'rate'; field: NumericPolicyField; rate: number; cap?: number }
  | { kind: 'tiered'; field: NumericPolicyField; tiers: Array<{ min: number; amount: number }> }

/** A material: pulled from the safe (e-licence), shared between departments (nothing to hand in), or made by the form. */
export interface PolicyMaterial {
  name: string
  source: 'safe' | 'shared' | 'form'
  /** safe only: the licence type (SafeDocument.type) */
  licenceType?: string
}

export type DeadlineStatus = 'open' | 'closing' | 'closed'

export type MatchStatus = 'eligible' | 'near' | 'ineligible' | 'closed'

export interface PolicyMatch {
  status: MatchStatus
  /** why it matches: one line per condition met */
  reasons: string[]
  /** what is missing, e.g. 差 2 名参保员工 */
  missing: string[]
  /** what this business could get, yuan (eligible and near) */
  estimate?: number
  /** how the estimate was worked out */
  estimateBasis?: string
}

export interface PolicySummary {
  id: string
  title: string
  department: string
  summary: string
  /** empty: every industry */
  industries: PolicyIndustry[]
  /** e.g. 最高 50 万元 */
  amountText: string
  /** the most a business can get, yuan (sorting and the amount filter) */
  maxAmount: number
  deadline: IsoDateTime
  deadlineStatus: DeadlineStatus
  /** days left until the deadline (0 on the last day; negative once closed) */
  daysLeft: number
  /** with a business token */
  match?: PolicyMatch
}

export interface PolicyInterpretation {
  who: string
  howMuch: string
  how: string
  byWhen: string
}

export interface Policy extends PolicySummary {
  basis: string
  publishedAt: IsoDate
  amount: PolicyAmount
  conditions: PolicyCondition[]
  /** each condition in plain words */
  conditionTexts: string[]
  materials: PolicyMaterial[]
  interpretation: PolicyInterpretation
  /** the business's application to it, if any */
  applicationId?: string
}

export type PolicyAmountBand = 'small' | 'medium' | 'large'
export type PolicySort = 'deadline' | 'amount'

export interface PoliciesQuery {
  q?: string
  industry?: PolicyIndustry | ''
  department?: string
  amount?: PolicyAmountBand | ''
  deadline?: DeadlineStatus | ''
  sort?: PolicySort
  /** '1': only those the business qualifies for (business token) */
  matched?: '1' | ''
}

export interface PoliciesResponse extends ListResponse<PolicySummary> {
  /** with matched=1: the ones missed by a little, with what is missing */
  nearMisses?: PolicySummary[]
  departments: string[]
}

/**
 * POST /api/policies/:id/applications. Shape and bounds here; the form's own rules (a mobile number,
 * a 12–25 digit account) are reported by field name, as the apply form shows them, by the mock.
 */
export const PolicyApplicationBody = v.strictObject({
  form: v.strictObject({
    contactName: text(100),
    contactPhone: text(100),
    bankName: text(100),
    bankAccount: text(100),
  }),
  /** safe documents attached for the policy's safe materials */
  materialIds: v.pipe(v.array(id('材料无效'), '应为列表'), v.maxLength(20, '最多 20 份')),
  /** 我已阅读并承诺: required when the policy lists the generated 申报表及信用承诺书 (source 'form') */
  commitmentAccepted: v.optional(v.boolean('应为是或否')),
})
export type PolicyApplicationRequest = v.InferOutput<typeof PolicyApplicationBody>
export type PolicyApplicationForm = PolicyApplicationRequest['form']

/** 申报 → 审核 → 兑现 */
export type PolicyApplicationStatus = 'submitted' | 'in-review' | 'paid'
export const POLICY_APPLICATION_STEPS: PolicyApplicationStatus[] = ['submitted', 'in-review', 'paid']

export interface PolicyApplicationStep {
  status: PolicyApplicationStatus
  /** when it happened */
  at?: IsoDateTime
  /** when it is expected (not reached yet) */
  due?: IsoDateTime
}

export interface PolicyApplication {
  id: string
  policyId: string
  policyTitle: string
  department: string
  caseId: string
  caseNumber: string
  status: PolicyApplicationStatus
  /** the amount applied for (the estimate when submitted), yuan */
  amount: number
  amountPaid?: number
  steps: PolicyApplicationStep[]
  materials: Array<{ name: string; source: PolicyMaterial['source']; documentId?: string }>
  contactName: string
  bankAccountMasked: string
  submittedAt: IsoDateTime
}

/** 1234 → "1,234" (no Intl: weapp). */
export function groupDigits(value: number): string {
  const [int, frac] = String(Math.round(Math.abs(value) * 100) / 100).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`
}

/** Yuan for people: 200000 → "20 万元", 5000 → "5,000 元", 18500 → "1.85 万元". */
export function formatYuan(yuan: number): string {
  if (Math.abs(yuan) >= 10000) return `${groupDigits(Math.round(yuan / 100) / 100)} 万元`
  return `${groupDigits(Math.round(yuan))} 元`
}
