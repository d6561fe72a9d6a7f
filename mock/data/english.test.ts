import { THEMES } from './themes'
import { BUNDLES } from './bundles'

/** The app shows these in English when it is in English (item, hall and policy names stay Chinese). */
describe('English names in the data', () => {
  it('every theme has one', () => {
    expect(THEMES.filter((theme) => !theme.nameEn).map((theme) => theme.id)).toEqual([])
  })

  it('every bundle has an English name and summary', () => {
    expect(BUNDLES.filter((bundle) => !bundle.nameEn || !bundle.summaryEn).map((bundle) => bundle.id)).toEqual([])
  })
})
