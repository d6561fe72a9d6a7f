import { call, seededBackend } from '../test-backend'
import type { Backend } from '../http'
import { clock } from '../clock'
import { ApiFailure } from '../errors'
import type { SafeCode } from '../../src/contract'
import { cases, createCase, getCase } from '../cases/domain'
import { codeOf, createCode } from '../safe/codes'
import { accessLogOf } from '../safe/access-log'
import { handOver } from './counter'

const T0 = new Date('2026-11-24T02:00:00Z')
const POST = { method: 'post' as const, recipient: '陈*明', phoneMasked: '138****0000', addressLine: '广东省广州市番禺区 市桥街道清河东路 1 号' }

const setup = () => seededBackend(T0)

/**
 * A finished case with a paper result and a pickup code the resident made for it, then its delivery as given: a code
 * for a case going by post cannot be made (see below), so the counter's refusal guards codes made before that rule.
 */
function finishedCase(backend: Backend, delivery?: typeof POST | { method: 'window' }): { caseId: string; pickup: SafeCode } {
  const c = createCase(backend.store, { ownerId: 'u-resident', title: '不动产登记', source: 'item', sourceId: 'x', itemIds: [], pickupRequired: true, status: 'approved' }, clock.now())
  const pickup = createCode(backend.store, 'u-resident', { purpose: 'pickup', documentIds: [], caseId: c.id }, clock.now())
  cases(backend.store).put(c.id, { ...cases(backend.store).get(c.id)!, delivery })
  return { caseId: c.id, pickup }
}

describe('取件码 for a result sent by post (政务专递)', () => {
  afterEach(() => clock.reset())

  it('cannot be made: the resident is told the result comes by post', () => {
    const backend = setup()
    const c = createCase(backend.store, { ownerId: 'u-resident', title: '不动产登记', source: 'item', sourceId: 'x', itemIds: [], pickupRequired: true, status: 'approved', delivery: POST }, clock.now())
    expect(() => createCode(backend.store, 'u-resident', { purpose: 'pickup', documentIds: [], caseId: c.id }, clock.now()))
      .toThrow(expect.objectContaining({ status: 409, code: 'DELIVERY_BY_POST' }))
  })
})

describe('取件码 at the counter for a result sent by post (政务专递)', () => {
  afterEach(() => clock.reset())

  it('is refused with DELIVERY_BY_POST before the code is used: the code stays active, the case open, nothing logged', () => {
    const backend = setup()
    const { caseId, pickup } = finishedCase(backend, POST)
    let refusal: unknown
    try { handOver(backend.store, 'u-clerk', caseId, pickup.code, clock.now()) } catch (e) { refusal = e }
    expect(refusal).toBeInstanceOf(ApiFailure)
    expect(refusal).toMatchObject({ status: 409, code: 'DELIVERY_BY_POST' })
    expect((refusal as ApiFailure).message).toContain('邮寄')
    expect(codeOf(backend.store, 'u-resident', pickup.id, clock.now()).state).toBe('active')
    expect(getCase(backend.store, caseId)?.status).toBe('approved')
    expect(accessLogOf(backend.store, 'u-resident')).toEqual([])
  })

  it('still hands over a case collected at the window (窗口领取) and one with no delivery chosen', () => {
    const backend = setup()
    for (const delivery of [{ method: 'window' as const }, undefined]) {
      const { caseId, pickup } = finishedCase(backend, delivery)
      expect(handOver(backend.store, 'u-clerk', caseId, pickup.shortCode, clock.now()).caseId).toBe(caseId)
      expect(getCase(backend.store, caseId)?.status).toBe('collected')
    }
  })

  it('POST /api/clerk/pickups/:caseId answers 409 DELIVERY_BY_POST, and the same code is not used up by the refusal', async () => {
    const backend = setup()
    const clerk = (await call(backend, 'POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'panyu-demo' })).body.token
    const { caseId, pickup } = finishedCase(backend, POST)
    const refused = await call(backend, 'POST', `/api/clerk/pickups/${caseId}`, clerk, { code: pickup.shortCode })
    expect([refused.status, refused.body.error.code]).toEqual([409, 'DELIVERY_BY_POST'])
    // asked again, it is refused for the same reason (not CODE_USED): the refusal came before the code was used
    const again = await call(backend, 'POST', `/api/clerk/pickups/${caseId}`, clerk, { code: pickup.code })
    expect(again.body.error.code).toBe('DELIVERY_BY_POST')
  })
})
