import { itemById } from '../catalogue/items'
import { CREDIT_RECORDS, ENTERPRISES, HUKOU, SOCIAL_INSURANCE } from './shared-data'
import { INSTANT_RULES, LIMITS, instantRules } from './rules'
import { ageOn, daysInclusive, decide, evaluateRule, placeVerdict, validateForm, verifiedFacts, type ContextLicence, type Rule, type RuleContext } from './rules-engine'

const TODAY = '2026-11-23'
const BUSINESS_CODE = '91440113MA59ABCD1R'
const RESIDENT_ID = '440126198511203211'
const ELDER_ID = '440126196208081224'

const businessLicence: ContextLicence = { type: 'business-licence', name: '营业执照', issuer: '番禺区市场监管局', numberMasked: '91*************D1R' }
const idCard: ContextLicence = { type: 'id-card', name: '居民身份证', issuer: '番禺分局', numberMasked: '4401**********3211', validUntil: '2039-03-01' }

function business(form: Record<string, unknown>, patch: Partial<RuleContext> = {}): RuleContext {
  return { applicant: { role: 'business', creditCode: BUSINESS_CODE, idNumber: ELDER_ID }, licences: [businessLicence], enterprise: ENTERPRISES[BUSINESS_CODE], credit: CREDIT_RECORDS[BUSINESS_CODE], form, today: TODAY, ...patch }
}

function resident(form: Record<string, unknown>, patch: Partial<RuleContext> = {}, idNumber = RESIDENT_ID): RuleContext {
  return { applicant: { role: 'resident', idNumber }, licences: [idCard], insurance: SOCIAL_INSURANCE[idNumber], hukou: HUKOU[idNumber], credit: CREDIT_RECORDS[idNumber], form, today: TODAY, ...patch }
}

const rulesOf = (itemId: string) => instantRules(itemId)!.rules
const verdictOf = (itemId: string, ruleId: string, ctx: RuleContext) => evaluateRule(rulesOf(itemId).find((r) => r.id === ruleId)!, ctx)

const AD_OK = { adType: 'board', area: 6, startDate: '2026-11-25', endDate: '2026-12-10', address: '番禺区南村镇兴南大道 368 号门前', venueConsent: true }
const DRAIN_OK = { activity: 'catering', town: '南村镇', address: '南村镇兴南大道 368 号', dailyVolume: 20, pretreatment: true }
const WEATHER_OK = { date: '2026-06-01', place: '番禺区市桥街', purpose: 'insurance' }
const SI_OK = { months: '12', purpose: 'housing' }

