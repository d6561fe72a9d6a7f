/**
 * Every route's body schema (src/contract), table-driven: a valid body passes; a missing field or a
 * wrong type → BAD_REQUEST, a field the route does not take → UNKNOWN_FIELD naming it, an over-long
 * string (or an out-of-range number) → VALIDATION_FAILED, each with the field's path in `fields`.
 */
import { allRouteModules } from './backend'
import { validate, type RouteDef } from './http'
import { ApiFailure } from './errors'
import { Store } from './store'
import { EmptyBody, isRealDate } from '../src/contract/schema'
import { DEMO_USERS } from './account/users'

let routes: Map<string, RouteDef>
beforeAll(async () => {
  routes = new Map((await allRouteModules()).flatMap((module) => module(new Store())).map((r) => [`${r.method} ${r.path}`, r]))
})

interface Case {
  valid: Record<string, unknown>
  /** a required field, dotted */
  required?: string
  /** a field and a value of the wrong type */
  wrongType?: [string, unknown]
  /** a field and a value over its limit (a long string, or a number out of range) */
  tooLong?: [string, unknown]
}

const long = (n: number) => 'x'.repeat(n + 1)
const CREDIT = DEMO_USERS.business.creditCode!

const CASES: Record<string, Case> = {
  'POST /api/auth/staff-login': { valid: { staffId: 'PY0801', password: 'panyu-demo' }, required: 'password', wrongType: ['staffId', 801], tooLong: ['password', long(200)] },
  'POST /api/auth/otp': { valid: { phone: '13912345678' }, required: 'phone', wrongType: ['phone', 13912345678], tooLong: ['phone', long(40)] },
  'POST /api/auth/otp/verify': { valid: { phone: '13912345678', code: '123456' }, required: 'code', wrongType: ['code', 123456], tooLong: ['code', long(40)] },
  'POST /api/auth/wechat-login': { valid: { code: '0a1b2c3d' }, required: 'code', wrongType: ['code', 1], tooLong: ['code', long(200)] },
  'POST /api/auth/logout': { valid: {} },
  'POST /api/auth/demo-login': { valid: { role: 'resident' }, required: 'role', wrongType: ['role', 7], tooLong: ['role', long(500)] },
  'POST /api/appointments': { valid: { hallId: 'centre', itemId: 'gaj-0-0-p', start: '2026-12-01T09:00:00+08:00', situationId: 'lost' }, required: 'start', wrongType: ['situationId', 7], tooLong: ['situationId', long(100)] },
  'PATCH /api/appointments/:id': { valid: { start: '2026-12-01T09:00:00+08:00' }, required: 'start', wrongType: ['start', 1764550800000], tooLong: ['start', long(40)] },
  'DELETE /api/appointments/:id': { valid: {} },
  'POST /api/appointments/:id/reminder': { valid: { channel: 'calendar', accepted: true }, required: 'accepted', wrongType: ['accepted', 'yes'], tooLong: ['templateIds', [long(64)]] },
  'POST /api/reminders/subscription': { valid: { templateIds: ['tpl-expiry'], accepted: true }, required: 'accepted', wrongType: ['templateIds', 'tpl'], tooLong: ['templateIds', [long(64)]] },
  'POST /api/appointments/:id/check-in': { valid: { code: '123456' }, required: 'code', wrongType: ['code', 123456], tooLong: ['code', long(32)] },
  'POST /api/instant/:itemId': { valid: { form: { area: 6, content: '开业', venueConsent: true } }, required: 'form', wrongType: ['form.area', { nested: 1 }], tooLong: ['form.content', long(500)] },
  'POST /api/bundles/:id/applications': {
    valid: { answers: { hukou: 'yes' }, form: { babyName: '陈小明' }, materials: [{ materialId: 'mat-hukou', source: 'deferred' }, { materialId: 'mat-x', source: 'upload', fileName: 'a.jpg', fileSize: 10 }], delivery: { method: 'post', addressId: 'addr_1' } },
    required: 'materials', wrongType: ['answers.hukou', 1], tooLong: ['form.babyName', long(200)],
  },
  'POST /api/cases/:id/rating': { valid: { stars: 5, comment: '' }, required: 'stars', wrongType: ['stars', '5'], tooLong: ['comment', long(300)] },
  'POST /api/feedback': { valid: { kind: 'suggestion', text: '希望延长周末开放时间' }, required: 'kind', wrongType: ['text', null], tooLong: ['text', long(500)] },
  'POST /api/feedback/:id/resolve': { valid: {} },
  'POST /api/feedback/:id/reopen': { valid: { reason: '还是没有解决' }, required: 'reason', wrongType: ['reason', 5], tooLong: ['reason', long(300)] },
  'POST /api/clerk/feedback/:id/reply': { valid: { text: '已为您人工受理' }, required: 'text', wrongType: ['text', []], tooLong: ['text', long(500)] },
  'POST /api/tickets': { valid: { hallId: 'centre', itemId: 'residence-permit', care: true }, required: 'itemId', wrongType: ['care', 'yes'], tooLong: ['hallId', long(100)] },
  'POST /api/tickets/arrive': { valid: { appointmentId: 'apt_1', lng: 113.38, lat: 22.94, crs: 'wgs84' }, required: 'appointmentId', wrongType: ['lat', '22.9'], tooLong: ['lat', 95] },
  'POST /api/tickets/:id/rejoin': { valid: {} },
  'DELETE /api/tickets/:id': { valid: {} },
  'POST /api/clerk/window/call-next': { valid: {} },
  'POST /api/clerk/window/recall': { valid: {} },
  'POST /api/clerk/window/reveal-id': { valid: {} },
  'POST /api/clerk/window/miss': { valid: {} },
  'POST /api/clerk/window/documents': { valid: { code: '12345678' }, required: 'code', wrongType: ['code', 12345678], tooLong: ['code', long(1024)] },
  'POST /api/clerk/window/complete': { valid: { outcome: 'supplement', missing: ['户口簿原件'] }, required: 'outcome', wrongType: ['missing', '户口簿'], tooLong: ['missing', [long(200)]] },
  'POST /api/clerk/redeem': { valid: { code: '12345678' }, required: 'code', wrongType: ['code', 12345678], tooLong: ['code', long(1024)] },
  'POST /api/clerk/scan': { valid: { code: 'PYCHK1.a1.123456' }, required: 'code', wrongType: ['code', 12345678], tooLong: ['code', long(1024)] },
  'POST /api/clerk/redemptions/:id/received': { valid: {} },
  'POST /api/clerk/pickups/:caseId': { valid: { code: '12345678' }, required: 'code', wrongType: ['code', true], tooLong: ['code', long(1024)] },
  'POST /api/policies/:id/applications': {
    valid: { form: { contactName: '李秀英', contactPhone: '13912345678', bankName: '工商银行', bankAccount: '3602000109000123456' }, materialIds: [] },
    required: 'form.bankAccount', wrongType: ['materialIds', 'lic-1'], tooLong: ['form.contactName', long(100)],
  },
  'PATCH /api/business/profile': { valid: { headcount: 12, creditCode: CREDIT, contactPhone: '13912345678', town: '市桥街', establishedOn: '2019-04-12' }, wrongType: ['highTech', 'yes'], tooLong: ['bankName', long(40)] },
  'POST /api/safe/documents': { valid: { name: '在职证明', type: 'proof', fileName: 'a.pdf', fileSize: 2048 }, required: 'fileName', wrongType: ['fileSize', '2048'], tooLong: ['name', long(40)] },
  'DELETE /api/safe/documents/:id': { valid: {} },
  'POST /api/safe/codes': { valid: { purpose: 'submit', documentIds: ['lic-resident-id-card'] }, required: 'documentIds', wrongType: ['documentIds', 'lic-resident-id-card'], tooLong: ['caseId', long(100)] },
  'DELETE /api/safe/codes/:id': { valid: {} },
  'POST /api/addresses': { valid: { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈小明', phone: '13912345678', isDefault: true }, required: 'recipient', wrongType: ['isDefault', 'yes'], tooLong: ['street', long(80)] },
  'PATCH /api/addresses/:id': { valid: { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈小明', phone: '139****5678' }, required: 'street', wrongType: ['phone', 13912345678], tooLong: ['recipient', long(20)] },
  'DELETE /api/addresses/:id': { valid: {} },
  'POST /api/mail/pickups': { valid: { caseId: 'case_1', slotId: '2026-11-25-am', addressId: 'addr_1' }, required: 'slotId', wrongType: ['addressId', 1], tooLong: ['caseId', long(100)] },
  'POST /api/clerk/mail/:caseId/dispatch': { valid: { waybill: 'EA123456785CN' }, required: 'waybill', wrongType: ['waybill', 123456785], tooLong: ['waybill', long(20)] },
  'POST /api/assist': {
    valid: { kind: 'proxy', target: { type: 'item', id: 'birth-hukou' }, slot: { date: '2026-11-25', half: 'am' }, phone: '13800138000', documentIds: ['lic-resident-id-card'], declaration: '下肢残疾' },
    required: 'slot.half', wrongType: ['documentIds', 'lic-resident-id-card'], tooLong: ['declaration', long(200)],
  },
  'POST /api/assist/:id/cancel': { valid: {} },
  'POST /api/clerk/assist/:id/accept': { valid: { scheduledAt: '2026-11-25T09:30:00+08:00', helperName: '陈小梅' }, required: 'helperName', wrongType: ['scheduledAt', 20261125], tooLong: ['helperName', long(20)] },
  'POST /api/clerk/assist/:id/complete': { valid: {} },
  'POST /api/clerk/assist/:id/reveal-phone': { valid: {} },
  'POST /api/dev/reset': { valid: {} },
  'POST /api/dev/clock': { valid: { advanceMinutes: 61 }, required: 'advanceMinutes', wrongType: ['advanceMinutes', '61'], tooLong: ['advanceMinutes', 1e308] },
  'POST /api/dev/network': { valid: { down: false }, required: 'down', wrongType: ['down', 'false'] },
}

function refusal(schema: RouteDef['body'], body: unknown): ApiFailure {
  try {
    validate(schema ?? EmptyBody, body)
  } catch (e) {
    if (e instanceof ApiFailure) return e
    throw e
  }
  throw new Error(`accepted ${JSON.stringify(body).slice(0, 80)}`)
}

function withPath(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body)
  const keys = path.split('.')
  let at: Record<string, unknown> = copy
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>
  if (value === undefined) delete at[keys[keys.length - 1]]
  else at[keys[keys.length - 1]] = value
  return copy
}

describe('route schemas', () => {
  it('covers every write route (a new route adds its row here)', () => {
    const writes = [...routes.values()].filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`).sort()
    expect(Object.keys(CASES).sort()).toEqual(writes)
  })

  describe.each(Object.entries(CASES))('%s', (key, c) => {
    let schema: RouteDef['body']
    beforeAll(() => { schema = routes.get(key)!.body })

    it('accepts a valid body', () => {
      expect(validate(schema ?? EmptyBody, c.valid)).toEqual(expect.objectContaining(c.valid))
    })

    it('refuses an unknown field as UNKNOWN_FIELD, naming it', () => {
      const e = refusal(schema, { ...c.valid, note: 'x'.repeat(1000) })
      expect(e).toMatchObject({ status: 400, code: 'UNKNOWN_FIELD', fields: { note: expect.any(String) } })
      expect(e.message).toContain('note')
    })

    it('refuses a body that is not an object', () => {
      for (const body of [null, 'text', 42, true]) expect(refusal(schema, body).status).toBe(400)
    })

    if (c.required) {
      it('refuses a missing required field as BAD_REQUEST', () => {
        expect(refusal(schema, withPath(c.valid, c.required!, undefined))).toMatchObject({ status: 400, code: 'BAD_REQUEST', fields: { [c.required!]: expect.any(String) } })
      })
    }
    if (c.wrongType) {
      it('refuses a wrong type as BAD_REQUEST', () => {
        const [path, value] = c.wrongType!
        expect(refusal(schema, withPath(c.valid, path, value))).toMatchObject({ status: 400, code: 'BAD_REQUEST', fields: { [path]: expect.any(String) } })
      })
    }
    if (c.tooLong) {
      it('refuses a value over its limit, naming the field', () => {
        const [path, value] = c.tooLong!
        const e = refusal(schema, withPath(c.valid, path, value))
        expect(e.status).toBe(400)
        expect(['VALIDATION_FAILED', 'BAD_REQUEST']).toContain(e.code)
        expect(Object.keys(e.fields ?? {}).some((field) => field === path || field.startsWith(`${path}.`))).toBe(true)
      })
    }
  })
})

describe('schema building blocks', () => {
  let profile: NonNullable<RouteDef['body']>
  let book: NonNullable<RouteDef['body']>
  beforeAll(() => {
    profile = routes.get('PATCH /api/business/profile')!.body!
    book = routes.get('POST /api/appointments')!.body!
  })

  it('takes real dates only', () => {
    expect(isRealDate('2024-02-29')).toBe(true)
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-01', '26-01-01', '']) expect(isRealDate(bad)).toBe(false)
    expect(refusal(profile, { establishedOn: '2026-02-30' }).fields).toEqual({ establishedOn: expect.any(String) })
    expect(refusal(book, { hallId: 'centre', itemId: 'i', start: '2026-02-30T09:00:00+08:00' }).fields).toEqual({ start: expect.any(String) })
  })

  it('checks credit codes and phones with the identity rules, saying what is wrong', () => {
    expect(refusal(profile, { creditCode: '123' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: { creditCode: '统一社会信用代码应为 18 位' } })
    const flipped = CREDIT.slice(0, 17) + (CREDIT[17] === '0' ? '1' : '0')
    expect(refusal(profile, { creditCode: flipped }).fields).toEqual({ creditCode: '统一社会信用代码校验位不正确，请核对' })
    expect(refusal(profile, { contactPhone: '1391234567' }).fields).toEqual({ contactPhone: '请输入 11 位手机号码' })
    expect(refusal(profile, { contactPhone: '<script>alert(1)</script>' }).code).toBe('VALIDATION_FAILED')
  })

  it('keeps numbers finite and in range', () => {
    for (const headcount of [-1, 1e308, 1e13]) expect(refusal(profile, { headcount }).fields).toEqual({ headcount: expect.any(String) })
    expect(refusal(profile, { headcount: Number.NaN })).toMatchObject({ status: 400, code: 'BAD_REQUEST' })
  })

  it('bounds open maps: keys shaped like ids, at most so many, scalar values', () => {
    const instant = routes.get('POST /api/instant/:itemId')!.body!
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`f${i}`, 'x']))
    expect(refusal(instant, { form: many }).fields).toEqual({ form: expect.any(String) })
    expect(refusal(instant, { form: { 'not a key': 'x' } }).status).toBe(400)
    expect(refusal(instant, { form: { a: [1] } }).code).toBe('BAD_REQUEST')
  })

  it('names a nested unknown field by its path', () => {
    const bundle = routes.get('POST /api/bundles/:id/applications')!.body!
    const e = refusal(bundle, { answers: {}, form: {}, materials: [{ materialId: 'm', source: 'deferred', note: 'x' }] })
    expect(e).toMatchObject({ code: 'UNKNOWN_FIELD', fields: { 'materials.0.note': expect.any(String) } })
  })
})
