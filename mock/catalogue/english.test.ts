import { THEMES } from './themes'
import { BUNDLES } from '../bundles/data'
import { hallSeeds } from '../halls/data'
import { SEED_LICENCES } from '../account/users'
import { INSTANT_RULES } from '../approvals/rules'
import { documentNameEn, hallNameEn, RENEWAL_ITEMS } from '../../src/contract'
import { catalogue } from './items'
import { planSubject, SITUATION_EN, SUBJECT_EN } from './grid-rules'
import { DEPARTMENTS } from './departments'

/** The app shows these in English when it is in English (policy names stay Chinese). */
describe('English names in the data', () => {
  it('every theme has one', () => {
    expect(THEMES.filter((theme) => !theme.nameEn).map((theme) => theme.id)).toEqual([])
  })

  it('every bundle has an English name and summary', () => {
    expect(BUNDLES.filter((bundle) => !bundle.nameEn || !bundle.summaryEn).map((bundle) => bundle.id)).toEqual([])
  })

  it('every hall (centre, sub-centres, town centres, 104 kiosks) has one', () => {
    expect(hallSeeds().filter((hall) => !hallNameEn(hall.name)).map((hall) => hall.name)).toEqual([])
    expect(hallNameEn('市桥街便民服务中心')).toBe('Shiqiao Subdistrict Service Centre')
    expect(hallNameEn('政务晓屋·南村镇地铁站2号')).toBe('Gov kiosk · Nancun Town metro station No. 2')
  })

  it('every licence in the demo safes and every certificate 秒批 issues has one', () => {
    expect(SEED_LICENCES.filter((l) => !documentNameEn(l.name)).map((l) => l.name)).toEqual([])
    expect(INSTANT_RULES.filter((r) => !documentNameEn(r.resultName)).map((r) => r.resultName)).toEqual([])
  })

  it('every renewal item a reminder opens is in the catalogue', () => {
    const ids = new Set(catalogue().map((i) => i.id))
    const missing = Object.values(RENEWAL_ITEMS).flatMap((r) => [r.person, r.business]).filter((id): id is string => !!id && !ids.has(id))
    expect(missing).toEqual([])
  })

  it('every 情形 of every item has one, by rule (SITUATION_EN: one line per 情形 name)', () => {
    const situations = catalogue().flatMap((i) => i.situations ?? [])
    expect(situations.length).toBeGreaterThan(1000)
    expect([...new Set(situations.filter((s) => !s.nameEn).map((s) => s.name))]).toEqual([])
    expect(Object.keys(SITUATION_EN).filter((name) => !situations.some((s) => s.name === name))).toEqual([])
  })

  it('every item, real and generated, has an English name with no Chinese in it', () => {
    const items = catalogue()
    expect(items.length).toBeGreaterThan(360)
    expect(items.filter((i) => !i.nameEn?.trim()).map((i) => i.name)).toEqual([])
    expect(items.filter((i) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(i.nameEn ?? '')).map((i) => i.nameEn)).toEqual([])
  })

  it('no two items a resident (or a business) sees share an English name', () => {
    for (const who of ['person', 'business'] as const) {
      const names = catalogue().filter((i) => i.target === who || i.target === 'both').map((i) => i.nameEn!.toLowerCase())
      expect({ who, twice: names.filter((n, at) => names.indexOf(n) !== at) }).toEqual({ who, twice: [] })
    }
  })

  it('generated items take their English name from SUBJECT_EN, one line per subject that becomes an item', () => {
    const byName = new Map(catalogue().map((i) => [i.name, i]))
    expect(byName.get('居民身份证办理')?.nameEn).toBe('Resident ID card')
    expect(byName.get('犬只登记')?.nameEn).toBe('Dog registration')
    expect(byName.get('食品经营许可')?.nameEn).toBe('Food business licence')
    const used = new Set(DEPARTMENTS.flatMap((d) => d.subjects).filter((subject) => planSubject(subject)))
    expect(Object.keys(SUBJECT_EN).filter((subject) => !used.has(subject))).toEqual([])
  })
})
