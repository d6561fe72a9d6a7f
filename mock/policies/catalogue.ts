import type {
  BusinessProfile, BusinessProfileResponse, BusinessProfileUpdate, DeadlineStatus, PoliciesQuery, PoliciesResponse, Policy, PolicySummary,
} from '../../src/contract'
import { CREDIT_RATINGS, DISTRICT_TOWNS, POLICY_INDUSTRIES, STATS_STATUSES, checkCreditCode, formatYuan, isMobile, maskNumber, maskPhone } from '../../src/contract'
import { POLICY_SEEDS, type PolicySeed } from './data'
import { DEMO_BUSINESS_PROFILE } from './business-profiles'
import { fail } from '../errors'
import type { Store } from '../store'
import { amountText, conditionText, deadlineFrom, matchPolicy, maxAmount } from './matching'
import { localDate } from '../calendar'

/** The policy list (一栏统览) and the business profile matching reads. */

const DAY_MS = 86_400_000
/** "closing soon": this many days or fewer left */
export const CLOSING_SOON_DAYS = 7

/** Deadlines count from the moment the data was seeded, so a reset gives the same mix of open and closed. */
export function policyEpoch(store: Store, now: Date): number {
  const saved = store.getMeta<number>('policyEpoch')
  if (saved !== undefined) return saved
  store.setMeta('policyEpoch', now.getTime())
  return now.getTime()
}

function deadlineState(deadline: string, now: Date): { deadlineStatus: DeadlineStatus; daysLeft: number } {
  const msLeft = Date.parse(deadline) - now.getTime()
  const daysLeft = Math.floor(msLeft / DAY_MS)
  return { deadlineStatus: msLeft < 0 ? 'closed' : daysLeft <= CLOSING_SOON_DAYS ? 'closing' : 'open', daysLeft: msLeft < 0 ? Math.min(-1, daysLeft) : daysLeft }
}

function toPolicy(seed: PolicySeed, epoch: number, now: Date): Policy {
  const deadline = deadlineFrom(epoch, seed.deadlineDays)
  const published = localDate(epoch - seed.publishedDaysAgo * DAY_MS)
  return {
    id: seed.id,
    title: seed.title,
    department: seed.department,
    summary: seed.summary,
    industries: seed.industries,
    amountText: amountText(seed.amount),
    maxAmount: maxAmount(seed.amount),
    deadline,
    ...deadlineState(deadline, now),
    basis: seed.basis,
    publishedAt: published,
    amount: seed.amount,
    conditions: seed.conditions,
    conditionTexts: seed.conditions.map(conditionText),
    materials: seed.materials,
    interpretation: {
      who: seed.who,
      howMuch: `${amountText(seed.amount)}。${seed.note ?? ''}`.replace(/。$/, '。'),
      how: seed.how,
      byWhen: `请于 ${deadline.slice(0, 10)} 24 时前在线申报；提交后约 1 小时进入审核，审核通过后 3 个工作日内拨付到对公账户。`,
    },
  }
}

export function allPolicies(store: Store, now: Date): Policy[] {
  const epoch = policyEpoch(store, now)
  return POLICY_SEEDS.map((seed) => toPolicy(seed, epoch, now))
}

export function policyById(store: Store, id: string, now: Date): Policy | undefined {
  const seed = POLICY_SEEDS.find((s) => s.id === id)
  return seed ? toPolicy(seed, policyEpoch(store, now), now) : undefined
}

export function summaryOf(policy: Policy): PolicySummary {
  const { id, title, department, summary, industries, amountText: text, maxAmount: max, deadline, deadlineStatus, daysLeft, match } = policy
  return { id, title, department, summary, industries, amountText: text, maxAmount: max, deadline, deadlineStatus, daysLeft, match }
}

export const AMOUNT_BANDS = { small: [0, 50_000], medium: [50_000, 200_000], large: [200_000, Infinity] } as const