describe('rules engine', () => {
  const rule = (when: Rule['when']): Rule => ({ id: 'r', label: '规则', source: '测试', when, fail: '超过 {max}：{value}', remedy: '改到 {max} 以内', unknown: '无法判断 {value}' })

  it('approves when every rule passes, listing every check in order', () => {
    const result = decide(rulesOf('outdoor-ad-temp'), business(AD_OK))
    expect(result.decision).toBe('approved')
    expect(result.reasons).toEqual([])
    expect(result.checks.map((c) => c.ruleId)).toEqual(rulesOf('outdoor-ad-temp').map((r) => r.id))
    expect(result.checks.every((c) => c.verdict === 'pass')).toBe(true)
  })

  it('rejects on any failure and explains every failed rule with what to do', () => {
    const result = decide(rulesOf('outdoor-ad-temp'), business({ ...AD_OK, area: 12, endDate: '2027-01-10' }))
    expect(result.decision).toBe('rejected')
    expect(result.reasons.map((r) => r.ruleId)).toEqual(['area', 'period'])
    expect(result.reasons[0].message).toBe('单块面积 12 m² 超过秒批上限 10 m²')
    expect(result.reasons[1].message).toBe('设置期限 47 天，超过 30 天')
    expect(result.reasons.every((r) => r.remedy && r.remedy.length > 5)).toBe(true)
  })

  it('prefers a refusal over a manual review when both occur', () => {
    const result = decide(rulesOf('outdoor-ad-temp'), business({ ...AD_OK, area: 12, address: '兴南大道 368 号' }))
    expect(result.decision).toBe('rejected')
    expect(result.checks.find((c) => c.ruleId === 'address-in-district')?.verdict).toBe('unknown')
  })

  it('routes to a person when a rule cannot decide', () => {
    const result = decide(rulesOf('outdoor-ad-temp'), business({ ...AD_OK, address: '兴南大道 368 号' }))
    expect(result.decision).toBe('manual')
    expect(result.reasons).toHaveLength(1)
    expect(result.reasons[0].message).toContain('无法从“兴南大道 368 号”确定')
  })

  it('fills placeholders in messages and remedies', () => {
    const r = evaluateRule(rule({ kind: 'number-max', field: 'x', max: 5 }), business({ x: 7 }))
    expect(r).toMatchObject({ verdict: 'fail', message: '超过 5：7', remedy: '改到 5 以内' })
  })

  it('treats a rule that breaks on odd data as undecided, not as passed', () => {
    const r = evaluateRule(rule({ kind: 'age-min', years: 60 }), resident({}, {}, 'not-an-id-number-xx'))
    expect(r.verdict).toBe('unknown')
  })

  it('gives a default message to a failing rule without its own text', () => {
    const r = evaluateRule({ id: 'c', label: '已承诺', source: '表单', when: { kind: 'commitment', field: 'c' } }, business({ c: false }))
    expect(r.message).toBe('未满足：已承诺')
    expect(r.remedy).toBeTruthy()
  })

  it('counts days inclusively and ages by birthday', () => {
    expect(daysInclusive('2026-11-01', '2026-11-30')).toBe(30)
    expect(daysInclusive('2026-12-31', '2027-01-01')).toBe(2)
    expect(ageOn(ELDER_ID, '2026-08-07')).toBe(63)
    expect(ageOn(ELDER_ID, '2026-08-08')).toBe(64)
  })

  it('places addresses inside, outside, or cannot tell', () => {
    expect(placeVerdict('广州市番禺区市桥街')).toBe('pass')
    expect(placeVerdict('南村镇兴南大道')).toBe('pass')
    expect(placeVerdict('大石兴业路 1 号')).toBe('pass')
    expect(placeVerdict('天河区体育西路')).toBe('fail')
    expect(placeVerdict('兴南大道 368 号')).toBe('unknown')
  })

  it('lists the facts found without asking, with their source', () => {
    const facts = verifiedFacts(rulesOf('outdoor-ad-temp'), business({}))
    expect(facts.map((f) => f.source)).toEqual(['电子证照库', '市场监管登记信息', '信用广州', '信用广州'])
    expect(facts[0]).toMatchObject({ label: '营业执照', ok: true })
    expect(facts[0].value).toContain('91*************D1R')
    expect(facts[2]).toMatchObject({ label: '行政处罚', value: '无未缴清罚款', ok: true })
    const missing = verifiedFacts(rulesOf('outdoor-ad-temp'), business({}, { licences: [] }))
    expect(missing[0]).toMatchObject({ label: '营业执照', ok: false })
  })

  it('validates the form before any rule: required, numbers, dates, options, commitments, date order', () => {
    const item = instantRules('outdoor-ad-temp')!
    expect(validateForm(item, AD_OK)).toEqual({})
    const errors = validateForm(item, { adType: 'plane', area: -1, startDate: '2026-02-30', endDate: '2026-11-20', address: '', venueConsent: false })
    expect(Object.keys(errors).sort()).toEqual(['adType', 'address', 'area', 'startDate', 'venueConsent'])
    expect(validateForm(item, { ...AD_OK, startDate: '2026-12-10', endDate: '2026-12-01' })).toEqual({ endDate: '结束日期不能早于开始日期' })
  })
})

