/**
 * The one small rules engine behind 秒批秒办. An item's rules are data
 * (mock/approvals/rules.ts): each names a condition kind and its parameters, a
 * plain-language label, where the fact comes from, and what to tell the
 * applicant when it fails or cannot be decided. The engine evaluates each
 * condition against one context (applicant, e-licences, shared data, form,
 * today) and decides: any failure → rejected; else anything undecided →
 * manual; else approved.
 */
import type { InstantDecisionKind, InstantField, RuleResult, RuleVerdict, VerifiedFact } from '../../src/contract'
import { birthDateFromId, checkIdNumber } from '../../src/contract'
import type { CreditRecord, EnterpriseRecord, HukouRecord, InsuranceRecord } from './shared-data'
import { DISTRICT, DISTRICT_TOWNS, OTHER_DISTRICTS, SEWER_COVERAGE } from './shared-data'
import { daysBetween, isValidDate } from '../calendar'

export interface ContextLicence {
  type: string
  name: string
  issuer: string
  /** as the safe shows it */
  numberMasked: string
  validUntil?: string
}

export interface RuleContext {
  applicant: { role: 'resident' | 'business' | 'clerk'; idNumber?: string; creditCode?: string }
  licences: ContextLicence[]
  enterprise?: EnterpriseRecord
  credit?: CreditRecord
  insurance?: InsuranceRecord
  hukou?: HukouRecord
  form: Record<string, unknown>
  /** YYYY-MM-DD in Asia/Shanghai */
  today: string
}

/** The condition kinds rules may name (the engine's whole vocabulary). */
export type Condition =
  | { kind: 'licence-valid'; licenceType: string }
  /** the applicant's own identity licence: ID card for people, business licence for businesses */
  | { kind: 'identity-valid' }
  | { kind: 'enterprise-active' }
  /** the registered 经营范围 covers the activity (fixed, or the code chosen in a form field) */
  | { kind: 'scope-covers'; activity?: string; field?: string }
  | { kind: 'no-unpaid-penalty' }
  | { kind: 'not-dishonest' }
  | { kind: 'number-max'; field: string; max: number }
  /** above `max` a person decides (not a refusal) */
  | { kind: 'number-max-or-manual'; field: string; max: number }
  /** inclusive day count from → to */
  | { kind: 'date-span-max'; from: string; to: string; maxDays: number }
  | { kind: 'date-not-before-today'; field: string }
  | { kind: 'date-not-after-today'; field: string }
  /** older than `from`: a person searches the paper archive */
  | { kind: 'date-archived'; field: string; from: string }
  | { kind: 'address-in-district'; field: string }
  | { kind: 'sewer-covered'; field: string }
  | { kind: 'commitment'; field: string }
  | { kind: 'age-min'; years: number }
  | { kind: 'hukou-in-district' }
  | { kind: 'photo-on-file' }
  | { kind: 'insured' }
  /** no unpaid month in the last N months (N from a form field) */
  | { kind: 'no-arrears'; monthsField: string }

export interface Rule {
  id: string
  label: string
  source: string
  when: Condition
  /** why it failed, with {placeholders} from the evaluation (rules that only route to a person need none) */
  fail?: string
  /** what to do after a failure */
  remedy?: string
  /** why it cannot be decided automatically (routes to a person) */
  unknown?: string
  unknownRemedy?: string
}

export interface InstantItemRules {
  itemId: string
  target: 'person' | 'business' | 'both'
  /** the e-certificate's title */
  resultName: string
  /** how long the certificate is valid: days from issue, or until a form date; absent = long-term */
  validity?: { days: number } | { untilField: string }
  fields: InstantField[]
  rules: Rule[]
}

interface Evaluation {
  verdict: RuleVerdict
  params?: Record<string, string | number>
}

type Fact = Omit<VerifiedFact, 'source'>

const pass: Evaluation = { verdict: 'pass' }

// ---- dates (plain YYYY-MM-DD arithmetic, no time zones) ----

export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && isValidDate(value)

export function daysInclusive(from: string, to: string): number {
  return daysBetween(from, to) + 1
}

