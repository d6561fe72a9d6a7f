import { ROUTE_MODULES } from '../backend'
import { Store } from '../store'
import type { RouteModule } from '../http'
import { BROWSER_EAGER_ROUTES, LAZY_ROUTE_MODULES } from './lazy'

const routesOf = (modules: RouteModule[]) => modules.flatMap((m) => m(new Store())).map((r) => `${r.method} ${r.path}`)

describe("the browser's lazily loaded routes", () => {
  it('are the same routes the other transports load at once', async () => {
    const lazy = await Promise.all(LAZY_ROUTE_MODULES.map((l) => l.load()))
    expect(routesOf([...BROWSER_EAGER_ROUTES, ...lazy]).sort()).toEqual(routesOf(ROUTE_MODULES).sort())
  })

  it('each sit under a prefix of their module, so the first request loads them', async () => {
    for (const entry of LAZY_ROUTE_MODULES) {
      const module = await entry.load()
      for (const route of module(new Store())) {
        expect(entry.prefixes.some((p) => route.path === p || route.path.startsWith(`${p}/`))).toBe(true)
      }
    }
  })

  it('do not share a prefix with the routes loaded at once', () => {
    const eager = routesOf(BROWSER_EAGER_ROUTES).map((r) => r.split(' ')[1])
    for (const entry of LAZY_ROUTE_MODULES) {
      for (const path of eager) expect(entry.prefixes.some((p) => path === p || path.startsWith(`${p}/`))).toBe(false)
    }
  })

  it('bring the case hooks with every module that moves cases on', async () => {
    for (const prefix of ['/api/cases', '/api/policies']) {
      await jest.isolateModulesAsync(async () => {
        const { LAZY_ROUTE_MODULES: fresh } = await import('./lazy')
        const { hasCaseHook } = await import('../domain/cases')
        expect(hasCaseHook('instant', 'approved')).toBe(false)
        await fresh.find((entry) => entry.prefixes.includes(prefix))!.load()
        expect(hasCaseHook('instant', 'approved')).toBe(true)
        expect(hasCaseHook('policy', 'paid')).toBe(true)
      })
    }
  })
})