describe('临时户外广告设置审批 rules', () => {
  it('allows a board exactly at the area limit, refuses one just over', () => {
    expect(verdictOf('outdoor-ad-temp', 'area', business({ ...AD_OK, area: LIMITS.adBoardMaxM2 })).verdict).toBe('pass')
    expect(verdictOf('outdoor-ad-temp', 'area', business({ ...AD_OK, area: LIMITS.adBoardMaxM2 + 0.01 })).verdict).toBe('fail')
  })

  it('allows exactly 30 days (start and end counted), refuses 31', () => {
    expect(verdictOf('outdoor-ad-temp', 'period', business({ ...AD_OK, startDate: '2026-12-01', endDate: '2026-12-30' })).verdict).toBe('pass')
    expect(verdictOf('outdoor-ad-temp', 'period', business({ ...AD_OK, startDate: '2026-12-01', endDate: '2026-12-31' })).verdict).toBe('fail')
  })

  it('starts today at the earliest', () => {
    expect(verdictOf('outdoor-ad-temp', 'start-date', business({ ...AD_OK, startDate: TODAY })).verdict).toBe('pass')
    expect(verdictOf('outdoor-ad-temp', 'start-date', business({ ...AD_OK, startDate: '2026-11-22' })).verdict).toBe('fail')
  })

  it('refuses an unpaid penalty in the shared credit data, naming it', () => {
    const credit = { penalties: [{ decisionNo: '番城管罚字〔2026〕第9号', authority: '城管', amount: 800, date: '2026-10-01', paid: false }], dishonest: false }
    const r = verdictOf('outdoor-ad-temp', 'no-unpaid-penalty', business(AD_OK, { credit }))
    expect(r.verdict).toBe('fail')
    expect(r.message).toBe('有 1 宗行政处罚罚款未缴清（番城管罚字〔2026〕第9号，合计 800 元）')
    // a paid one (the demo business has one) does not count
    expect(verdictOf('outdoor-ad-temp', 'no-unpaid-penalty', business(AD_OK)).verdict).toBe('pass')
  })

  it('refuses a dishonest debtor, an expired or missing licence, and a deregistered business', () => {
    expect(verdictOf('outdoor-ad-temp', 'not-dishonest', business(AD_OK, { credit: { penalties: [], dishonest: true } })).verdict).toBe('fail')
    const expired = verdictOf('outdoor-ad-temp', 'business-licence', business(AD_OK, { licences: [{ ...businessLicence, validUntil: '2026-11-22' }] }))
    expect(expired).toMatchObject({ verdict: 'fail', message: '营业执照已于 2026-11-22 过期' })
    expect(verdictOf('outdoor-ad-temp', 'business-licence', business(AD_OK, { licences: [{ ...businessLicence, validUntil: TODAY }] })).verdict).toBe('pass')
    expect(verdictOf('outdoor-ad-temp', 'business-licence', business(AD_OK, { licences: [] })).message).toBe('营业执照未在电子证照库中找到')
    expect(verdictOf('outdoor-ad-temp', 'enterprise-active', business(AD_OK, { enterprise: { ...ENTERPRISES[BUSINESS_CODE], status: '吊销' } })).message).toBe('企业登记状态为“吊销”，不能办理')
  })

  it('refuses an address in another district', () => {
    const r = decide(rulesOf('outdoor-ad-temp'), business({ ...AD_OK, address: '天河区体育西路 1 号' }))
    expect(r.decision).toBe('rejected')
    expect(r.reasons[0].remedy).toBe('请向设置地点所在区的主管部门申请')
  })
})

describe('城镇污水排入排水管网许可 rules', () => {
  it('approves a catering business in a covered town', () => {
    expect(decide(rulesOf('drainage-permit'), business(DRAIN_OK)).decision).toBe('approved')
  })

  it('refuses an activity outside the registered business scope', () => {
    const r = decide(rulesOf('drainage-permit'), business({ ...DRAIN_OK, activity: 'car-wash' }))
    expect(r.decision).toBe('rejected')
    expect(r.reasons.map((x) => x.ruleId)).toEqual(['scope'])
  })

  it('sends a partly covered town and a volume over the limit to a person; exactly at the limit passes', () => {
    expect(decide(rulesOf('drainage-permit'), business({ ...DRAIN_OK, town: '石楼镇' })).decision).toBe('manual')
    expect(verdictOf('drainage-permit', 'volume', business({ ...DRAIN_OK, dailyVolume: LIMITS.drainageInstantMaxM3 })).verdict).toBe('pass')
    const over = decide(rulesOf('drainage-permit'), business({ ...DRAIN_OK, dailyVolume: 301 }))
    expect(over.decision).toBe('manual')
    expect(over.reasons[0].message).toBe('日排水量 301 m³ 超过秒批上限 300 m³，需人工审查排水方案')
  })

  it('refuses an unknown town (not covered)', () => {
    expect(verdictOf('drainage-permit', 'sewer', business({ ...DRAIN_OK, town: '不存在镇' })).verdict).toBe('fail')
  })
})

describe('气象证明 rules', () => {
  it('approves a past day in the archive, for a person or a business', () => {
    expect(decide(rulesOf('weather-cert'), resident(WEATHER_OK)).decision).toBe('approved')
    expect(decide(rulesOf('weather-cert'), business(WEATHER_OK)).decision).toBe('approved')
  })

  it('allows today, refuses tomorrow', () => {
    expect(verdictOf('weather-cert', 'date-past', resident({ ...WEATHER_OK, date: TODAY })).verdict).toBe('pass')
    expect(verdictOf('weather-cert', 'date-past', resident({ ...WEATHER_OK, date: '2026-11-24' })).verdict).toBe('fail')
  })

  it('sends a day before the digital archive to a person; the first archived day passes', () => {
    expect(verdictOf('weather-cert', 'archive', resident({ ...WEATHER_OK, date: '2010-01-01' })).verdict).toBe('pass')
    const r = decide(rulesOf('weather-cert'), resident({ ...WEATHER_OK, date: '2009-12-31' }))
    expect(r.decision).toBe('manual')
    expect(r.reasons[0].message).toContain('早于电子档案')
  })

  it('refuses with an expired ID card', () => {
    const r = decide(rulesOf('weather-cert'), resident(WEATHER_OK, { licences: [{ ...idCard, validUntil: '2020-01-01' }] }))
    expect(r.decision).toBe('rejected')
    expect(r.reasons[0].message).toBe('身份证照已于 2020-01-01 过期')
  })
})

