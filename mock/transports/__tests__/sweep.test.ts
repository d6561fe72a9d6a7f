/**
 * @jest-environment node
 *
 * The bad-input sweep: the real HTTP server (createMockServer on 127.0.0.1, a temp state file) gets
 * well over 900 malformed requests across every write route, signed in with the role each route
 * needs so they reach validation. None may answer 5xx, the server must answer a GET after every
 * batch, and the state afterwards must equal the state before: a refused request changes nothing.
 * Cases are generated deterministically; a few run at a time.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createMockServer } from '../server'
import { allRouteModules } from '../../backend'
import { validate, type RouteDef } from '../../http'
import { EmptyBody } from '../../../src/contract/schema'
import { Store } from '../../store'
import { DEMO_USERS } from '../../account/users'

jest.setTimeout(60_000)

type Role = 'resident' | 'business' | 'clerk'

interface Sample {
  /** a concrete path for the route */
  path: string
  role?: Role
  /** a body the route's schema accepts: every mutation of it below is checked to be refused */
  valid: Record<string, unknown>
}

const CREDIT = DEMO_USERS.business.creditCode!
const BUNDLE_FORM = { applicantName: '陈志明', applicantId: '440126198511203211', phone: '@profile', address: '番禺区市桥街', babyName: '陈小满', babyBirthDate: '2026-11-18', otherParentName: '林晓华', otherParentId: '44011319880602004X' }

