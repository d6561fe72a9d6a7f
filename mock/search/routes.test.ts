import type { SearchMiss, SearchResponse } from '../../src/contract'
import { startBackend } from '../backend'
import { clock } from '../clock'

const NOW = new Date('2026-11-23T02:00:00Z')

async function setup() {
  clock.freeze(NOW)
  const backend = startBackend()
  const call = async <T = any>(url: string, token?: string) => {
    const res = await backend.handle({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {}, body: undefined })
    return { status: res.status, body: res.body as T }
  }
  const login = async (role: string) => ((role === 'clerk'
    ? await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: {}, body: { staffId: 'PY0801', password: 'panyu-demo' } })
    : await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role } })).body as { token: string }).token
  return { call, login }
}

const q = (text: string, extra = '') => `/api/search?q=${encodeURIComponent(text)}${extra}`

afterEach(() => clock.reset())

describe('GET /api/search', () => {
  it('answers anyone with ranked hits of every kind, each saying why', async () => {
    const { call } = await setup()
    const res = await call<SearchResponse>(q('生孩子'))
    expect(res.status).toBe(200)
    expect(res.body.items[0]).toMatchObject({ kind: 'bundle', id: 'newborn', name: '新生儿出生一件事', why: '生孩子 → 新生儿出生一件事' })
    expect(res.body).toMatchObject({ page: 1, pageSize: 20 })
  })

  it('pages to the end of the results, past 20', async () => {
    const { call } = await setup()
    const first = (await call<SearchResponse>(q('许可', '&pageSize=20'))).body
    expect(first.total).toBeGreaterThan(40)
    const seen = new Set<string>()
    for (let page = 1; (page - 1) * 20 < first.total; page++) {
      const body = (await call<SearchResponse>(q('许可', `&page=${page}&pageSize=20`))).body
      body.items.forEach((hit) => seen.add(`${hit.kind}:${hit.id}`))
    }
    expect(seen.size).toBe(first.total)
    expect((await call<SearchResponse>(q('许可', `&page=${Math.ceil(first.total / 20) + 1}`))).body.items).toEqual([])
  })

  it('says where a thing is done when the district does not do it', async () => {
    const { call } = await setup()
    const body = (await call<SearchResponse>(q('办护照'))).body
    expect(body.elsewhere).toMatchObject({ hallId: 'centre' })
    expect(body.items[0]).toMatchObject({ kind: 'hall', id: 'centre' })
  })

  it('refuses an over-long query', async () => {
    const { call } = await setup()
    expect((await call(q('排'.repeat(51)))).status).toBe(400)
  })
})

describe('GET /api/search/misses', () => {
  it('counts queries that found nothing, for clerks only, most frequent first, without digits', async () => {
    const { call, login } = await setup()
    await call(q('量子纠缠'))
    await call(q('量子纠缠 '))
    await call(q('猫咪美容'))
    await call(q('生孩子'))
    await call(q('440103199001011234'))
    await call(q('办护照'))
    expect((await call('/api/search/misses')).status).toBe(401)
    expect((await call('/api/search/misses', await login('resident'))).status).toBe(403)
    const res = await call<{ items: SearchMiss[]; total: number }>('/api/search/misses', await login('clerk'))
    expect(res.status).toBe(200)
    expect(res.body.items).toEqual([
      { q: '量子纠缠', count: 2, lastAt: NOW.toISOString() },
      { q: '猫咪美容', count: 1, lastAt: NOW.toISOString() },
    ])
  })

  it('answers 问一问 in the language the request asks for, and refuses an unknown one', async () => {
    const { call } = await setup()
    const url = (lang: string) => `/api/search/ask?q=${encodeURIComponent('要带什么')}&itemId=residence-permit&lang=${lang}`
    const zh = await call(url('zh'))
    const en = await call(url('en'))
    expect(zh.body.text).toContain('办理')
    expect(en.status).toBe(200)
    expect(en.body.text).toMatch(/^For /)
    expect(en.body.points).toHaveLength(zh.body.points.length)
    expect((await call(url('fr'))).status).toBe(400)
  })
})
