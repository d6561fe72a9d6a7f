import sitemap from './sitemap.json'
import { ROUTES } from './shared/routes'

const page = (route: string) => route.replace(/^\//, '')

describe('sitemap.json (what WeChat search may index)', () => {
  const allowed = sitemap.rules.filter((r) => r.action === 'allow').map((r) => r.page)

  it('allows only existing public guide pages: items, bundles, halls, policies', () => {
    const routes = Object.values(ROUTES).map(page)
    for (const p of allowed) expect(routes).toContain(p)
    expect(allowed.sort()).toEqual([ROUTES.bundle, ROUTES.bundles, ROUTES.hall, ROUTES.hallMap, ROUTES.item, ROUTES.policies, ROUTES.policy].map(page).sort())
  })

  it('keeps every other page out, personal ones included', () => {
    expect(sitemap.rules[sitemap.rules.length - 1]).toEqual({ action: 'disallow', page: '*' })
    for (const personal of [ROUTES.safe, ROUTES.safeDocument, ROUTES.safeCode, ROUTES.cases, ROUTES.caseDetail, ROUTES.appointment, ROUTES.me]) expect(allowed).not.toContain(page(personal))
  })
})
