import type { BusinessProfile, PolicyAmount, PolicyCondition, PolicyIndustry, PolicyMatch, NumericPolicyField } from '../../src/contract'
import { formatYuan, groupDigits } from '../../src/contract'
import { localDate } from '../calendar'

/**
 * Policy matching: does a business qualify for a policy, and if not, does it
 * miss by a little (one condition, a small gap) and by what? Plus how much
 * it could get. One function, `matchPolicy`; the rest are its words.
 */

/** What matching needs of a policy: its rules and its deadline. */
export interface MatchablePolicy {
  conditions: PolicyCondition[]
  amount: PolicyAmount
  deadline: string
}

/** A miss counts as "by a little" when it is the only one and the gap is at most this share of the threshold. */
export const NEAR_MISS_SHARE = 0.25

export const INDUSTRY_NAMES: Record<PolicyIndustry, string> = {
  catering: '餐饮业', accommodation: '住宿业', retail: '批发零售业', trade: '外贸', manufacturing: '制造业',
  tech: '科技服务业', logistics: '交通物流业', culture: '文化旅游业', agriculture: '农业', construction: '建筑业',
}

const STATS_NAMES: Record<string, string> = { none: '未入统', new: '本年度首次入统', existing: '已入统' }

interface NumericWords {
  label: string
  unit: string
  /** "差 2 名参保员工" rather than "参保员工人数差 2 人" */
  shortBy?: (gap: string) => string
}

const NUMERIC: Record<NumericPolicyField, NumericWords> = {
  headcount: { label: '从业人数', unit: '人' },
  insuredStaff: { label: '参保员工', unit: '人', shortBy: (gap) => `差 ${gap} 名参保员工` },
  revenue: { label: '上年度营业收入', unit: '万元' },
  exports: { label: '上年度出口额', unit: '万元' },
  rdExpense: { label: '上年度研发投入', unit: '万元', shortBy: (gap) => `研发投入差 ${gap} 万元` },
  graduateHires: { label: '新招用高校毕业生', unit: '人', shortBy: (gap) => `差 ${gap} 名新招用高校毕业生` },
  yearsInOperation: { label: '经营年限', unit: '年' },
}

const DAY_MS = 86_400_000

/** Whole months from a date (YYYY-MM-DD, district time) to now. */
export function monthsSince(date: string, now: Date): number {
  const [ty, tm, td] = localDate(now.getTime()).split('-').map(Number)
  const [y, m, d] = date.split('-').map(Number)
  let months = (ty - y) * 12 + (tm - m)
  if (td < d) months -= 1
  return Math.max(0, months)
}

export function numericValue(profile: BusinessProfile, field: NumericPolicyField, now: Date): number {
  return field === 'yearsInOperation' ? monthsSince(profile.establishedOn, now) / 12 : profile[field]
}

function choiceValue(profile: BusinessProfile, field: 'industry' | 'town' | 'creditRating' | 'statsStatus'): string {
  return profile[field]
}

function choiceName(field: string, value: string): string {
  if (field === 'industry') return INDUSTRY_NAMES[value as PolicyIndustry] ?? value
  if (field === 'statsStatus') return STATS_NAMES[value] ?? value
  if (field === 'creditRating') return `${value} 级`
  return value
}

function creditText(values: string[]): string {
  if (!values.includes('D') && values.includes('C')) return '无严重失信记录（纳税信用非 D 级）'
  return `纳税信用 ${values[values.length - 1]} 级及以上`
}

/** A condition in plain words, e.g. 参保员工 40 人以上. */
export function conditionText(c: PolicyCondition): string {
  if (c.op === 'is') return c.value ? '已认定为高新技术企业' : '尚未认定为高新技术企业'
  if (c.op === 'in') {
    if (c.field === 'creditRating') return creditText(c.values)
    if (c.field === 'statsStatus') return c.values.map((v) => STATS_NAMES[v]).join('或')
    const names = c.values.map((v) => choiceName(c.field, v)).join('、')
    return c.field === 'town' ? `经营地在${names}` : `属于${names}`
  }
  const words = NUMERIC[c.field]
  if (c.field === 'yearsInOperation') return `成立满 ${c.value} 年`
  return `${words.label} ${groupDigits(c.value)} ${words.unit}${c.op === 'gte' ? '以上' : '以下'}`
}