/** Search, filter and sort; with a profile each policy says whether it matches; `matched` keeps the ones it qualifies for. */
export function listPolicies(store: Store, query: PoliciesQuery, profile: BusinessProfile | undefined, now: Date): PoliciesResponse {
  const all = allPolicies(store, now).map((p) => (profile ? { ...p, match: matchPolicy(p, profile, now) } : p))
  const departments = Array.from(new Set(all.map((p) => p.department)))
  const q = query.q?.trim().toLowerCase()
  const band = query.amount ? AMOUNT_BANDS[query.amount] : undefined
  let rows = all.filter((p) =>
    (!q || [p.title, p.summary, p.department, p.basis].some((text) => text.toLowerCase().includes(q))) &&
    (!query.industry || !p.industries.length || p.industries.includes(query.industry)) &&
    (!query.department || p.department === query.department) &&
    (!band || (p.maxAmount >= band[0] && p.maxAmount < band[1])) &&
    (!query.deadline || p.deadlineStatus === query.deadline))
  const byDeadline = (a: Policy, b: Policy) => {
    const closedA = a.deadlineStatus === 'closed' ? 1 : 0
    const closedB = b.deadlineStatus === 'closed' ? 1 : 0
    return closedA - closedB || (closedA ? b.deadline.localeCompare(a.deadline) : a.deadline.localeCompare(b.deadline))
  }
  const byAmount = (a: Policy, b: Policy) => (b.match?.estimate ?? b.maxAmount) - (a.match?.estimate ?? a.maxAmount) || byDeadline(a, b)
  rows.sort(query.sort === 'amount' ? byAmount : byDeadline)
  if (query.matched === '1' && profile) {
    const nearMisses = rows.filter((p) => p.match?.status === 'near').map(summaryOf)
    rows = rows.filter((p) => p.match?.status === 'eligible')
    return { items: rows.map(summaryOf), total: rows.length, nearMisses, departments }
  }
  return { items: rows.map(summaryOf), total: rows.length, departments }
}

/* ---------- the business profile ---------- */

const PROFILES = 'businessProfiles'

export function businessProfile(store: Store, ownerId: string): BusinessProfile {
  const saved = store.collection<BusinessProfile>(PROFILES).get(ownerId)
  if (saved) return saved
  // Only the demo business has a profile to start with; anyone else starts from an empty one.
  const start: BusinessProfile = ownerId === 'u-business' ? DEMO_BUSINESS_PROFILE : {
    ...DEMO_BUSINESS_PROFILE, companyName: '', creditCode: '', headcount: 0, insuredStaff: 0, revenue: 0, exports: 0, rdExpense: 0, graduateHires: 0,
    contactName: '', contactPhone: '', bankName: '', bankAccount: '',
  }
  return store.collection<BusinessProfile>(PROFILES).put(ownerId, { ...start })
}

/**
 * What the API answers: the contact phone and bank account masked, unless the
 * owner's edit form asks to see them (`reveal`). Routes only ever serve the
 * caller's own profile, so reveal is the owner's.
 */
export function profileView(profile: BusinessProfile, reveal: boolean): BusinessProfileResponse {
  if (reveal) return { ...profile, masked: false }
  return { ...profile, contactPhone: maskPhone(profile.contactPhone), bankAccount: maskNumber(profile.bankAccount), masked: true }
}

/** A masked value sent back unchanged (a form saved without revealing) leaves the stored one as it is. */
function sentMasked(key: 'contactPhone' | 'bankAccount', value: unknown, stored: BusinessProfile): boolean {
  if (typeof value !== 'string' || !value.includes('*')) return false
  return value === (key === 'contactPhone' ? maskPhone(stored.contactPhone) : maskNumber(stored.bankAccount))
}

const LIMITS = { headcount: 1_000_000, insuredStaff: 1_000_000, revenue: 100_000_000, exports: 100_000_000, rdExpense: 10_000_000, graduateHires: 100_000 }
type CountField = keyof typeof LIMITS
const WHOLE: CountField[] = ['headcount', 'insuredStaff', 'graduateHires']

