import type { Bundle, BundleApplicationRequest, MaterialChoice } from '../../src/contract'
import { selectBundle } from '../../src/contract'
import { BUNDLES } from './data'
import { itemById, REAL_ITEMS } from '../catalogue/items'
import { DEMO_USERS } from '../account/users'
import { startBackend } from '../backend'
import { memoryAdapter, Store } from '../store'
import { clock } from '../clock'
import { seedLicences } from '../safe/seed'
import { cases } from '../cases/domain'
import { bundleById, bundleDetail, bundleSaving, fieldError, listBundles, submitBundleApplication } from './domain'
import { addAddress } from '../mail/domain'

const now = new Date('2026-11-23T02:00:00Z')
const guides = (b: Bundle) => b.items.map((r) => itemById(r.itemId)!)
const select = (id: string, answers: Record<string, string>) => selectBundle(bundleById(id)!, guides(bundleById(id)!), answers)

/** For each bundle: answers and the items they must select. */
const CASES: Array<[string, Record<string, string>, string[]]> = [
  ['newborn', { hukou: 'yes', insure: 'yes', married: 'yes' }, ['birth-medical-cert', 'birth-hukou', 'birth-medical-insurance', 'birth-ss-card', 'birth-vaccine']],
  ['newborn', { hukou: 'no', insure: 'no', married: 'yes' }, ['birth-medical-cert', 'birth-vaccine']],
  ['drainage', { connect: 'no', construction: 'no' }, ['drainage-permit']],
  ['drainage', { connect: 'yes', construction: 'yes' }, ['drainage-permit', 'drainage-connection', 'temp-drainage']],
  ['lift', { subsidy: 'no' }, ['lift-planning', 'lift-construction', 'lift-fire-filing', 'lift-registration']],
  ['lift', { subsidy: 'yes' }, ['lift-planning', 'lift-construction', 'lift-fire-filing', 'lift-registration', 'lift-subsidy']],
  ['company-setup', { seal: 'yes', invoice: 'no', staff: 'yes' }, ['company-registration', 'company-seal', 'company-social-insurance', 'company-housing-fund']],
  ['disability', { hardship: 'no', severe: 'yes' }, ['disability-card', 'disability-care-subsidy']],
  ['school', { localHukou: 'no' }, ['school-enrolment', 'residence-permit']],
  ['school', { localHukou: 'yes' }, ['school-enrolment']],
  ['veteran', { moveHukou: 'yes', insurance: 'no' }, ['veteran-settle', 'veteran-hukou', 'veteran-card']],
  ['marriage', { planBirth: 'yes' }, ['marriage-registration', 'birth-registration']],
]