const SAMPLES: Record<string, Sample> = {
  'POST /api/auth/staff-login': { path: '/api/auth/staff-login', valid: { staffId: 'PY0801', password: 'panyu-demo' } },
  'POST /api/auth/otp': { path: '/api/auth/otp', valid: { phone: '13912345678' } },
  'POST /api/auth/otp/verify': { path: '/api/auth/otp/verify', valid: { phone: '13912345678', code: '123456' } },
  'POST /api/auth/wechat-login': { path: '/api/auth/wechat-login', valid: { code: '0a1b2c3d' } },
  'POST /api/auth/logout': { path: '/api/auth/logout', role: 'resident', valid: {} },
  'POST /api/auth/demo-login': { path: '/api/auth/demo-login', valid: { role: 'resident' } },
  'POST /api/appointments': { path: '/api/appointments', role: 'resident', valid: { hallId: 'centre', itemId: 'gaj-0-0-p', start: '2026-12-01T09:00:00+08:00', situationId: 'lost' } },
  'PATCH /api/appointments/:id': { path: '/api/appointments/apt_sweep', role: 'resident', valid: { start: '2026-12-01T09:00:00+08:00' } },
  'DELETE /api/appointments/:id': { path: '/api/appointments/apt_sweep', role: 'resident', valid: {} },
  'POST /api/appointments/:id/reminder': { path: '/api/appointments/apt_sweep/reminder', role: 'resident', valid: { channel: 'calendar', accepted: true } },
  'POST /api/reminders/subscription': { path: '/api/reminders/subscription', role: 'resident', valid: { templateIds: ['tpl-expiry'], accepted: true } },
  'POST /api/appointments/:id/check-in': { path: '/api/appointments/apt_sweep/check-in', role: 'clerk', valid: { code: '123456' } },
  'POST /api/instant/:itemId': { path: '/api/instant/outdoor-ad-temp', role: 'business', valid: { form: { adType: 'board', area: 6, startDate: '2026-11-25', endDate: '2026-12-10', address: '番禺区南村镇兴南大道 368 号门前', venueConsent: true } } },
  'POST /api/bundles/:id/applications': { path: '/api/bundles/newborn/applications', role: 'resident', valid: { answers: { hukou: 'yes', insure: 'yes', married: 'yes' }, form: BUNDLE_FORM, materials: [{ materialId: 'mat-hukou', source: 'safe', documentId: 'lic-resident-hukou' }] } },
  'POST /api/cases/:id/rating': { path: '/api/cases/case_sweep/rating', role: 'resident', valid: { stars: 4, comment: '' } },
  'POST /api/feedback': { path: '/api/feedback', role: 'resident', valid: { kind: 'suggestion', text: '希望延长周末开放时间' } },
  'POST /api/feedback/:id/resolve': { path: '/api/feedback/fb_sweep/resolve', role: 'resident', valid: {} },
  'POST /api/feedback/:id/reopen': { path: '/api/feedback/fb_sweep/reopen', role: 'resident', valid: { reason: '还是没有解决' } },
  'POST /api/clerk/feedback/:id/reply': { path: '/api/clerk/feedback/fb_sweep/reply', role: 'clerk', valid: { text: '已为您人工受理' } },
  'POST /api/addresses': { path: '/api/addresses', role: 'resident', valid: { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈小明', phone: '13912345678' } },
  'PATCH /api/addresses/:id': { path: '/api/addresses/addr_sweep', role: 'resident', valid: { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈小明', phone: '13912345678' } },
  'DELETE /api/addresses/:id': { path: '/api/addresses/addr_sweep', role: 'resident', valid: {} },
  'POST /api/mail/pickups': { path: '/api/mail/pickups', role: 'resident', valid: { caseId: 'case_sweep', slotId: '2026-11-25-am', addressId: 'addr_sweep' } },
  'POST /api/clerk/mail/:caseId/dispatch': { path: '/api/clerk/mail/case_sweep/dispatch', role: 'clerk', valid: { waybill: 'EA123456785CN' } },
  'POST /api/tickets': { path: '/api/tickets', role: 'resident', valid: { hallId: 'centre', itemId: 'residence-permit' } },
  'POST /api/tickets/arrive': { path: '/api/tickets/arrive', role: 'resident', valid: { appointmentId: 'apt_sweep', kioskCode: '123456' } },
  'POST /api/tickets/:id/rejoin': { path: '/api/tickets/tk_sweep/rejoin', role: 'resident', valid: {} },
  'DELETE /api/tickets/:id': { path: '/api/tickets/tk_sweep', role: 'resident', valid: {} },
  'POST /api/clerk/window/call-next': { path: '/api/clerk/window/call-next', role: 'clerk', valid: {} },
  'POST /api/clerk/window/recall': { path: '/api/clerk/window/recall', role: 'clerk', valid: {} },
  'POST /api/clerk/window/reveal-id': { path: '/api/clerk/window/reveal-id', role: 'clerk', valid: {} },
  'POST /api/clerk/window/miss': { path: '/api/clerk/window/miss', role: 'clerk', valid: {} },
  'POST /api/clerk/window/documents': { path: '/api/clerk/window/documents', role: 'clerk', valid: { code: '12345678' } },
  'POST /api/clerk/window/complete': { path: '/api/clerk/window/complete', role: 'clerk', valid: { outcome: 'done' } },
  'POST /api/clerk/redeem': { path: '/api/clerk/redeem', role: 'clerk', valid: { code: '12345678' } },
  'POST /api/clerk/scan': { path: '/api/clerk/scan', role: 'clerk', valid: { code: '12345678' } },
  'POST /api/clerk/redemptions/:id/received': { path: '/api/clerk/redemptions/red_sweep/received', role: 'clerk', valid: {} },
  'POST /api/clerk/pickups/:caseId': { path: '/api/clerk/pickups/case_sweep', role: 'clerk', valid: { code: '12345678' } },
  'POST /api/policies/:id/applications': { path: '/api/policies/catering-consumption/applications', role: 'business', valid: { form: { contactName: '李秀英', contactPhone: '13912345678', bankName: '工商银行', bankAccount: '3602000109000123456' }, materialIds: [] } },
  'PATCH /api/business/profile': { path: '/api/business/profile', role: 'business', valid: { headcount: 12, creditCode: CREDIT, contactPhone: '13912345678' } },
  'POST /api/safe/documents': { path: '/api/safe/documents', role: 'resident', valid: { name: '在职证明', type: 'proof', fileName: 'a.pdf', fileSize: 2048 } },
  'DELETE /api/safe/documents/:id': { path: '/api/safe/documents/lic-resident-id-card', role: 'resident', valid: {} },
  'POST /api/safe/codes': { path: '/api/safe/codes', role: 'resident', valid: { purpose: 'submit', documentIds: ['lic-resident-id-card'] } },
  'DELETE /api/safe/codes/:id': { path: '/api/safe/codes/code_sweep', role: 'resident', valid: {} },
  'POST /api/assist': { path: '/api/assist', role: 'resident', valid: { kind: 'accompany', target: { type: 'item', id: 'birth-hukou' }, slot: { date: '2026-11-25', half: 'am' }, phone: '13800138000' } },
  'POST /api/assist/:id/cancel': { path: '/api/assist/assist_sweep/cancel', role: 'resident', valid: {} },
  'POST /api/clerk/assist/:id/accept': { path: '/api/clerk/assist/assist_sweep/accept', role: 'clerk', valid: { scheduledAt: '2026-11-25T09:30:00+08:00', helperName: '陈小梅' } },
  'POST /api/clerk/assist/:id/complete': { path: '/api/clerk/assist/assist_sweep/complete', role: 'clerk', valid: {} },
  'POST /api/clerk/assist/:id/reveal-phone': { path: '/api/clerk/assist/assist_sweep/reveal-phone', role: 'clerk', valid: {} },
  'POST /api/dev/reset': { path: '/api/dev/reset', valid: {} },
  'POST /api/dev/clock': { path: '/api/dev/clock', valid: { advanceMinutes: 61 } },
  'POST /api/dev/network': { path: '/api/dev/network', valid: { down: false } },
}

const HTML = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '<!DOCTYPE html><html><body>hi</body></html>']
/** Values of every JSON type and the awkward ones (1e999 parses to Infinity). */
const ODD_VALUES: Array<{ json: string }> = [
  'null', 'true', '0', '-1', '1e308', '-1e308', '1e999', '1.5', '""', '"x"', '[]', '{}', '[1,2,3]', '{"a":{"b":1}}',
  JSON.stringify('x'.repeat(5000)), JSON.stringify('1'.repeat(19)), '"2026-02-30"', '"2026-02-30T09:00:00+08:00"',
  ...HTML.map((h) => JSON.stringify(h)),
].map((json) => ({ json }))
const MALFORMED_JSON = ['{', '}', '{"a":', '{"a":1,}', "{'a':1}", '[1,2', 'NaN', 'Infinity', 'undefined', '{"a":NaN}', '{"a":1e999', '\u0000', '{"a":"\\u00"}', '<html></html>', 'role=resident', '{}{}', '{"a":1}}']
const BAD_ID_NUMBERS = ['440126198511203212', '44012619851120321', '4401261985113032 1', '440126199902303211', 'ABCDEFGHIJKLMNOPQR', '<script>alert(1)</script>']
const BAD_CREDIT_CODES = ['91440113MA59ABCD10', '91440113MA59ABCD1', '91440113MA59ABCDIO', '<b>91440113MA59ABCD1R</b>', '']

interface Request {
  key: string
  method: string
  path: string
  role?: Role
  headers: Record<string, string>
  body: string | Buffer
  /** send without Content-Length, in chunks */
  chunked?: boolean
}

/** Replaces the value at a dotted path, as raw JSON text (so 1e999 and NaN-like values reach the server as written). */
function withRaw(valid: Record<string, unknown>, path: string[], json: string): string {
  const marker = '"__SWEEP_VALUE__"'
  const copy = structuredClone(valid)
  let at: Record<string, unknown> = copy
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>
  at[path[path.length - 1]] = '__SWEEP_VALUE__'
  return JSON.stringify(copy).replace(marker, json)
}

/** Every leaf path of a body (arrays by index), so each field gets the odd values. */
function leaves(value: unknown, prefix: string[] = []): string[][] {
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    return entries.length ? [prefix, ...entries.flatMap(([k, v]) => leaves(v, [...prefix, k]))].filter((p) => p.length) : [prefix].filter((p) => p.length)
  }
  return [prefix]
}

function refusedBySchema(route: RouteDef, text: string): boolean {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return true
  }
  try {
    validate(route.body ?? EmptyBody, parsed)
    return false
  } catch {
    return true
  }
}

function casesFor(key: string, route: RouteDef, sample: Sample): Request[] {
  const [method] = key.split(' ')
  const json = { 'content-type': 'application/json' }
  const out: Request[] = []
  const add = (body: string | Buffer, headers: Record<string, string> = json, chunked = false) => out.push({ key, method, path: sample.path, role: sample.role, headers, body, chunked })
  const valid = JSON.stringify(sample.valid)

  for (const text of MALFORMED_JSON) add(text)
  // nesting: far too deep (the 6,000), just over the limit, and deep inside a real field
  add('['.repeat(6000) + ']'.repeat(6000))
  add('{"a":'.repeat(6000) + '1' + '}'.repeat(6000))
  add(`${'['.repeat(33)}${']'.repeat(33)}`)
  add(valid.replace(/}$/, `,"deep":${'['.repeat(40)}${']'.repeat(40)}}`))
  // size: just over 1 MB in a real field, over it as declared, and a chunked upload without Content-Length
  add(valid.replace(/}$/, `,"note":"${'x'.repeat(1024 * 1024)}"}`))
  add(Buffer.alloc(1.25 * 1024 * 1024, 0x20))
  add(Buffer.alloc(1.25 * 1024 * 1024, 0x5b), json, true)
  // media types: a valid body sent as something else
  for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/html', 'application/xml', 'application/jsonp', '']) {
    add(valid, type ? { 'content-type': type } : {})
  }
  // unknown fields, whatever they hold
  for (const extra of ['"x"', '1e308', '{"a":1}', JSON.stringify(HTML[0]), JSON.stringify('x'.repeat(20_000))]) {
    add(valid.replace(/}$/, `${valid === '{}' ? '' : ','}"note":${extra}}`))
  }
  // every field: values of other types, out-of-range numbers, HTML; only those the schema refuses
  for (const leaf of leaves(sample.valid)) {
    for (const { json: value } of ODD_VALUES) {
      const body = withRaw(sample.valid, leaf, value)
      if (refusedBySchema(route, body)) add(body)
    }
    // a missing field
    const without = structuredClone(sample.valid)
    let at: Record<string, unknown> = without
    for (const k of leaf.slice(0, -1)) at = at[k] as Record<string, unknown>
    delete at[leaf[leaf.length - 1]]
    const text = JSON.stringify(without)
    if (refusedBySchema(route, text)) add(text)
  }
  // bodies that are not objects
  for (const text of ['null', '[]', '"text"', '42', 'true', JSON.stringify([sample.valid])]) add(text)
  return out
}

