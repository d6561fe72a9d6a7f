import { Store } from '../store'
import { createCase, getCase, recordStep } from './domain'
import { feedbackItem, feedbackOf, openFeedback, rateCase, reopenFeedback, replyToFeedback, resolveFeedback, submitFeedback } from './feedback'

// Monday 2026-11-23, 10:00 in Panyu
const now = new Date('2026-11-23T02:00:00Z')
const later = (days: number) => new Date(now.getTime() + days * 86_400_000)

function seed() {
  const store = new Store()
  store.collection('users').put('clerk-1', { id: 'clerk-1', role: 'clerk', name: '黄晓玲', hallId: 'centre' })
  const open = createCase(store, { ownerId: 'u1', title: 'open', source: 'item', sourceId: 'residence-permit', itemIds: ['residence-permit'] }, now)
  const done = createCase(store, { ownerId: 'u1', title: 'done', source: 'item', sourceId: 'x', itemIds: ['x'] }, new Date(now.getTime() + 1000))
  recordStep(store, done.id, { status: 'approved', event: { kind: 'approved', text: '已办结' } }, new Date(now.getTime() + 2000))
  const theirs = createCase(store, { ownerId: 'u2', title: 'theirs', source: 'item', sourceId: 'x', itemIds: ['x'] }, now)
  return { store, open, done, theirs }
}