function formatMonths(months: number): string {
  const years = Math.floor(months / 12)
  const rest = months % 12
  return [years ? `${years} 年` : '', rest ? `${rest} 个月` : ''].filter(Boolean).join(' ') || '不足 1 个月'
}

/** Why a met condition counts, with the business's own figure. */
function reasonText(c: PolicyCondition, profile: BusinessProfile, now: Date): string {
  if (c.op === 'is') return conditionText(c)
  if (c.op === 'in') {
    const value = choiceValue(profile, c.field)
    if (c.field === 'creditRating') return `纳税信用 ${value} 级，符合“${creditText(c.values)}”`
    return `${c.field === 'town' ? '经营地' : c.field === 'industry' ? '行业' : '统计状态'}为${choiceName(c.field, value)}，符合条件`
  }
  const value = numericValue(profile, c.field, now)
  if (c.field === 'yearsInOperation') return `已成立 ${formatMonths(monthsSince(profile.establishedOn, now))}，满足${conditionText(c)}`
  const words = NUMERIC[c.field]
  return `${words.label} ${groupDigits(value)} ${words.unit}，满足${c.op === 'gte' ? '不少于' : '不超过'} ${groupDigits(c.value)} ${words.unit}`
}

interface Miss {
  text: string
  /** the share of the threshold still missing (numeric only) */
  share?: number
}

function missOf(c: PolicyCondition, profile: BusinessProfile, now: Date): Miss {
  if (c.op === 'is') return { text: c.value ? '需先取得高新技术企业认定' : '已是高新技术企业，请申报“高新技术企业认定奖励”' }
  if (c.op === 'in') {
    const value = choiceName(c.field, choiceValue(profile, c.field))
    if (c.field === 'creditRating') return { text: `需${creditText(c.values)}（当前 ${value}）` }
    if (c.field === 'industry') return { text: `仅限${c.values.map((v) => choiceName('industry', v)).join('、')}（当前为${value}）` }
    if (c.field === 'town') return { text: `仅限${c.values.join('、')}的经营者（当前在${value}）` }
    return { text: `仅限${conditionText(c)}的企业（当前${value}）` }
  }
  const value = numericValue(profile, c.field, now)
  const share = c.value > 0 ? Math.abs(c.value - value) / c.value : 1
  if (c.field === 'yearsInOperation') {
    const months = Math.ceil(c.value * 12) - monthsSince(profile.establishedOn, now)
    return { text: `还差 ${formatMonths(months)}满 ${c.value} 年`, share }
  }
  const words = NUMERIC[c.field]
  const gap = groupDigits(Math.abs(c.value - value))
  if (c.op === 'lte') return { text: `${words.label}超出上限 ${gap} ${words.unit}（限 ${groupDigits(c.value)} ${words.unit}以下）`, share }
  return { text: words.shortBy ? words.shortBy(gap) : `${words.label}差 ${gap} ${words.unit}`, share }
}

export function meets(c: PolicyCondition, profile: BusinessProfile, now: Date): boolean {
  if (c.op === 'is') return profile.highTech === c.value
  if (c.op === 'in') return c.values.includes(choiceValue(profile, c.field))
  const value = numericValue(profile, c.field, now)
  return c.op === 'gte' ? value >= c.value : value <= c.value
}

/** The most a business can get from a policy. */
export function maxAmount(amount: PolicyAmount): number {
  switch (amount.kind) {
    case 'fixed': return amount.amount
    case 'tiered': return Math.max(...amount.tiers.map((t) => t.amount))
    default: return amount.cap ?? 0
  }
}

