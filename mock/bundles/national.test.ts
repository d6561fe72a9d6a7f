import { selectBundle } from '../../src/contract'
import { itemById } from '../catalogue/items'
import { BUNDLES } from './data'
import { NATIONAL_BUNDLES } from './national'

const guides = (id: string) => BUNDLES.find((b) => b.id === id)!.items.map((r) => itemById(r.itemId)!)
const select = (id: string, answers: Record<string, string>) => selectBundle(BUNDLES.find((b) => b.id === id)!, guides(id), answers)

describe('the national 一件事 list', () => {
  it('offers at least 30 bundles, each named in Chinese and English, with unique ids', () => {
    expect(BUNDLES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(BUNDLES.map((b) => b.id)).size).toBe(BUNDLES.length)
    for (const b of BUNDLES) {
      expect(b.name).toMatch(/一件事$/)
      expect(b.nameEn).toBeTruthy()
      expect(b.summaryEn).toBeTruthy()
    }
    for (const name of ['员工录用', '社会保障卡居民服务', '退休', '公民身后', '企业信息变更', '开办餐饮店', '企业注销', '户口迁移', '医疗费用报销', '信用修复', '灵活就业']) {
      expect(BUNDLES.map((b) => b.name)).toContain(`${name}一件事`)
    }
  })

  it.each(NATIONAL_BUNDLES.map((b) => [b.id, b] as const))('%s: every rule asks a question the bundle has, every item is a real guide with an English name', (_id, b) => {
    const questions = new Map(b.questions.map((q) => [q.id, q.options.map((o) => o.value)]))
    for (const rule of b.items) {
      const item = itemById(rule.itemId)
      expect(item?.nameEn).toBeTruthy()
      if (b.target !== 'both') expect(['both', b.target, 'person']).toContain(item!.target)
      for (const [q, values] of Object.entries(rule.when ?? {})) for (const v of values) expect(questions.get(q)).toContain(v)
    }
    for (const produced of b.produces ?? []) expect(b.items.map((r) => r.itemId)).toContain(produced.byItemId)
    // every field feeds an item of the bundle
    for (const f of b.fields) for (const i of f.itemIds) expect(b.items.map((r) => r.itemId)).toContain(i)
  })

  it.each([
    ['after-death', { insured: 'no', fund: 'no' }, ['death-medical-cert', 'death-hukou', 'death-cremation']],
    ['restaurant', { licensed: 'yes', sign: 'no', large: 'yes' }, ['food-licence', 'drainage-permit', 'venue-fire-check']],
    ['ss-card', { have: 'lost' }, ['sscard-replace', 'sscard-activate']],
    ['company-exit', { staff: 'yes' }, ['tax-clearance', 'social-exit', 'fund-exit', 'seal-cancel', 'company-deregistration']],
    ['medical-reimburse', { elsewhere: 'yes', serious: 'no', hardship: 'no' }, ['offsite-filing', 'medical-reimburse']],
  ] as Array<[string, Record<string, string>, string[]]>)('%s %j selects the items the situation needs', (id, answers, items) => {
    expect(select(id, answers).itemIds).toEqual(items)
  })

  it('never asks for a material a bundle item issues (the death certificate, the business licence)', () => {
    const death = select('after-death', { insured: 'yes', fund: 'yes' })
    expect(death.materials.map((m) => m.id)).not.toContain('mat-death-cert')
    expect(death.produced.map((m) => m.id)).toContain('mat-death-cert')
    const newShop = select('restaurant', { licensed: 'no', sign: 'yes', large: 'no' })
    expect(newShop.materials.map((m) => m.id)).not.toContain('mat-business-licence')
    const existingShop = select('restaurant', { licensed: 'yes', sign: 'yes', large: 'no' })
    expect(existingShop.materials.map((m) => m.id)).toContain('mat-business-licence')
  })
})