export function ageOn(idNumber: string, today: string): number {
  const birth = birthDateFromId(idNumber)
  const [by, bm, bd] = birth.split('-').map(Number)
  const [ty, tm, td] = today.split('-').map(Number)
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/** YYYY-MM of the month `back` months before today's month (0 = this month). */
function monthBack(today: string, back: number): string {
  const [y, m] = today.split('-').map(Number)
  const index = y * 12 + (m - 1) - back
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

function licenceOf(ctx: RuleContext, type: string): ContextLicence | undefined {
  return ctx.licences.find((l) => l.type === type)
}

function identityType(ctx: RuleContext): string {
  return ctx.applicant.role === 'business' ? 'business-licence' : 'id-card'
}

const num = (value: unknown) => (typeof value === 'number' ? value : Number(value))

function licenceCheck(ctx: RuleContext, type: string): Evaluation {
  const licence = licenceOf(ctx, type)
  if (!licence) return { verdict: 'fail', params: { reason: '未在电子证照库中找到' } }
  if (licence.validUntil && licence.validUntil < ctx.today) return { verdict: 'fail', params: { reason: `已于 ${licence.validUntil} 过期` } }
  return pass
}

const LICENCE_NAMES: Record<string, string> = { 'id-card': '居民身份证', 'business-licence': '营业执照' }

function licenceFact(ctx: RuleContext, type: string): Fact {
  const licence = licenceOf(ctx, type)
  if (!licence) return { label: LICENCE_NAMES[type] ?? '电子证照', value: '未在电子证照库中找到', ok: false }
  const valid = !licence.validUntil || licence.validUntil >= ctx.today
  return { label: licence.name, value: `${licence.numberMasked} · ${valid ? (licence.validUntil ? `有效至 ${licence.validUntil}` : '长期有效') : '已过期'}`, ok: valid }
}

/** Where an address lies: inside (names the district or one of its towns), outside, or cannot tell. */
export function placeVerdict(address: string): RuleVerdict {
  if (OTHER_DISTRICTS.some((d) => address.includes(d))) return 'fail'
  if (address.includes(DISTRICT) || address.includes('番禺') || DISTRICT_TOWNS.some((t) => address.includes(t) || address.includes(t.slice(0, -1)))) return 'pass'
  return 'unknown'
}

/** Each condition kind: how it decides, and (for facts found without asking) what the applicant is shown. */
const CONDITIONS: { [K in Condition['kind']]: { evaluate: (c: Extract<Condition, { kind: K }>, ctx: RuleContext) => Evaluation; fact?: (c: Extract<Condition, { kind: K }>, ctx: RuleContext) => Fact } } = {
  'licence-valid': { evaluate: (c, ctx) => licenceCheck(ctx, c.licenceType), fact: (c, ctx) => licenceFact(ctx, c.licenceType) },
  'identity-valid': { evaluate: (_, ctx) => licenceCheck(ctx, identityType(ctx)), fact: (_, ctx) => licenceFact(ctx, identityType(ctx)) },
  'enterprise-active': {
    evaluate: (_, ctx) => !ctx.enterprise ? { verdict: 'fail', params: { status: '未查询到登记信息' } } : ctx.enterprise.status === '存续' ? pass : { verdict: 'fail', params: { status: ctx.enterprise.status } },
    fact: (_, ctx) => ({ label: '登记状态', value: ctx.enterprise?.status ?? '未查询到', ok: ctx.enterprise?.status === '存续' }),
  },
  'scope-covers': {
    evaluate: (c, ctx) => {
      const activity = c.activity ?? String(ctx.form[c.field ?? ''] ?? '')
      if (!ctx.enterprise) return { verdict: 'fail', params: { activity } }
      return ctx.enterprise.scope.includes(activity) ? pass : { verdict: 'fail', params: { activity } }
    },
    fact: (_, ctx) => ({ label: '经营范围', value: ctx.enterprise?.scopeText ?? '未查询到', ok: !!ctx.enterprise }),
  },
  'no-unpaid-penalty': {
    evaluate: (_, ctx) => {
      const unpaid = (ctx.credit?.penalties ?? []).filter((p) => !p.paid)
      if (!unpaid.length) return pass
      return { verdict: 'fail', params: { count: unpaid.length, decisionNo: unpaid[0].decisionNo, amount: unpaid.reduce((s, p) => s + p.amount, 0) } }
    },
    fact: (_, ctx) => {
      const unpaid = (ctx.credit?.penalties ?? []).filter((p) => !p.paid).length
      return { label: '行政处罚', value: unpaid ? `${unpaid} 宗未缴清` : '无未缴清罚款', ok: !unpaid }
    },
  },
  'not-dishonest': {
    evaluate: (_, ctx) => (ctx.credit?.dishonest ? { verdict: 'fail' } : pass),
    fact: (_, ctx) => ({ label: '失信被执行人名单', value: ctx.credit?.dishonest ? '在名单内' : '不在名单内', ok: !ctx.credit?.dishonest }),
  },
  'number-max': {
    evaluate: (c, ctx) => (num(ctx.form[c.field]) <= c.max ? pass : { verdict: 'fail', params: { value: num(ctx.form[c.field]), max: c.max } }),
  },
  'number-max-or-manual': {
    evaluate: (c, ctx) => (num(ctx.form[c.field]) <= c.max ? pass : { verdict: 'unknown', params: { value: num(ctx.form[c.field]), max: c.max } }),
  },
  'date-span-max': {
    evaluate: (c, ctx) => {
      const days = daysInclusive(String(ctx.form[c.from]), String(ctx.form[c.to]))
      return days <= c.maxDays ? pass : { verdict: 'fail', params: { days, max: c.maxDays } }
    },
  },
  'date-not-before-today': {
    evaluate: (c, ctx) => (String(ctx.form[c.field]) >= ctx.today ? pass : { verdict: 'fail', params: { date: String(ctx.form[c.field]), today: ctx.today } }),
  },
  'date-not-after-today': {
    evaluate: (c, ctx) => (String(ctx.form[c.field]) <= ctx.today ? pass : { verdict: 'fail', params: { date: String(ctx.form[c.field]) } }),
  },
  'date-archived': {
    evaluate: (c, ctx) => (String(ctx.form[c.field]) >= c.from ? pass : { verdict: 'unknown', params: { date: String(ctx.form[c.field]), from: c.from } }),
  },
  'address-in-district': {
    evaluate: (c, ctx) => {
      const address = String(ctx.form[c.field] ?? '')
      return { verdict: placeVerdict(address), params: { address } }
    },
  },
  'sewer-covered': {
    evaluate: (c, ctx) => {
      const town = String(ctx.form[c.field] ?? '')
      const coverage = SEWER_COVERAGE[town] ?? 'none'
      return { verdict: coverage === 'covered' ? 'pass' : coverage === 'partial' ? 'unknown' : 'fail', params: { town } }
    },
  },
  commitment: { evaluate: (c, ctx) => (ctx.form[c.field] === true ? pass : { verdict: 'fail' }) },
  'age-min': {
    evaluate: (c, ctx) => {
      if (!ctx.applicant.idNumber || checkIdNumber(ctx.applicant.idNumber, new Date(`${ctx.today}T12:00:00Z`))) return { verdict: 'unknown', params: { age: '-', years: c.years } }
      const age = ageOn(ctx.applicant.idNumber, ctx.today)
      return age >= c.years ? pass : { verdict: 'fail', params: { age, years: c.years } }
    },
    fact: (_, ctx) => ({ label: '年龄（据身份证号）', value: ctx.applicant.idNumber ? `${ageOn(ctx.applicant.idNumber, ctx.today)} 周岁` : '未知', ok: !!ctx.applicant.idNumber }),
  },
  'hukou-in-district': {
    evaluate: (_, ctx) => (ctx.hukou?.district === DISTRICT ? pass : { verdict: 'unknown' }),
    fact: (_, ctx) => ({ label: '户籍', value: ctx.hukou ? ctx.hukou.district : '未查询到本区户籍', ok: ctx.hukou?.district === DISTRICT }),
  },
  'photo-on-file': {
    evaluate: (_, ctx) => (ctx.hukou?.photoOnFile ? pass : { verdict: 'unknown' }),
    fact: (_, ctx) => ({ label: '证件照片', value: ctx.hukou?.photoOnFile ? '已调取公安证件照' : '未找到', ok: !!ctx.hukou?.photoOnFile }),
  },
  insured: {
    evaluate: (_, ctx) => (ctx.insurance ? pass : { verdict: 'fail' }),
    fact: (_, ctx) => ({ label: '参保记录', value: ctx.insurance ? `${ctx.insurance.since} 起参保 · ${ctx.insurance.types.length} 个险种` : '未查询到', ok: !!ctx.insurance }),
  },
  'no-arrears': {
    evaluate: (c, ctx) => {
      const months = num(ctx.form[c.monthsField])
      const first = monthBack(ctx.today, months)
      const inPeriod = (ctx.insurance?.arrears ?? []).filter((m) => m >= first)
      return inPeriod.length ? { verdict: 'unknown', params: { count: inPeriod.length, months } } : pass
    },
  },
}

function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole))
}