/** Field → message for every problem in an update (empty when valid). The server never trusts the client. */
export function profileProblems(update: BusinessProfileUpdate, merged: BusinessProfile, today: Date): Record<string, string> {
  const problems: Record<string, string> = {}
  const text = (key: 'companyName' | 'contactName' | 'bankName', label: string, max: number) => {
    const v = merged[key]
    if (typeof v !== 'string' || !v.trim()) problems[key] = `请填写${label}`
    else if (v.length > max) problems[key] = `${label}不超过 ${max} 字`
  }
  text('companyName', '企业名称', 60)
  text('contactName', '联系人', 20)
  text('bankName', '开户银行', 40)
  const credit = typeof merged.creditCode === 'string' ? checkCreditCode(merged.creditCode) : 'format'
  if (credit) problems.creditCode = { length: '统一社会信用代码应为 18 位', format: '统一社会信用代码含有无效字符（不含 I、O、Z、S、V）', checksum: '统一社会信用代码校验位不正确，请核对' }[credit]
  if (typeof merged.contactPhone !== 'string' || !isMobile(merged.contactPhone)) problems.contactPhone = '请输入 11 位手机号码'
  if (typeof merged.bankAccount !== 'string' || !/^\d{12,25}$/.test(merged.bankAccount)) problems.bankAccount = '对公账号应为 12–25 位数字'
  for (const key of Object.keys(LIMITS) as CountField[]) {
    const v = merged[key]
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) problems[key] = '请输入不小于 0 的数字'
    else if (v > LIMITS[key]) problems[key] = `不超过 ${groupLimit(LIMITS[key])}`
    else if (WHOLE.includes(key) && !Number.isInteger(v)) problems[key] = '请输入整数'
  }
  if (!problems.insuredStaff && !problems.headcount && merged.insuredStaff > merged.headcount) problems.insuredStaff = '参保员工不能多于从业人数'
  if (!POLICY_INDUSTRIES.includes(merged.industry)) problems.industry = '请选择行业'
  if (!(DISTRICT_TOWNS as readonly string[]).includes(merged.town)) problems.town = '请选择番禺区内的镇街'
  if (!CREDIT_RATINGS.includes(merged.creditRating)) problems.creditRating = '请选择纳税信用等级'
  if (!STATS_STATUSES.includes(merged.statsStatus)) problems.statsStatus = '请选择统计状态'
  if (typeof merged.highTech !== 'boolean') problems.highTech = '请选择是否为高新技术企业'
  const established = typeof merged.establishedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(merged.establishedOn) ? Date.parse(`${merged.establishedOn}T00:00:00+08:00`) : NaN
  if (!Number.isFinite(established) || localDate(established) !== merged.establishedOn) problems.establishedOn = '请输入有效日期，如 2019-04-12'
  else if (established > today.getTime()) problems.establishedOn = '成立日期不能晚于今天'
  else if (established < Date.parse('1949-10-01T00:00:00+08:00')) problems.establishedOn = '成立日期过早，请核对'
  // Only the fields sent are reported: a field the client did not touch cannot be its fault.
  for (const key of Object.keys(problems)) if (!(key in update) && key !== 'insuredStaff') delete problems[key]
  return problems
}

function groupLimit(n: number): string {
  return n >= 10000 ? formatYuan(n).replace(' 万元', ' 万') : String(n)
}

const EDITABLE: Array<keyof BusinessProfileUpdate> = [
  'companyName', 'creditCode', 'industry', 'headcount', 'insuredStaff', 'revenue', 'exports', 'rdExpense', 'graduateHires',
  'highTech', 'town', 'establishedOn', 'creditRating', 'statsStatus', 'contactName', 'contactPhone', 'bankName', 'bankAccount',
]

/** Apply a validated update; refuses with field messages (400) when any field is wrong. */
export function updateBusinessProfile(store: Store, ownerId: string, update: unknown, now: Date): BusinessProfile {
  if (!update || typeof update !== 'object' || Array.isArray(update)) throw fail.badRequest('请求格式错误')
  const patch: BusinessProfileUpdate = {}
  const stored = businessProfile(store, ownerId)
  for (const key of EDITABLE) {
    if (!(key in update)) continue
    let value = (update as Record<string, unknown>)[key]
    if ((key === 'contactPhone' || key === 'bankAccount') && sentMasked(key, value, stored)) continue
    if (typeof value === 'string') value = value.trim()
    if (key === 'creditCode' && typeof value === 'string') value = value.toUpperCase()
    ;(patch as Record<string, unknown>)[key] = value
  }
  const unknown = Object.keys(update).filter((k) => !(EDITABLE as string[]).includes(k) && k !== 'updatedAt')
  if (unknown.length) throw fail.badRequest(`不能修改：${unknown.join('、')}`, Object.fromEntries(unknown.map((k) => [k, '不可修改'])))
  const merged = { ...stored, ...patch } as BusinessProfile
  const problems = profileProblems(patch, merged, now)
  if (Object.keys(problems).length) throw fail.badRequest('企业信息有误，请按提示修改', problems)
  return store.collection<BusinessProfile>(PROFILES).put(ownerId, { ...merged, updatedAt: now.toISOString() })
}
