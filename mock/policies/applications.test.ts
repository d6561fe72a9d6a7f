import type { Case, PolicyApplication, SafeDocument } from '../../src/contract'
import { startBackend } from '../backend'
import { clock } from '../clock'
import { getCase } from '../cases/domain'
import { applicationsOf, applyForPolicy, PAY_AFTER_REVIEW_MS, REVIEW_AFTER_MS } from './applications'
import { businessProfile, updateBusinessProfile } from './catalogue'

const NOW = new Date('2026-11-23T02:00:00Z')
const FORM = { contactName: '李秀英', contactPhone: '13802251234', bankName: '中国工商银行广州番禺支行', bankAccount: '3602012309200456789' }
const SAFE = ['lic-business-business-licence', 'lic-business-id-card', 'lic-business-food-licence']
const MINUTE = 60_000

function seeded() {
  clock.freeze(NOW)
  const backend = startBackend()
  backend.store.ensureSeeded()
  return backend
}

afterEach(() => clock.reset())

describe('policy applications: 申报 → 审核 → 兑现', () => {
  it('moves on with the clock, and its case (办件) with it, up to the amount paid out', () => {
    const { store } = seeded()
    const app = applyForPolicy(store, { ownerId: 'u-business', policyId: 'catering-consumption', form: FORM, materialIds: SAFE, commitmentAccepted: true }, NOW)
    expect(app).toMatchObject({ status: 'submitted', amount: 80000, bankAccountMasked: '36**************789' })
    expect(app.materials.filter((m) => m.source === 'safe').map((m) => m.documentId)).toEqual(SAFE)
    const kase = getCase(store, app.caseId) as Case
    expect(kase).toMatchObject({ source: 'policy', sourceId: 'catering-consumption', status: 'submitted', title: '惠企政策申报：住宿餐饮业促消费扶持', ownerId: 'u-business' })

    const at = (ms: number) => applicationsOf(store, 'u-business', new Date(NOW.getTime() + ms))[0] as PolicyApplication
    expect(at(REVIEW_AFTER_MS - MINUTE).status).toBe('submitted')
    const review = at(REVIEW_AFTER_MS)
    expect(review.status).toBe('in-review')
    expect(review.steps[1]).toEqual({ status: 'in-review', at: new Date(NOW.getTime() + REVIEW_AFTER_MS).toISOString() })
    expect(review.amountPaid).toBeUndefined()
    expect(getCase(store, app.caseId)!.status).toBe('in-review')

    expect(at(REVIEW_AFTER_MS + PAY_AFTER_REVIEW_MS - MINUTE).status).toBe('in-review')
    const paid = at(REVIEW_AFTER_MS + PAY_AFTER_REVIEW_MS + 10 * MINUTE)
    expect(paid).toMatchObject({ status: 'paid', amountPaid: 80000 })
    expect(paid.steps.every((s) => s.at && !s.due)).toBe(true)
    const done = getCase(store, app.caseId)!
    expect(done).toMatchObject({ status: 'paid', amountPaid: 80000 })
    expect(done.events.map((e) => e.kind)).toEqual(['submitted', 'in-review', 'paid'])
    expect(done.events[2].text).toContain('8 万元')
    // Reading again changes nothing.
    expect(at(10 * 86_400_000)).toEqual(paid)
    expect(getCase(store, app.caseId)!.events).toHaveLength(3)
  })

  it('needs an explicit 我已阅读并承诺 for the generated 申报表及信用承诺书, and keeps the signed copy in the safe', () => {
    const { store } = seeded()
    const unsigned = () => applyForPolicy(store, { ownerId: 'u-business', policyId: 'catering-consumption', form: FORM, materialIds: SAFE }, NOW)
    expect(unsigned).toThrow(expect.objectContaining({ status: 400, fields: expect.objectContaining({ commitment: expect.stringContaining('我已阅读并承诺') }) }))
    expect(store.collection('policyApplications').all()).toHaveLength(0)
    const app = applyForPolicy(store, { ownerId: 'u-business', policyId: 'catering-consumption', form: FORM, materialIds: SAFE, commitmentAccepted: true }, NOW)
    const signedId = app.materials.find((m) => m.source === 'form')!.documentId!
    const signed = store.collection<SafeDocument>('documents').get(signedId)!
    expect(signed).toMatchObject({ ownerId: 'u-business', kind: 'material', type: 'form', name: '申报表及信用承诺书（住宿餐饮业促消费扶持）', caseId: app.caseId, validFrom: '2026-11-23' })
    const text = signed.signedText!.join('\n')
    expect(text).toContain('本单位郑重承诺')
    expect(text).toContain(businessProfile(store, 'u-business').companyName)
    expect(text).toContain('8 万元')
    expect(text).not.toContain(FORM.bankAccount)
  })

  it('jumps straight to paid when the clock moved past both steps at once', () => {
    const { store } = seeded()
    applyForPolicy(store, { ownerId: 'u-business', policyId: 'job-stabilisation', form: FORM, materialIds: ['lic-business-business-licence'], commitmentAccepted: true }, NOW)
    const [app] = applicationsOf(store, 'u-business', new Date(NOW.getTime() + 5 * 86_400_000))
    expect(app).toMatchObject({ status: 'paid', amount: 19000, amountPaid: 19000 })
    expect(getCase(store, app.caseId)!.events.map((e) => e.kind)).toEqual(['submitted', 'in-review', 'paid'])
  })

  it('refuses a policy the business does not qualify for, a closed one, and a second application', () => {
    const { store } = seeded()
    const apply = (policyId: string) => () => applyForPolicy(store, { ownerId: 'u-business', policyId, form: FORM, materialIds: SAFE, commitmentAccepted: true }, NOW)
    expect(apply('harmonious-labour')).toThrow(expect.objectContaining({ status: 409, code: 'NOT_ELIGIBLE', message: expect.stringContaining('差 2 名参保员工') }))
    expect(apply('bright-kitchen')).toThrow(expect.objectContaining({ status: 410, code: 'POLICY_CLOSED' }))
    expect(apply('no-such-policy')).toThrow(expect.objectContaining({ status: 404 }))
    apply('night-economy')()
    expect(apply('night-economy')).toThrow(expect.objectContaining({ status: 409, code: 'ALREADY_APPLIED' }))
  })

  it('checks the form and the materials, field by field', () => {
    const { store } = seeded()
    const bad = () => applyForPolicy(store, { ownerId: 'u-business', policyId: 'catering-consumption', form: { ...FORM, contactPhone: '1234', bankAccount: 'abc' }, materialIds: ['lic-business-business-licence', 'lic-resident-id-card'], commitmentAccepted: true }, NOW)
    expect(bad).toThrow(expect.objectContaining({ status: 400, fields: { contactPhone: '请输入 11 位手机号码', bankAccount: '对公账号应为 12–25 位数字', materials: '所选材料不在您的数字保险箱中' } }))
    const noFood = () => applyForPolicy(store, { ownerId: 'u-business', policyId: 'catering-consumption', form: FORM, materialIds: ['lic-business-business-licence', 'lic-business-id-card'], commitmentAccepted: true }, NOW)
    expect(noFood).toThrow(expect.objectContaining({ fields: { materials: '请从数字保险箱选择：食品经营许可证' } }))
    expect(applicationsOf(store, 'u-business', NOW)).toEqual([])
  })

  it('follows the profile: a business that stops qualifying cannot apply', () => {
    const { store } = seeded()
    updateBusinessProfile(store, 'u-business', { graduateHires: 0 }, NOW)
    expect(() => applyForPolicy(store, { ownerId: 'u-business', policyId: 'graduate-hiring', form: FORM, materialIds: SAFE, commitmentAccepted: true }, NOW))
      .toThrow(expect.objectContaining({ code: 'NOT_ELIGIBLE' }))
  })
})