describe('bundles: situation logic', () => {
  it('has at least 8 bundles whose items are all real catalogue items', () => {
    expect(BUNDLES.length).toBeGreaterThanOrEqual(8)
    const real = new Set(REAL_ITEMS.map((r) => r.id))
    for (const b of BUNDLES) for (const rule of b.items) expect(real.has(rule.itemId)).toBe(true)
    expect(BUNDLES.map((b) => b.id)).toEqual(expect.arrayContaining(['newborn', 'drainage', 'lift', 'company-setup', 'disability', 'school', 'veteran', 'marriage']))
  })

  it.each(CASES)('%s %j selects the right items', (id, answers, items) => {
    const s = select(id, answers)
    expect(s.itemIds).toEqual(items)
    // every material of every selected item is asked once, or issued inside the bundle
    const asked = [...s.materials, ...s.produced].map((m) => m.id)
    expect(new Set(asked).size).toBe(asked.length)
    const needed = new Set(items.flatMap((i) => itemById(i)!.materials.map((m) => m.id)))
    for (const skip of bundleById(id)!.skipMaterials ?? []) if (Object.entries(skip.when).every(([q, v]) => v.includes(answers[q]))) needed.delete(skip.materialId)
    expect(new Set(asked)).toEqual(needed)
    // fields feed only selected items
    for (const f of s.fields) expect(f.itemIds.some((i) => items.includes(i))).toBe(true)
  })

  it('asks a material shared by several items once, listing every item that needs it', () => {
    const s = select('newborn', { hukou: 'yes', insure: 'yes', married: 'yes' })
    const hukou = s.materials.find((m) => m.id === 'mat-hukou')!
    expect(hukou.itemIds).toEqual(['birth-hukou', 'birth-medical-insurance', 'birth-ss-card'])
    expect(s.materials.filter((m) => m.id === 'mat-parents-id')).toHaveLength(1)
  })

  it('does not ask for what the bundle issues itself, nor what an answer rules out', () => {
    const s = select('newborn', { hukou: 'yes', insure: 'no', married: 'no' })
    expect(s.materials.map((m) => m.id)).not.toContain('mat-birth-cert')
    expect(s.produced.map((m) => [m.id, m.byItemId])).toEqual([['mat-birth-cert', 'birth-medical-cert']])
    expect(s.materials.map((m) => m.id)).not.toContain('mat-marriage')
    expect(select('company-setup', { seal: 'yes', invoice: 'yes', staff: 'yes' }).materials.map((m) => m.id)).not.toContain('mat-business-licence')
  })

  it('allows 容缺 / 告知承诺 for a shared material only if every item needing it does', () => {
    const drainage = select('drainage', { connect: 'yes', construction: 'no' })
    expect(drainage.materials.find((m) => m.id === 'mat-water-report')).toMatchObject({ deferrable: true, commitmentAllowed: true })
    expect(drainage.materials.find((m) => m.id === 'mat-drainage-plan')).toMatchObject({ commitmentAllowed: true })
  })

  it('explains the saving against doing the items one by one', () => {
    const saving = bundleSaving(bundleById('newborn')!)
    expect(saving.separate.trips).toBe(5)
    expect(saving.bundled.trips).toBe(0)
    expect(saving.separate.materials).toBe(2 + 4 + 2 + 3 + 1)
    expect(saving.bundled.materials).toBe(4) // parents' ID, marriage, hukou, photo: the birth certificate is issued inside
    expect(saving.bundled.days).toBeLessThan(saving.separate.days)
    for (const b of BUNDLES) {
      const s = bundleSaving(b)
      expect(s.bundled.materials).toBeLessThanOrEqual(s.separate.materials)
      expect(s.bundled.trips).toBeLessThan(s.separate.trips)
    }
  })

  it('lists by query (words and pinyin initials) and by item', () => {
    expect(listBundles({ q: '排水' }).map((b) => b.id)).toEqual(['drainage'])
    expect(listBundles({ q: 'xse' }).map((b) => b.id)).toEqual(['newborn'])
    expect(listBundles({ itemId: 'birth-registration' }).map((b) => b.id)).toEqual(['marriage'])
    expect(listBundles({ itemId: 'gaj-0-0-p' })).toEqual([])
  })

  it('pre-fills from the profile but never hands out the phone or ID number', () => {
    const detail = bundleDetail('newborn', DEMO_USERS.resident)!
    expect(detail.prefill).toMatchObject({ name: '陈志明', phone: '@profile', idNumber: '@profile', address: DEMO_USERS.resident.address })
    expect(JSON.stringify(detail)).not.toContain(DEMO_USERS.resident.phone!)
    expect(JSON.stringify(detail)).not.toContain(DEMO_USERS.resident.idNumber!)
    expect(bundleDetail('newborn')!.prefill).toBeUndefined()
  })
})

describe('bundles: field checks', () => {
  const f = (kind: any, extra = {}) => ({ id: 'x', label: '字段', kind, required: true, itemIds: [], ...extra })
  it('checks ID numbers, credit codes, phones and dates', () => {
    expect(fieldError(f('idNumber'), '440126198511203211', now)).toBeNull()
    expect(fieldError(f('idNumber'), '440126198511203212', now)).toBe('身份证号校验位不正确，请核对')
    expect(fieldError(f('creditCode'), '91440113MA59ABCD1R', now)).toBeNull()
    expect(fieldError(f('creditCode'), '91440113MA59ABCD1A', now)).toMatch(/校验位/)
    expect(fieldError(f('mobile'), '1392604567', now)).toBe('请输入 11 位手机号码')
    expect(fieldError(f('date', { pastOnly: true }), '2026-11-20', now)).toBeNull()
    expect(fieldError(f('date', { pastOnly: true }), '2026-12-20', now)).toBe('字段不能晚于今天')
    expect(fieldError(f('date'), '2026-02-30', now)).toMatch(/有效日期/)
    expect(fieldError(f('text'), '  ', now)).toBe('请填写字段')
  })
})

