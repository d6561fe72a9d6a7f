import { Store } from '../store'
import { ApiFailure } from '../errors'
import { getCase } from '../cases/domain'
import { acceptAssist, ageOn, assistOf, birthDateOf, cancelAssist, completeAssist, homeVisitEligibility, openRequests, submitAssist } from './domain'

// Tuesday 2026-11-24 10:00 +08:00, as in e2e
const now = new Date('2026-11-24T02:00:00Z')
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000)
const OLD = '440113196511240016' // 61 today
const TURNS_60_TOMORROW = '440113196611250016'
const YOUNG = '440113199003070012'

const base = { ownerId: 'u1', kind: 'accompany' as const, itemId: 'birth-hukou', preferred: { date: '2026-11-25', half: 'am' as const }, phone: '13800138000' }

function failure(run: () => unknown): ApiFailure {
  try {
    run()
  } catch (e) {
    if (e instanceof ApiFailure) return e
    throw e
  }
  throw new Error('did not fail')
}

describe('上门办 eligibility', () => {
  it('reads the birth date from the ID number and refuses impossible dates', () => {
    expect(birthDateOf(OLD)).toBe('1965-11-24')
    expect(birthDateOf('440113196502300016')).toBeUndefined()
    expect(birthDateOf('12345')).toBeUndefined()
  })

  it('counts full years on the district date', () => {
    expect(ageOn('1966-11-25', now)).toBe(59)
    expect(ageOn('1966-11-24', now)).toBe(60)
    // 2026-11-24 17:00Z is already the 25th in Guangzhou
    expect(ageOn('1966-11-25', new Date('2026-11-24T17:00:00Z'))).toBe(60)
  })

  it('admits 60+ with the reason, refuses a young resident with why, admits a declaration', () => {
    expect(homeVisitEligibility({ idNumber: OLD }, now)).toEqual({ eligible: true, reason: '您年满60周岁，可申请上门办' })
    const young = homeVisitEligibility({ idNumber: YOUNG }, now)
    expect(young.eligible).toBe(false)
    expect(young.reason).toContain('未满60周岁')
    expect(homeVisitEligibility({ idNumber: TURNS_60_TOMORROW }, now).eligible).toBe(false)
    expect(homeVisitEligibility({ idNumber: YOUNG, declaration: '下肢残疾，行动不便' }, now).eligible).toBe(true)
    expect(homeVisitEligibility({ idNumber: YOUNG, declaration: ' ' }, now).eligible).toBe(false)
  })
})

describe('帮办 request chain', () => {
  it('submits as a case, the clerk accepts once with a time and a 陪办员, then completes', () => {
    const store = new Store()
    const { request, case: c } = submitAssist(store, base, now)
    expect(c.status).toBe('submitted')
    expect(openRequests(store).map((r) => r.id)).toEqual([request.id])

    const accepted = acceptAssist(store, 'clerk1', request.id, { scheduledAt: '2026-11-25T01:30:00Z', helperName: '陈小梅' }, now)
    expect(accepted).toMatchObject({ state: 'accepted', helperName: '陈小梅', scheduledAt: '2026-11-25T01:30:00.000Z' })
    expect(openRequests(store)).toHaveLength(0)
    expect(getCase(store, c.id)?.status).toBe('accepted')
    expect(getCase(store, c.id)?.events.at(-1)?.text).toContain('陈小梅')

    expect(failure(() => acceptAssist(store, 'clerk2', request.id, { scheduledAt: '2026-11-25T01:30:00Z', helperName: '李' }, now)).status).toBe(409)

    expect(completeAssist(store, request.id, later(60 * 24)).state).toBe('done')
    expect(getCase(store, c.id)?.status).toBe('approved')
    expect(failure(() => cancelAssist(store, 'u1', request.id, later(60 * 25))).status).toBe(409)
  })

  it('lets the resident cancel before the agreed time but not at or after it', () => {
    const store = new Store()
    const a = submitAssist(store, base, now).request
    acceptAssist(store, 'clerk1', a.id, { scheduledAt: later(120).toISOString(), helperName: '陈小梅' }, now)
    expect(failure(() => cancelAssist(store, 'u1', a.id, later(120))).status).toBe(409)

    const b = submitAssist(store, base, now)
    acceptAssist(store, 'clerk1', b.request.id, { scheduledAt: later(120).toISOString(), helperName: '陈小梅' }, now)
    expect(cancelAssist(store, 'u1', b.request.id, later(119)).state).toBe('cancelled')
    expect(getCase(store, b.case.id)?.status).toBe('cancelled')
    // a cancelled request cannot be accepted, and someone else cannot cancel yours
    const c = submitAssist(store, base, now).request
    expect(failure(() => cancelAssist(store, 'u2', c.id, now)).status).toBe(404)
    cancelAssist(store, 'u1', c.id, now)
    expect(failure(() => acceptAssist(store, 'clerk1', c.id, { scheduledAt: later(60).toISOString(), helperName: '陈' }, now)).message).toBe('居民已取消该请求')
    expect(assistOf(store, 'u1')).toHaveLength(3)
  })

  it('refuses a bad phone, a past preferred day, a past time, no 陪办员, and 上门办 for a young resident', () => {
    const store = new Store()
    expect(failure(() => submitAssist(store, { ...base, phone: '1380013800' }, now)).fields).toEqual({ phone: '请填写正确的11位手机号' })
    expect(failure(() => submitAssist(store, { ...base, preferred: { date: '2026-11-24', half: 'pm' } }, now)).status).toBe(400)
    const home = failure(() => submitAssist(store, { ...base, kind: 'home', idNumber: YOUNG }, now))
    expect(home.status).toBe(403)
    expect(home.message).toContain('未满60周岁')
    expect(submitAssist(store, { ...base, kind: 'home', idNumber: OLD }, now).request.kind).toBe('home')
    const r = submitAssist(store, base, now).request
    expect(failure(() => acceptAssist(store, 'c', r.id, { scheduledAt: later(-1).toISOString(), helperName: '陈' }, now)).status).toBe(400)
    expect(failure(() => acceptAssist(store, 'c', r.id, { scheduledAt: later(60).toISOString(), helperName: '  ' }, now)).fields).toEqual({ helperName: '请填写陪办员姓名' })
  })
})