export function evaluateRule(rule: Rule, ctx: RuleContext): RuleResult {
  const spec = CONDITIONS[rule.when.kind] as { evaluate: (c: Condition, ctx: RuleContext) => Evaluation }
  let evaluation: Evaluation
  try {
    evaluation = spec.evaluate(rule.when, ctx)
  } catch {
    // A rule that breaks on odd data cannot decide: a person looks at it.
    evaluation = { verdict: 'unknown' }
  }
  const base: RuleResult = { ruleId: rule.id, label: rule.label, source: rule.source, verdict: evaluation.verdict }
  if (evaluation.verdict === 'fail') {
    return { ...base, message: format(rule.fail ?? `未满足：${rule.label}`, evaluation.params), remedy: format(rule.remedy ?? '请到窗口咨询，或拨打 12345', evaluation.params) }
  }
  if (evaluation.verdict === 'unknown') {
    return {
      ...base,
      message: format(rule.unknown ?? '该项无法自动判断，已转人工审核', evaluation.params),
      remedy: format(rule.unknownRemedy ?? '工作人员将在 1 个工作日内处理，请留意办件进度', evaluation.params),
    }
  }
  return base
}

export interface EngineResult {
  decision: InstantDecisionKind
  checks: RuleResult[]
  reasons: RuleResult[]
}