describe('好差评 and 办不成事: loops that close', () => {
  it('rates a done case once, 1–5 stars, and refuses an open one', () => {
    const { store, open, done } = seed()
    expect(() => rateCase(store, 'u1', open.id, { stars: 5, comment: '' }, now)).toThrow(expect.objectContaining({ status: 409, code: 'CASE_NOT_DONE' }))
    expect(() => rateCase(store, 'u1', done.id, { stars: 6, comment: '' }, now)).toThrow(expect.objectContaining({ status: 400 }))
    expect(() => rateCase(store, 'u1', done.id, { stars: 2, comment: '' }, now)).toThrow(expect.objectContaining({ fields: { comment: expect.any(String) } }))
    const rated = rateCase(store, 'u1', done.id, { stars: 5, comment: ' 很快 ' }, now)
    expect(rated.rating).toEqual({ stars: 5, comment: '很快', at: now.toISOString() })
    expect(() => rateCase(store, 'u1', done.id, { stars: 1, comment: '再评一次' }, now)).toThrow(expect.objectContaining({ status: 409, code: 'ALREADY_RATED' }))
    expect(getCase(store, done.id)!.rating!.stars).toBe(5)
    expect(feedbackOf(store, 'u1', now)).toEqual([])
  })

  it('takes 办不成事 with or without a case, numbered, the case only if mine, and hands it to the case\'s department at once', () => {
    const { store, open, theirs } = seed()
    const a = submitFeedback(store, 'u1', { kind: 'cannot-do', text: '窗口说材料不全但没说缺什么', caseId: open.id }, now)
    expect(a).toMatchObject({ number: 'FK20261123-00001', caseNumber: open.number, status: 'handling', source: 'feedback', department: open.subCases[0].department, overdue: false })
    expect(a.events.map((e) => e.kind)).toEqual(['received', 'assigned'])
    const b = submitFeedback(store, 'u1', { kind: 'suggestion', text: '希望周末也能办理' }, now)
    expect(b).toMatchObject({ number: 'FK20261123-00002', department: '区政务服务数据管理局' })
    expect(() => submitFeedback(store, 'u1', { kind: 'cannot-do', text: '短' }, now)).toThrow(expect.objectContaining({ fields: { text: expect.any(String) } }))
    expect(() => submitFeedback(store, 'u1', { kind: 'other' as never, text: '一二三四五六' }, now)).toThrow(expect.objectContaining({ fields: { kind: expect.any(String) } }))
    expect(() => submitFeedback(store, 'u1', { kind: 'cannot-do', text: '别人的办件不行', caseId: theirs.id }, now)).toThrow(expect.objectContaining({ status: 404 }))
    expect(feedbackOf(store, 'u1', now).map((f) => f.id)).toEqual(expect.arrayContaining([a.id, b.id]))
    expect(feedbackOf(store, 'u2', now)).toEqual([])
    expect(() => feedbackItem(store, 'u2', a.id, now)).toThrow(expect.objectContaining({ status: 404 }))
  })

  it('a 1–2 star rating opens a loop with its comment; 3 stars and up do not', () => {
    const { store, done } = seed()
    rateCase(store, 'u1', done.id, { stars: 2, comment: '等了两个小时' }, now)
    expect(feedbackOf(store, 'u1', now)).toEqual([expect.objectContaining({ source: 'rating', stars: 2, text: '等了两个小时', caseId: done.id, status: 'handling' })])
  })

  it('answered → reopened once with a reason → answered → resolved, each step on the timeline', () => {
    const { store } = seed()
    const loop = submitFeedback(store, 'u1', { kind: 'cannot-do', text: '网上申请一直提示系统繁忙' }, now)
    expect(() => resolveFeedback(store, 'u1', loop.id, now)).toThrow(expect.objectContaining({ code: 'FEEDBACK_STATE' }))
    const answered = replyToFeedback(store, 'clerk-1', loop.id, '系统已修复，请重新提交', later(1))
    expect(answered).toMatchObject({ status: 'answered', reply: '系统已修复，请重新提交' })
    expect(answered.events.at(-1)).toMatchObject({ kind: 'answered', actor: '区政务服务数据管理局 · 番禺区政务服务中心 · 黄**' })
    expect(() => replyToFeedback(store, 'clerk-1', loop.id, '再答一次也不行', later(1))).toThrow(expect.objectContaining({ code: 'FEEDBACK_STATE' }))
    const reopened = reopenFeedback(store, 'u1', loop.id, '还是提示繁忙', later(2))
    expect(reopened).toMatchObject({ status: 'handling', reopened: true, replyDue: '2026-11-30' })
    replyToFeedback(store, 'clerk-1', loop.id, '已为您人工受理', later(3))
    expect(() => reopenFeedback(store, 'u1', loop.id, '我还想再反映', later(3))).toThrow(expect.objectContaining({ code: 'FEEDBACK_REOPENED' }))
    const resolved = resolveFeedback(store, 'u1', loop.id, later(4))
    expect(resolved.status).toBe('resolved')
    expect(resolved.events.map((e) => e.kind)).toEqual(['received', 'assigned', 'answered', 'reopened', 'answered', 'resolved'])
  })

  it('is overdue after three working days without an answer (a weekend does not count), overdue first for clerks', () => {
    const { store } = seed()
    const friday = new Date('2026-11-27T02:00:00Z')
    const late = submitFeedback(store, 'u1', { kind: 'cannot-do', text: '周一提交的反映一直没人回' }, now)
    const recent = submitFeedback(store, 'u1', { kind: 'cannot-do', text: '周五提交的反映还在处理中' }, friday)
    expect(late.replyDue).toBe('2026-11-26') // Mon + 3 working days = Thu
    expect(recent.replyDue).toBe('2026-12-02') // Fri + 3 working days over the weekend = Wed
    expect(feedbackItem(store, 'u1', late.id, new Date('2026-11-26T15:00:00Z')).overdue).toBe(false) // Thu 23:00
    expect(feedbackItem(store, 'u1', late.id, friday).overdue).toBe(true)
    expect(openFeedback(store, friday).map((f) => [f.id, f.overdue])).toEqual([[late.id, true], [recent.id, false]])
    replyToFeedback(store, 'clerk-1', late.id, '已联系您处理', friday)
    expect(feedbackItem(store, 'u1', late.id, friday).overdue).toBe(false)
    expect(openFeedback(store, friday).map((f) => f.id)).toEqual([recent.id])
  })
})