describe('bundles: submission', () => {
  const resident = DEMO_USERS.resident
  const answers = { hukou: 'yes', insure: 'yes', married: 'yes' }
  const form = { applicantName: '陈志明', applicantId: '440126198511203211', phone: '@profile', address: resident.address!, babyName: '陈小满', babyBirthDate: '2026-11-18', otherParentName: '林晓华', otherParentId: '44011319880602004X' }
  const materials: MaterialChoice[] = [
    { materialId: 'mat-parents-id', source: 'safe', documentId: 'lic-resident-id-card' },
    { materialId: 'mat-marriage', source: 'safe', documentId: 'lic-resident-marriage' },
    { materialId: 'mat-hukou', source: 'safe', documentId: 'lic-resident-hukou' },
    { materialId: 'mat-photo', source: 'upload', fileName: 'baby.jpg', fileSize: 20480 },
  ]
  const body: BundleApplicationRequest = { answers, form, materials }
  const seeded = () => {
    const store = new Store()
    seedLicences(store, now.toISOString())
    return store
  }

  it('makes one case with a sub-case per selected item', () => {
    const store = seeded()
    const res = submitBundleApplication(store, 'newborn', resident, body, now)
    expect(res.caseNumber).toMatch(/^PY20261123-\d{6}$/)
    expect(res.items.map((i) => i.itemId)).toEqual(['birth-medical-cert', 'birth-hukou', 'birth-medical-insurance', 'birth-ss-card', 'birth-vaccine'])
    const stored = cases(store).get(res.caseId)!
    expect(stored).toMatchObject({ ownerId: 'u-resident', title: '新生儿出生一件事', source: 'bundle', sourceId: 'newborn', status: 'submitted' })
    expect(stored.subCases).toHaveLength(5)
    const app = store.collection<any>('bundleApplications').get(res.applicationId)
    expect(app.form.phone).toBe(resident.phone) // @profile resolved on the server
  })

  it('stores 邮寄到家 with a copy of the chosen address on the case, and refuses an address that is not the applicant\'s before making one', () => {
    const store = seeded()
    const home = addAddress(store, resident.id, { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈志明', phone: '13926045678' }, now)
    const posted = submitBundleApplication(store, 'newborn', resident, { ...body, delivery: { method: 'post', addressId: home.id } }, now)
    expect(cases(store).get(posted.caseId)!.delivery).toEqual({ method: 'post', recipient: '陈志明', phoneMasked: '139****5678', addressLine: '广东省广州市番禺区 市桥街道清河东路 1 号' })
    const windowed = submitBundleApplication(store, 'newborn', resident, { ...body, delivery: { method: 'window' } }, now)
    expect(cases(store).get(windowed.caseId)!.delivery).toEqual({ method: 'window' })
    const theirs = addAddress(store, 'u-someone-else', { province: '广东省', city: '广州市', district: '番禺区', street: '大石街道 8 号大院', recipient: '李秀英', phone: '13912345678' }, now)
    expect(() => submitBundleApplication(store, 'newborn', resident, { ...body, delivery: { method: 'post', addressId: theirs.id } }, now)).toThrow('请选择收件地址')
    expect(cases(store).all()).toHaveLength(2)
  })

  it('fills the account ID number on the server for an unchanged pre-filled field, and only there', () => {
    const store = seeded()
    const kept = submitBundleApplication(store, 'newborn', resident, { ...body, form: { ...form, applicantId: '@profile' } }, now)
    expect(store.collection<any>('bundleApplications').get(kept.applicationId).form.applicantId).toBe(resident.idNumber)
    // @profile means the account's own number only where the field is pre-filled from it
    expect(() => submitBundleApplication(store, 'newborn', resident, { ...body, form: { ...form, otherParentId: '@profile' } }, now)).toThrow()
  })

  it('refuses bad fields and materials, naming each, and creates nothing', () => {
    const store = seeded()
    const bad: BundleApplicationRequest = {
      answers,
      form: { ...form, applicantId: '440126198511203212', babyBirthDate: '2027-01-01', babyName: '' },
      materials: [
        { materialId: 'mat-parents-id', source: 'safe', documentId: 'lic-business-id-card' }, // someone else's licence
        { materialId: 'mat-hukou', source: 'deferred' }, // 户口簿 is not deferrable
        { materialId: 'mat-marriage', source: 'commitment', accepted: true }, // nor replaceable by a commitment
      ],
    }
    let fields: Record<string, string> = {}
    try {
      submitBundleApplication(store, 'newborn', resident, bad, now)
    } catch (e) {
      fields = (e as { fields: Record<string, string> }).fields
    }
    expect(fields).toEqual({
      'form.applicantId': '身份证号校验位不正确，请核对',
      'form.babyName': '请填写新生儿姓名',
      'form.babyBirthDate': '新生儿出生日期不能晚于今天',
      'materials.mat-parents-id': '保险箱中没有可用于“父母双方居民身份证”的证照',
      'materials.mat-hukou': '“户口簿”不支持容缺后补',
      'materials.mat-marriage': '“结婚证”不支持告知承诺',
      'materials.mat-photo': '请提供：近期免冠彩色照片（白底）',
    })
    expect(cases(store).size()).toBe(0)
  })

  it('needs every question answered and the right role', () => {
    const store = seeded()
    expect(() => submitBundleApplication(store, 'newborn', resident, { ...body, answers: { hukou: 'yes' } }, now)).toThrow('请先回答情形问题')
    expect(() => submitBundleApplication(store, 'drainage', resident, body, now)).toThrow('该一件事需以企业身份办理')
    expect(() => submitBundleApplication(store, 'nope', resident, body, now)).toThrow('一件事不存在')
  })

  it('applies for an online item outside any bundle as a bundle of one', () => {
    const store = seeded()
    const detail = bundleDetail('item.weather-cert', resident)!
    expect(detail.items).toEqual([{ itemId: 'weather-cert' }])
    expect(detail.questions).toEqual([])
    const res = submitBundleApplication(store, 'item.weather-cert', resident, {
      answers: {},
      form: { applicantName: '陈志明', applicantId: '440126198511203211', phone: '13926045678', address: '番禺区市桥街' },
      materials: [{ materialId: 'mat-id-card', source: 'safe', documentId: 'lic-resident-id-card' }],
    }, now)
    expect(cases(store).get(res.caseId)).toMatchObject({ source: 'item', sourceId: 'weather-cert', title: '气象证明' })
    expect(bundleById('item.no-such-item')).toBeUndefined()
    expect(bundleById('item.swuj-3-0-p')?.id ?? 'offline').toBe(itemById('swuj-3-0-p')!.online ? 'item.swuj-3-0-p' : 'offline')
  })

  it('is idempotent over HTTP: a retry with the same key makes one case', async () => {
    clock.freeze(now)
    const backend = startBackend(memoryAdapter())
    const login = await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role: 'resident' } })
    const headers = { authorization: `Bearer ${(login.body as { token: string }).token}`, 'idempotency-key': 'draft-123' }
    const first = await backend.handle({ method: 'POST', url: '/api/bundles/newborn/applications', headers, body })
    const again = await backend.handle({ method: 'POST', url: '/api/bundles/newborn/applications', headers, body })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(cases(backend.store).size()).toBe(1)
    const anon = await backend.handle({ method: 'POST', url: '/api/bundles/newborn/applications', headers: {}, body })
    expect(anon.status).toBe(401)
    const list = await backend.handle({ method: 'GET', url: '/api/bundles', headers: {} })
    expect((list.body as { total: number }).total).toBeGreaterThanOrEqual(8)
    clock.reset()
  })
})