/** Every rule, in order; the decision follows from the worst verdict. */
export function decide(rules: Rule[], ctx: RuleContext): EngineResult {
  const checks = rules.map((rule) => evaluateRule(rule, ctx))
  const failed = checks.filter((c) => c.verdict === 'fail')
  if (failed.length) return { decision: 'rejected', checks, reasons: failed }
  const undecided = checks.filter((c) => c.verdict === 'unknown')
  if (undecided.length) return { decision: 'manual', checks, reasons: undecided }
  return { decision: 'approved', checks, reasons: [] }
}

/** The facts the rules read without asking, for the "已自动核验" list (form-only rules give none). */
export function verifiedFacts(rules: Rule[], ctx: RuleContext): VerifiedFact[] {
  const facts: VerifiedFact[] = []
  for (const rule of rules) {
    const spec = CONDITIONS[rule.when.kind] as { fact?: (c: Condition, ctx: RuleContext) => Fact }
    if (!spec.fact) continue
    facts.push({ ...spec.fact(rule.when, ctx), source: rule.source })
  }
  return facts
}

/** Field-level checks of the form before any rule runs (400 with field messages). */
export function validateForm(item: Pick<InstantItemRules, 'fields' | 'rules'>, form: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of item.fields) {
    const value = form[field.name]
    const empty = value === undefined || value === null || value === '' || (field.kind === 'commitment' && value !== true)
    if (empty) {
      if (field.required) errors[field.name] = field.kind === 'commitment' ? `请阅读并勾选：${field.label}` : `请填写${field.label}`
      continue
    }
    if (field.kind === 'number' && !(Number.isFinite(num(value)) && num(value) > 0)) errors[field.name] = `${field.label}应为大于 0 的数字`
    if (field.kind === 'date' && !isIsoDate(value)) errors[field.name] = `${field.label}应为有效日期`
    if (field.kind === 'select' && !field.options?.some((o) => o.value === String(value))) errors[field.name] = `请选择${field.label}`
    if (field.kind === 'text' && String(value).trim().length > 100) errors[field.name] = `${field.label}不超过 100 字`
  }
  for (const { when } of item.rules) {
    if (when.kind !== 'date-span-max' || errors[when.from] || errors[when.to] || !isIsoDate(form[when.from]) || !isIsoDate(form[when.to])) continue
    if (String(form[when.to]) < String(form[when.from])) errors[when.to] = '结束日期不能早于开始日期'
  }
  return errors
}
