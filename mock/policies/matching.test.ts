import type { BusinessProfile, Policy, PolicyCondition } from '../../src/contract'
import { CREDIT_RATINGS, DISTRICT_TOWNS, POLICY_INDUSTRIES, STATS_STATUSES } from '../../src/contract'
import { Store } from '../store'
import { POLICY_SEEDS } from './data'
import { DEMO_BUSINESS_PROFILE } from './business-profiles'
import { allPolicies } from './catalogue'
import { estimateAmount, matchPolicy, monthsSince } from './matching'

const NOW = new Date('2026-11-23T02:00:00Z') // 10:00 in the district

function monthsAgo(months: number): string {
  const d = new Date(NOW.getTime() + 8 * 3600_000)
  d.setUTCMonth(d.getUTCMonth() - months)
  return d.toISOString().slice(0, 10)
}

/** The profile changed so that one condition is met (at its threshold). */
function satisfy(profile: BusinessProfile, c: PolicyCondition): BusinessProfile {
  if (c.op === 'is') return { ...profile, highTech: c.value }
  if (c.op === 'in') return { ...profile, [c.field]: c.values[0] }
  if (c.field === 'yearsInOperation') return { ...profile, establishedOn: monthsAgo(Math.ceil(c.value * 12) + 1) }
  return { ...profile, [c.field]: c.value }
}

/** The profile changed so that one condition is clearly missed. */
function violate(profile: BusinessProfile, c: PolicyCondition): BusinessProfile {
  const outside = (all: readonly string[], values: string[]) => all.find((v) => !values.includes(v))!
  if (c.op === 'is') return { ...profile, highTech: !c.value }
  if (c.op === 'in') {
    const domain = { industry: POLICY_INDUSTRIES, town: DISTRICT_TOWNS, creditRating: CREDIT_RATINGS, statsStatus: STATS_STATUSES }[c.field]
    return { ...profile, [c.field]: outside(domain, c.values) }
  }
  if (c.field === 'yearsInOperation') return { ...profile, establishedOn: monthsAgo(1) }
  return { ...profile, [c.field]: c.op === 'gte' ? Math.floor(c.value / 2) : c.value * 2 }
}

function qualifying(policy: Policy): BusinessProfile {
  return policy.conditions.reduce(satisfy, { ...DEMO_BUSINESS_PROFILE })
}

describe('policy matching', () => {
  const policies = allPolicies(new Store(), NOW)
  const open = policies.filter((p) => p.deadlineStatus !== 'closed')

  it('has at least 18 policies from several departments, with open, closing and closed deadlines', () => {
    expect(policies.length).toBeGreaterThanOrEqual(18)
    expect(new Set(policies.map((p) => p.department)).size).toBeGreaterThanOrEqual(8)
    expect(policies.filter((p) => p.deadlineStatus === 'closed').length).toBeGreaterThanOrEqual(1)
    expect(policies.filter((p) => p.deadlineStatus === 'closing').length).toBeGreaterThanOrEqual(2)
    expect(policies.every((p) => p.materials.length && p.interpretation.who && p.interpretation.how && p.conditionTexts.length === p.conditions.length)).toBe(true)
  })

  describe.each(POLICY_SEEDS.map((s) => [s.id]))('%s', (id) => {
    const policy = policies.find((p) => p.id === id)!
    const atOpen = policy.deadlineStatus === 'closed' ? new Date(Date.parse(policy.deadline) - 86_400_000) : NOW

    it('qualifies a business that meets every condition, with a reason per condition and an estimate', () => {
      const m = matchPolicy(policy, qualifying(policy), atOpen)
      expect(m.status).toBe('eligible')
      expect(m.missing).toEqual([])
      expect(m.reasons).toHaveLength(policy.conditions.length)
      expect(m.estimate).toBeGreaterThan(0)
      expect(m.estimate).toBeLessThanOrEqual(policy.maxAmount)
    })

    it.each(policy.conditions.map((c, i) => [i, c.field]))('says what is missing when condition %i (%s) is not met', (i) => {
      const profile = violate(qualifying(policy), policy.conditions[i])
      const m = matchPolicy(policy, profile, atOpen)
      expect(m.status).toBe('ineligible')
      expect(m.missing).toHaveLength(1)
      expect(m.reasons).toHaveLength(policy.conditions.length - 1)
      expect(m.estimate).toBeUndefined()
    })

    it('is closed after its deadline, even for a business that qualifies', () => {
      const m = matchPolicy(policy, qualifying(policy), new Date(Date.parse(policy.deadline) + 1000))
      expect(m.status).toBe('closed')
      expect(m.missing).toContain('申报已截止')
    })
  })

  it('misses by a little when one figure is just short, and says by how much', () => {
    const labour = policies.find((p) => p.id === 'harmonious-labour')!
    const m = matchPolicy(labour, { ...qualifying(labour), insuredStaff: 38 }, NOW)
    expect(m).toMatchObject({ status: 'near', missing: ['差 2 名参保员工'], estimate: 30000 })
    expect(matchPolicy(labour, { ...qualifying(labour), insuredStaff: 20 }, NOW).status).toBe('ineligible')
    const voucher = policies.find((p) => p.id === 'innovation-voucher')!
    expect(matchPolicy(voucher, { ...qualifying(voucher), rdExpense: 8 }, NOW)).toMatchObject({ status: 'near', missing: ['研发投入差 2 万元'], estimate: 50000 })
    const specialised = policies.find((p) => p.id === 'specialised-sme')!
    expect(matchPolicy(specialised, { ...qualifying(specialised), establishedOn: monthsAgo(21) }, NOW)).toMatchObject({ status: 'near', missing: ['还差 3 个月满 2 年'] })
    const twoShort = { ...qualifying(labour), insuredStaff: 39, establishedOn: monthsAgo(35) }
    expect(matchPolicy(labour, twoShort, NOW).status).toBe('ineligible')
  })

  it('finds the demo business its policies: six it qualifies for, two near misses, one closed', () => {
    const byStatus = (status: string) => open.concat(policies.filter((p) => p.deadlineStatus === 'closed'))
      .filter((p) => matchPolicy(p, DEMO_BUSINESS_PROFILE, NOW).status === status).map((p) => p.id).sort()
    expect(byStatus('eligible')).toEqual(['catering-consumption', 'digital-transformation', 'first-loan-interest', 'graduate-hiring', 'job-stabilisation', 'night-economy'])
    expect(byStatus('near')).toEqual(['harmonious-labour', 'innovation-voucher'])
    expect(byStatus('closed')).toEqual(['bright-kitchen', 'construction-growth'])
    const catering = matchPolicy(policies.find((p) => p.id === 'catering-consumption')!, DEMO_BUSINESS_PROFILE, NOW)
    expect(catering.reasons).toEqual(['行业为餐饮业，符合条件', '上年度营业收入 2,300 万元，满足不少于 200 万元', '纳税信用 A 级，符合“纳税信用 M 级及以上”'])
    expect(catering.estimate).toBe(80000)
  })
})

