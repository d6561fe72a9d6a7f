import { THEMES } from './themes'
import { BUNDLES } from '../bundles/data'
import { hallSeeds } from '../halls/data'
import { SEED_LICENCES } from '../account/users'
import { INSTANT_RULES } from '../approvals/rules'
import { documentNameEn, hallNameEn, RENEWAL_ITEMS } from '../../src/contract'
import { catalogue } from './items'
import { SITUATION_EN } from './grid-rules'

/** The app shows these in English when it is in English (item and policy names stay Chinese). */
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
})