describe('社会保险参保缴费证明 rules', () => {
  it('approves an insured resident with no arrears', () => {
    expect(decide(rulesOf('social-insurance-cert'), resident(SI_OK)).decision).toBe('approved')
  })

  it('refuses someone with no insurance record in the city', () => {
    const r = decide(rulesOf('social-insurance-cert'), resident(SI_OK, { insurance: undefined }))
    expect(r.decision).toBe('rejected')
    expect(r.reasons[0].message).toBe('未查询到您在广州市的参保记录')
  })

  it('sends arrears inside the chosen period to a person, ignores those before it', () => {
    const insurance = { ...SOCIAL_INSURANCE[RESIDENT_ID], arrears: ['2026-06'] }
    // 12 months back from 2026-11 is 2025-11: June 2026 is inside
    expect(decide(rulesOf('social-insurance-cert'), resident({ ...SI_OK, months: '12' }, { insurance })).decision).toBe('manual')
    // 6 months back is 2026-05: June is inside; 2026-04 is not
    expect(verdictOf('social-insurance-cert', 'arrears', resident({ ...SI_OK, months: '6' }, { insurance: { ...insurance, arrears: ['2026-05'] } })).verdict).toBe('unknown')
    expect(verdictOf('social-insurance-cert', 'arrears', resident({ ...SI_OK, months: '6' }, { insurance: { ...insurance, arrears: ['2026-04'] } })).verdict).toBe('pass')
  })
})

describe('老年人优待证 rules', () => {
  it('approves someone 60 or over with local hukou and a photo on file', () => {
    expect(decide(rulesOf('elder-card'), resident({ delivery: 'e-card' }, {}, ELDER_ID)).decision).toBe('approved')
  })

  it('refuses someone under 60, saying their age', () => {
    const r = decide(rulesOf('elder-card'), resident({ delivery: 'e-card' }))
    expect(r.decision).toBe('rejected')
    expect(r.reasons[0].message).toBe('您今年 41 周岁，年满 60 周岁方可办理')
  })

  it('turns 60 on the birthday exactly', () => {
    // born 1966-11-23 → 60 on 2026-11-23 (check digit computed for a valid number)
    const sixtyToday = '44012619661123001'
    const { idCheckCharacter } = jest.requireActual('../../src/contract') as typeof import('../../src/contract')
    const id = sixtyToday + idCheckCharacter(sixtyToday)
    expect(verdictOf('elder-card', 'age', resident({ delivery: 'e-card' }, {}, id)).verdict).toBe('pass')
    expect(verdictOf('elder-card', 'age', resident({ delivery: 'e-card' }, { today: '2026-11-22' }, id)).verdict).toBe('fail')
  })

  it('sends someone without local hukou or photo to a person', () => {
    expect(decide(rulesOf('elder-card'), resident({ delivery: 'e-card' }, { hukou: undefined }, ELDER_ID)).decision).toBe('manual')
    expect(decide(rulesOf('elder-card'), resident({ delivery: 'e-card' }, { hukou: { ...HUKOU[ELDER_ID], photoOnFile: false } }, ELDER_ID)).reasons.map((r) => r.ruleId)).toEqual(['photo'])
  })
})

describe('rules data', () => {
  it('every item names a real instant item, unique rule ids, and fields the rules read', () => {
    expect(INSTANT_RULES.length).toBeGreaterThanOrEqual(4)
    for (const item of INSTANT_RULES) {
      expect(itemById(item.itemId)?.instant).toBe(true)
      const ids = item.rules.map((r) => r.id)
      expect(new Set(ids).size).toBe(ids.length)
      const names = new Set(item.fields.map((f) => f.name))
      for (const { when } of item.rules) {
        const keys = when.kind === 'date-span-max' ? ['from', 'to'] : ['field', 'monthsField']
        for (const key of keys) {
          const name = (when as Record<string, unknown>)[key]
          if (typeof name === 'string') expect(names.has(name)).toBe(true)
        }
      }
    }
  })
})