describe('the estimate', () => {
  const p = DEMO_BUSINESS_PROFILE
  it('pays a fixed amount as it is', () => {
    expect(estimateAmount({ kind: 'fixed', amount: 200000 }, p, NOW)).toEqual({ estimate: 200000, basis: '定额 20 万元' })
  })
  it('pays per person up to the cap', () => {
    expect(estimateAmount({ kind: 'per-unit', field: 'insuredStaff', unit: 500, cap: 3000000 }, p, NOW)).toEqual({ estimate: 19000, basis: '参保员工 38 人 × 500 元' })
    expect(estimateAmount({ kind: 'per-unit', field: 'graduateHires', unit: 5000, cap: 10000 }, p, NOW)).toEqual({ estimate: 10000, basis: '新招用高校毕业生 3 人 × 5,000 元，封顶 1 万元' })
  })
  it('pays a rate of a 万元 figure, rounded to the yuan, up to the cap', () => {
    expect(estimateAmount({ kind: 'rate', field: 'exports', rate: 0.0015, cap: 500000 }, { ...p, exports: 1234 }, NOW).estimate).toBe(18510)
    expect(estimateAmount({ kind: 'rate', field: 'exports', rate: 0.0015, cap: 500000 }, { ...p, exports: 900000 }, NOW).estimate).toBe(500000)
  })
  it('pays the highest tier reached, and nothing below the first', () => {
    const tiered = { kind: 'tiered' as const, field: 'revenue' as const, tiers: [{ min: 200, amount: 30000 }, { min: 1000, amount: 80000 }, { min: 5000, amount: 150000 }] }
    expect(estimateAmount(tiered, { ...p, revenue: 199 }, NOW).estimate).toBe(0)
    expect(estimateAmount(tiered, { ...p, revenue: 200 }, NOW).estimate).toBe(30000)
    expect(estimateAmount(tiered, { ...p, revenue: 4999 }, NOW)).toEqual({ estimate: 80000, basis: '上年度营业收入 4,999 万元，对应 1,000 万元以上档' })
    expect(estimateAmount(tiered, { ...p, revenue: 5000 }, NOW).estimate).toBe(150000)
  })
  it('counts years in operation in whole months, in district time', () => {
    expect(monthsSince('2019-04-12', NOW)).toBe(91)
    expect(monthsSince('2026-10-23', NOW)).toBe(1)
    expect(monthsSince('2026-10-24', NOW)).toBe(0)
  })
})