describe('business profile', () => {
  it('starts from the demo business and keeps what was saved', () => {
    const { store } = seeded()
    expect(businessProfile(store, 'u-business')).toMatchObject({ companyName: '广州禺味餐饮管理有限公司', insuredStaff: 38, town: '南村镇' })
    const saved = updateBusinessProfile(store, 'u-business', { insuredStaff: 40, town: '市桥街', creditCode: ' 91440113ma59abcd1r ' }, NOW)
    expect(saved).toMatchObject({ insuredStaff: 40, town: '市桥街', creditCode: '91440113MA59ABCD1R', updatedAt: NOW.toISOString() })
    expect(businessProfile(store, 'u-business').insuredStaff).toBe(40)
  })

  it('refuses bad fields with a message for each, and saves nothing', () => {
    const { store } = seeded()
    const update = { creditCode: '91440113MA59ABCD1X', headcount: -1, insuredStaff: 2.5, town: '天河区', establishedOn: '2027-02-30', contactPhone: '2380000000', industry: 'mining' }
    expect(() => updateBusinessProfile(store, 'u-business', update, NOW)).toThrow(expect.objectContaining({
      status: 400,
      fields: {
        creditCode: '统一社会信用代码校验位不正确，请核对', headcount: '请输入不小于 0 的数字', insuredStaff: '请输入整数', town: '请选择番禺区内的镇街',
        establishedOn: '请输入有效日期，如 2019-04-12', contactPhone: '请输入 11 位手机号码', industry: '请选择行业',
      },
    }))
    expect(() => updateBusinessProfile(store, 'u-business', { insuredStaff: 60 }, NOW)).toThrow(expect.objectContaining({ fields: { insuredStaff: '参保员工不能多于从业人数' } }))
    expect(() => updateBusinessProfile(store, 'u-business', { establishedOn: '2027-01-01' }, NOW)).toThrow(expect.objectContaining({ fields: { establishedOn: '成立日期不能晚于今天' } }))
    expect(() => updateBusinessProfile(store, 'u-business', { ownerId: 'x' }, NOW)).toThrow(expect.objectContaining({ fields: { ownerId: '不可修改' } }))
    expect(businessProfile(store, 'u-business')).toMatchObject({ headcount: 48, insuredStaff: 38, town: '南村镇' })
  })
})