/** The headline, e.g. 20 万元 · 每人 500 元 · 最高 50 万元. */
export function amountText(amount: PolicyAmount): string {
  switch (amount.kind) {
    case 'fixed': return formatYuan(amount.amount)
    case 'per-unit': return `每人 ${formatYuan(amount.unit)}`
    default: return `最高 ${formatYuan(maxAmount(amount))}`
  }
}

/** How much this profile would get, and how that was worked out. */
export function estimateAmount(amount: PolicyAmount, profile: BusinessProfile, now: Date): { estimate: number; basis: string } {
  if (amount.kind === 'fixed') return { estimate: amount.amount, basis: `定额 ${formatYuan(amount.amount)}` }
  const value = numericValue(profile, amount.field, now)
  const words = NUMERIC[amount.field]
  const figure = `${words.label} ${groupDigits(value)} ${words.unit}`
  if (amount.kind === 'tiered') {
    const tier = [...amount.tiers].sort((a, b) => b.min - a.min).find((t) => value >= t.min)
    if (!tier) return { estimate: 0, basis: `${figure}，未达最低档 ${groupDigits(amount.tiers[0].min)} ${words.unit}` }
    return { estimate: tier.amount, basis: `${figure}，对应 ${groupDigits(tier.min)} ${words.unit}以上档` }
  }
  const raw = amount.kind === 'per-unit' ? value * amount.unit : value * 10000 * amount.rate
  const capped = amount.cap !== undefined && raw > amount.cap
  const estimate = Math.round(capped ? amount.cap! : raw)
  const formula = amount.kind === 'per-unit' ? `${figure} × ${formatYuan(amount.unit)}` : `${figure} × ${groupDigits(amount.rate * 100)}%`
  return { estimate, basis: `${formula}${capped ? `，封顶 ${formatYuan(amount.cap!)}` : ''}` }
}

/** The profile with one numeric condition just met (for a near miss's estimate). */
function withConditionMet(profile: BusinessProfile, c: PolicyCondition): BusinessProfile {
  if (c.op !== 'gte' && c.op !== 'lte') return profile
  if (c.field === 'yearsInOperation') return profile
  return { ...profile, [c.field]: c.value }
}

/**
 * Qualifies (every condition met, still open), misses by a little (one
 * condition, a gap of at most NEAR_MISS_SHARE), not eligible, or closed.
 */
export function matchPolicy(policy: MatchablePolicy, profile: BusinessProfile, now: Date): PolicyMatch {
  const reasons: string[] = []
  const misses: Array<{ condition: PolicyCondition; miss: Miss }> = []
  for (const condition of policy.conditions) {
    if (meets(condition, profile, now)) reasons.push(reasonText(condition, profile, now))
    else misses.push({ condition, miss: missOf(condition, profile, now) })
  }
  const missing = misses.map((m) => m.miss.text)
  if (now.getTime() > Date.parse(policy.deadline)) {
    return { status: 'closed', reasons, missing: [...missing, '申报已截止'] }
  }
  if (!misses.length) {
    const { estimate, basis } = estimateAmount(policy.amount, profile, now)
    return { status: 'eligible', reasons, missing, estimate, estimateBasis: basis }
  }
  const only = misses.length === 1 ? misses[0] : undefined
  if (only && only.miss.share !== undefined && only.miss.share <= NEAR_MISS_SHARE) {
    const { estimate, basis } = estimateAmount(policy.amount, withConditionMet(profile, only.condition), now)
    return { status: 'near', reasons, missing, estimate, estimateBasis: `达标后可获：${basis}` }
  }
  return { status: 'ineligible', reasons, missing }
}

/** End of the day (district time) `days` after `epoch`, as ISO with +08:00. */
export function deadlineFrom(epochMs: number, days: number): string {
  return `${localDate(epochMs + days * DAY_MS)}T23:59:59+08:00`
}