/** Identity numbers the rules refuse, where the routes take them. */
function identityCases(): Request[] {
  const json = { 'content-type': 'application/json' }
  const bundle = SAMPLES['POST /api/bundles/:id/applications']
  const profile = SAMPLES['PATCH /api/business/profile']
  return [
    ...BAD_ID_NUMBERS.flatMap((idNumber) => ['applicantId', 'otherParentId'].map((field) => ({
      key: 'POST /api/bundles/:id/applications', method: 'POST', path: bundle.path, role: bundle.role, headers: json,
      body: JSON.stringify({ ...bundle.valid, form: { ...BUNDLE_FORM, [field]: idNumber } }),
    }))),
    ...BAD_CREDIT_CODES.map((creditCode) => ({ key: 'PATCH /api/business/profile', method: 'PATCH', path: profile.path, role: profile.role, headers: json, body: JSON.stringify({ creditCode }) })),
    ...['1391234567', '23912345678', '139-1234-5678', '<b>13912345678</b>'].map((contactPhone) => ({ key: 'PATCH /api/business/profile', method: 'PATCH', path: profile.path, role: profile.role, headers: json, body: JSON.stringify({ contactPhone }) })),
  ]
}

interface Answer { status: number; text: string }

function send(base: URL, req: { method: string; path: string; headers: Record<string, string>; body?: string | Buffer; chunked?: boolean }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body)
    const headers = { ...req.headers, ...(body ? (req.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }) : {}) }
    const r = http.request({ host: base.hostname, port: base.port, method: req.method, path: req.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    // The server may answer 413 and close while a big body is still going out: the answer counts, the write error does not.
    r.on('error', (e) => reject(e))
    if (body && req.chunked) {
      for (let i = 0; i < body.length; i += 64 * 1024) r.write(body.subarray(i, i + 64 * 1024))
      r.end()
    } else {
      r.end(body)
    }
  })
}

