import { Store } from '../store'
import { ApiFailure } from '../errors'
import { getCase } from '../cases/domain'
import { addDocument } from '../safe/documents'
import { seedUsers } from '../account/domain'
import { accessLogOf } from '../safe/access-log'
import { acceptAssist, ageOn, assistOf, assistOptions, birthDateOf, cancelAssist, completeAssist, homeVisitEligibility, offeredSlots, openRequests, publicAssist, revealAssistPhone, submitAssist } from './domain'

// Tuesday 2026-11-24 10:00 +08:00, as in e2e
const now = new Date('2026-11-24T02:00:00Z')
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000)
const OLD = '440113196511240016' // 61 today
const TURNS_60_TOMORROW = '440113196611250016'
const YOUNG = '440113199003070012'

const base = { kind: 'accompany' as const, target: { type: 'item' as const, id: 'birth-hukou' }, slot: { date: '2026-11-25', half: 'am' as const }, phone: '13800138000' }

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
    expect(homeVisitEligibility({ idNumber: OLD }, now)).toEqual({ eligible: true, basis: 'age', reason: '您年满60周岁，可申请上门办' })
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
    const request = submitAssist(store, 'u1', base, now)
    const c = getCase(store, request.caseId)!
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

  it('makes a case that names its request (source assist), as the request names its case', () => {
    const store = new Store()
    const request = submitAssist(store, 'u1', base, now)
    expect(getCase(store, request.caseId)).toMatchObject({ source: 'assist', sourceId: request.id })
    expect(publicAssist(store, request).caseNumber).toBe(getCase(store, request.caseId)?.number)
  })

  it('reveals the callback number to a clerk on request, logging who, when and which request in the resident\'s access log', () => {
    const store = new Store()
    seedUsers(store)
    const request = submitAssist(store, 'u1', base, now)
    expect(accessLogOf(store, 'u1')).toEqual([])
    const shown = revealAssistPhone(store, 'u-clerk', request.id, later(5))
    expect(shown).toEqual({ phone: '13800138000', visibleUntil: new Date(later(5).getTime() + 60_000).toISOString() })
    const log = accessLogOf(store, 'u1')
    expect(log).toEqual([expect.objectContaining({ purpose: 'assist-callback', clerkNameMasked: '黄**', windowNo: 'A08', hallName: '番禺区政务服务中心', at: later(5).toISOString(), caseId: request.caseId, caseNumber: getCase(store, request.caseId)?.number })])
    expect(JSON.stringify(log)).not.toContain('13800138000')
    // each look is logged; none for someone who is not a clerk, an ended request or an unknown one
    revealAssistPhone(store, 'u-clerk', request.id, later(6))
    expect(accessLogOf(store, 'u1')).toHaveLength(2)
    expect(failure(() => revealAssistPhone(store, 'u-resident', request.id, later(7))).status).toBe(403)
    expect(failure(() => revealAssistPhone(store, 'u-clerk', 'assist_none', later(7))).status).toBe(404)
    cancelAssist(store, 'u1', request.id, later(8))
    expect(failure(() => revealAssistPhone(store, 'u-clerk', request.id, later(9))).code).toBe('ASSIST_STATE')
    expect(accessLogOf(store, 'u1')).toHaveLength(2)
  })

  it('lets the resident cancel before the agreed time but not at or after it', () => {
    const store = new Store()
    const a = submitAssist(store, 'u1', base, now)
    acceptAssist(store, 'clerk1', a.id, { scheduledAt: later(120).toISOString(), helperName: '陈小梅' }, now)
    expect(failure(() => cancelAssist(store, 'u1', a.id, later(120))).status).toBe(409)

    const b = submitAssist(store, 'u1', base, now)
    acceptAssist(store, 'clerk1', b.id, { scheduledAt: later(120).toISOString(), helperName: '陈小梅' }, now)
    expect(cancelAssist(store, 'u1', b.id, later(119)).state).toBe('cancelled')
    expect(getCase(store, b.caseId)?.status).toBe('cancelled')
    // a cancelled request cannot be accepted, and someone else cannot cancel yours
    const c = submitAssist(store, 'u1', base, now)
    expect(failure(() => cancelAssist(store, 'u2', c.id, now)).status).toBe(404)
    cancelAssist(store, 'u1', c.id, now)
    expect(failure(() => acceptAssist(store, 'clerk1', c.id, { scheduledAt: later(60).toISOString(), helperName: '陈' }, now)).message).toBe('居民已取消该请求')
    expect(assistOf(store, 'u1')).toHaveLength(3)
  })

  it('refuses a bad phone, a past preferred day, a past time, no 陪办员, and 上门办 for a young resident', () => {
    const store = new Store()
    expect(failure(() => submitAssist(store, 'u1', { ...base, phone: '1380013800' }, now)).fields).toEqual({ phone: '请填写正确的11位手机号' })
    const past = failure(() => submitAssist(store, 'u1', { ...base, slot: { date: '2026-11-24', half: 'pm' } }, now))
    expect([past.status, past.code, past.fields]).toEqual([400, 'ASSIST_SLOT', { slot: '请从可选时间中选择' }])
    const home = failure(() => submitAssist(store, 'u1', { ...base, kind: 'home', idNumber: YOUNG }, now))
    expect([home.status, home.code]).toEqual([403, 'HOME_VISIT_NOT_ELIGIBLE'])
    expect(home.message).toContain('未满60周岁')
    expect(submitAssist(store, 'u1', { ...base, kind: 'home', idNumber: OLD }, now).eligibility).toBe('您年满60周岁，可申请上门办')
    const r = submitAssist(store, 'u1', base, now)
    expect(failure(() => acceptAssist(store, 'c', r.id, { scheduledAt: later(-1).toISOString(), helperName: '陈' }, now)).status).toBe(400)
    expect(failure(() => acceptAssist(store, 'c', r.id, { scheduledAt: later(60).toISOString(), helperName: '  ' }, now)).fields).toEqual({ helperName: '请填写陪办员姓名' })
  })

  it('offers the next five working days, am and pm, skipping the weekend', () => {
    const slots = offeredSlots(now)
    expect(slots).toHaveLength(10)
    expect(slots[0]).toEqual({ date: '2026-11-25', half: 'am' })
    expect(slots.map((s) => s.date)).not.toContain('2026-11-28')
    expect(slots.at(-1)).toEqual({ date: '2026-12-01', half: 'pm' })
  })

  it('names the item, bundle or hall and tells a resident whether 上门办 is open to them', () => {
    expect(assistOptions('bundle', 'newborn', OLD, now)).toMatchObject({ target: { type: 'bundle', id: 'newborn' }, homeVisit: { eligible: true, basis: 'age' } })
    expect(assistOptions('hall', 'centre', YOUNG, now).homeVisit.eligible).toBe(false)
    expect(failure(() => assistOptions('item', 'no-such-item', OLD, now)).status).toBe(404)
  })

  it('代办 needs documents from the resident\'s own safe, kept by name on the request', () => {
    const store = new Store()
    const mine = addDocument(store, { ownerId: 'u1', kind: 'licence', type: 'id-card', name: '居民身份证', issuer: '番禺分局', number: '440113199003070012' }, now)
    const theirs = addDocument(store, { ownerId: 'u2', kind: 'licence', type: 'id-card', name: '居民身份证', issuer: '番禺分局' }, now)
    expect(failure(() => submitAssist(store, 'u1', { ...base, kind: 'proxy' }, now)).code).toBe('ASSIST_NO_AUTHORISATION')
    expect(failure(() => submitAssist(store, 'u1', { ...base, kind: 'proxy', documentIds: [theirs.id] }, now)).fields).toHaveProperty('documentIds')
    const r = submitAssist(store, 'u1', { ...base, kind: 'proxy', documentIds: [mine.id, mine.id] }, now)
    expect(r.documents).toEqual([{ id: mine.id, name: '居民身份证' }])
    const shown = publicAssist(store, r)
    expect(shown.phoneMasked).toBe('138****8000')
    expect(JSON.stringify(shown)).not.toContain('13800138000')
    expect(shown.caseNumber).toMatch(/^PY20261124-/)
  })
})
