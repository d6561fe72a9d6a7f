import { MOCK_FEATURES } from './features'
import { featureOwning, loadRouteModules } from './http'
import { Store } from './store'
import { caseHooks } from './cases/hooks'

const pathsOf = async (name: string) => {
  const [module] = await loadRouteModules(MOCK_FEATURES.filter((f) => f.name === name))
  return module(new Store()).map((r) => r.path)
}

describe('the backend features (mock/<feature>/index.ts, listed in mock/features.ts)', () => {
  it('each own every route they load: its path falls under the feature, and under no other', async () => {
    let routes = 0
    for (const feature of MOCK_FEATURES) {
      for (const path of await pathsOf(feature.name)) {
        routes++
        expect([feature.name, path]).toEqual([featureOwning(MOCK_FEATURES, path)?.name, path])
      }
    }
    expect(routes).toBeGreaterThan(60)
  })

  it('have distinct names and prefixes', () => {
    const names = MOCK_FEATURES.map((f) => f.name)
    const prefixes = MOCK_FEATURES.flatMap((f) => f.prefixes)
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(prefixes).size).toBe(prefixes.length)
  })

  it('give a path to the feature with the longest matching prefix', () => {
    expect(featureOwning(MOCK_FEATURES, '/api/clerk/window/call-next')?.name).toBe('visit')
    expect(featureOwning(MOCK_FEATURES, '/api/clerk/feedback/f1/reply')?.name).toBe('cases')
    expect(featureOwning(MOCK_FEATURES, '/api/clerk/redeem')?.name).toBe('clerk')
    // a prefix owns whole path segments only
    expect(featureOwning(MOCK_FEATURES, '/api/itemsx')).toBeUndefined()
  })

  it('keep the case hooks in one table, one row per source and step', () => {
    const keys = caseHooks().map((h) => `${h.source} ${h.status}`)
    expect(keys).toEqual(expect.arrayContaining(['instant approved', 'policy paid']))
    expect(new Set(keys).size).toBe(keys.length)
  })
})