/** The state a refused request must leave as it was. Sessions are left out: they are the caller's own bookkeeping (a sliding expiry may move on any request). */
function stateOf(store: Store): string {
  const state = (store as unknown as { state: { collections: Record<string, unknown>; meta: unknown } }).state
  const { sessions: _sessions, ...collections } = state.collections
  return JSON.stringify({ collections, meta: state.meta })
}

describe('bad-input sweep over the HTTP server', () => {
  const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mock-sweep-')), 'db.json')
  const server = createMockServer(dbFile, { dev: true })
  let base: URL
  beforeAll((done) => { server.listen(0, '127.0.0.1', () => { base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`); done() }) })
  afterAll((done) => { server.close(() => done()) })

  async function signIn(role: Role): Promise<string> {
    const json = { 'content-type': 'application/json' }
    // Clerks sign in with a staff number where the mock has staff sign-in; the demo switch otherwise.
    const staff = role === 'clerk' ? await send(base, { method: 'POST', path: '/api/auth/staff-login', headers: json, body: JSON.stringify({ staffId: 'PY0801', password: 'panyu-demo' }) }) : undefined
    const res = staff?.status === 200 ? staff : await send(base, { method: 'POST', path: '/api/auth/demo-login', headers: json, body: JSON.stringify({ role }) })
    expect(res.status).toBe(200)
    return JSON.parse(res.text).token
  }

  it('answers 900+ malformed requests to every write route with 4xx, keeps serving, and changes nothing', async () => {
    const tokens: Record<Role, string> = { resident: await signIn('resident'), business: await signIn('business'), clerk: await signIn('clerk') }
    const routes = new Map<string, RouteDef>((await allRouteModules()).flatMap((m) => m(new Store())).map((r) => [`${r.method} ${r.path}`, r]))
    const writes = [...routes.keys()].filter((k) => !k.startsWith('GET ')).sort()
    expect(Object.keys(SAMPLES).sort()).toEqual(writes)

    const requests = [...writes.flatMap((key) => casesFor(key, routes.get(key)!, SAMPLES[key])), ...identityCases()]
    expect(requests.length).toBeGreaterThanOrEqual(900)
    for (const key of writes) expect(requests.filter((r) => r.key === key).length).toBeGreaterThanOrEqual(30)

    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const before = stateOf(server.backend.store)
    expect(before.length).toBeGreaterThan(1000)
    const statuses = new Map<number, number>()
    const fiveHundreds: string[] = []
    const BATCH = 50
    const CONCURRENCY = 6
    for (let start = 0; start < requests.length; start += BATCH) {
      const batch = requests.slice(start, start + BATCH)
      let next = 0
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next < batch.length) {
          const req = batch[next++]
          const headers = { ...req.headers, ...(req.role ? { authorization: `Bearer ${tokens[req.role]}` } : {}) }
          const answer = await send(base, { ...req, headers })
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
          if (answer.status >= 500) fiveHundreds.push(`${req.key} → ${answer.status} ${answer.text.slice(0, 100)}`)
          if (answer.status < 400) fiveHundreds.push(`${req.key} accepted (${answer.status}): ${String(req.body).slice(0, 100)}`)
          if (answer.status >= 400 && !answer.text) fiveHundreds.push(`${req.key} → ${answer.status} with no body: ${String(req.body).slice(0, 60)}`)
          else if (answer.status >= 400) expect(JSON.parse(answer.text)).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) })
        }
      }))
      const alive = await send(base, { method: 'GET', path: '/api/themes', headers: {} })
      expect(alive.status).toBe(200)
    }
    quiet.mockRestore()
    expect(fiveHundreds).toEqual([])
    expect(stateOf(server.backend.store)).toEqual(before)
    // the refusals the sweep must have met, each at least once
    for (const status of [400, 413, 415]) expect(statuses.get(status)).toBeGreaterThan(0)
    // later writes still work: a valid one goes through
    const ok = await send(base, { method: 'POST', path: '/api/feedback', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.resident}` }, body: JSON.stringify({ kind: 'suggestion', text: '扫码核验很方便，谢谢' }) })
    expect(ok.status).toBe(201)
    console.log(`sweep: ${requests.length} malformed requests over ${writes.length} write routes; answers ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; 5xx ${fiveHundreds.length}; state unchanged`)
  })
})
