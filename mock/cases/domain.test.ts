import { Store } from '../store'
import { ApiFailure } from '../errors'
import { advanceDueCases, createCase, casesOf, getCase, listCases, overallStatus, ownCase, recordStep } from './domain'
import * as hookTable from './hooks'

describe('cases', () => {
  const now = new Date('2026-11-23T02:00:00Z')

  it('makes one case with a sub-case per item and a numbered 办件编号', () => {
    const store = new Store()
    const c = createCase(store, { ownerId: 'u1', title: '新生儿出生一件事', source: 'bundle', sourceId: 'newborn', itemIds: ['birth-hukou', 'birth-vaccine'] }, now)
    expect(c.subCases.map((s) => s.itemName)).toEqual(['出生登记（新生儿入户）', '预防接种证办理'])
    expect(c.number).toBe('PY20261123-000001')
    expect(createCase(store, { ownerId: 'u1', title: 'x', source: 'item', sourceId: 'x', itemIds: [] }, now).number).toBe('PY20261123-000002')
    expect(casesOf(store, 'u1')).toHaveLength(2)
    expect(casesOf(store, 'u2')).toHaveLength(0)
  })

  it('is as far along as its slowest item', () => {
    const store = new Store()
    const c = createCase(store, { ownerId: 'u1', title: 't', source: 'bundle', sourceId: 'b', itemIds: ['birth-hukou', 'birth-vaccine'] }, now)
    const one = recordStep(store, c.id, { status: 'approved', subCaseId: c.subCases[0].id, event: { kind: 'approved', text: '已办结' } }, now)
    expect(one.status).toBe('submitted')
    const both = recordStep(store, c.id, { status: 'approved', subCaseId: c.subCases[1].id, event: { kind: 'approved', text: '已办结' } }, now)
    expect(both.status).toBe('approved')
    expect(both.events.map((e) => e.kind)).toEqual(['submitted', 'approved', 'approved'])
  })

  it('shows a correction request first', () => {
    expect(overallStatus([
      { id: 'a', itemId: 'a', itemName: 'a', department: '', status: 'approved', updatedAt: '' },
      { id: 'b', itemId: 'b', itemName: 'b', department: '', status: 'needs-correction', updatedAt: '' },
    ], 'submitted')).toBe('needs-correction')
  })
})

describe('manual cases move on with the clock', () => {
  const now = new Date('2026-11-23T02:00:00Z')
  const minutes = (n: number) => new Date(now.getTime() + n * 60_000)

  it('follows the default plan, each step dated when it fell due, and stops at the end', () => {
    const store = new Store()
    const c = createCase(store, { ownerId: 'u1', title: '排水许可一件事', source: 'bundle', sourceId: 'b', itemIds: ['drainage-connection', 'temp-drainage'], nextStepAt: minutes(10).toISOString() }, now)
    expect(advanceDueCases(store, minutes(9))).toBe(0)
    expect(getCase(store, c.id)!.status).toBe('submitted')
    advanceDueCases(store, minutes(10))
    expect(getCase(store, c.id)!.status).toBe('accepted')
    // a long jump catches up every due step, dated as it fell due
    advanceDueCases(store, minutes(10_000))
    const done = getCase(store, c.id)!
    expect(done.status).toBe('approved')
    expect(done.subCases.every((s) => s.status === 'approved')).toBe(true)
    expect(done.events.map((e) => [e.kind, e.at])).toEqual([
      ['submitted', now.toISOString()],
      ['accepted', minutes(10).toISOString()],
      ['materials-received', minutes(70).toISOString()],
      ['approved', minutes(310).toISOString()],
    ])
    expect(done.nextStepAt).toBeUndefined()
    expect(done.plan).toBeUndefined()
    expect(advanceDueCases(store, minutes(20_000))).toBe(0)
  })

  it('takes a case’s own plan, leaves items a person moved further, and waits while a correction is asked', () => {
    const store = new Store()
    const plan = [{ afterMinutes: 0, status: 'in-review' as const, kind: 'in-review' as const, text: '审核中' }, { afterMinutes: 60, status: 'paid' as const, kind: 'paid' as const, text: '资金已兑现' }]
    const c = createCase(store, { ownerId: 'u1', title: '政策申报', source: 'policy', sourceId: 'p', itemIds: ['a', 'b'], nextStepAt: minutes(5).toISOString(), plan }, now)
    recordStep(store, c.id, { status: 'approved', subCaseId: c.subCases[1].id, event: { kind: 'approved', text: '已办结' } }, minutes(1))
    advanceDueCases(store, minutes(5))
    const moved = getCase(store, c.id)!
    expect(moved.subCases.map((s) => s.status)).toEqual(['in-review', 'approved'])
    recordStep(store, c.id, { status: 'needs-correction', event: { kind: 'correction-requested', text: '请补正' } }, minutes(6))
    advanceDueCases(store, minutes(500))
    expect(getCase(store, c.id)!.status).toBe('needs-correction')
  })

  it('runs the hook of a source when a case reaches a status', () => {
    const store = new Store()
    const seen: string[] = []
    jest.spyOn(hookTable, 'caseHooks').mockReturnValue([{ source: 'item', status: 'approved', run: (_s, record) => { seen.push(record.id) } }])
    const c = createCase(store, { ownerId: 'u1', title: 't', source: 'item', sourceId: 'x', itemIds: ['x'], nextStepAt: now.toISOString() }, now)
    const other = createCase(store, { ownerId: 'u1', title: 't', source: 'bundle', sourceId: 'x', itemIds: ['x'], nextStepAt: now.toISOString() }, now)
    advanceDueCases(store, minutes(1000))
    expect(seen).toEqual([c.id])
    expect(seen).not.toContain(other.id)
    jest.restoreAllMocks()
  })
})

describe('listing, rating and feedback', () => {
  const now = new Date('2026-11-23T02:00:00Z')

  function seed() {
    const store = new Store()
    const open = createCase(store, { ownerId: 'u1', title: 'open', source: 'item', sourceId: 'x', itemIds: ['x'] }, now)
    const done = createCase(store, { ownerId: 'u1', title: 'done', source: 'item', sourceId: 'x', itemIds: ['x'] }, new Date(now.getTime() + 1000))
    recordStep(store, done.id, { status: 'approved', event: { kind: 'approved', text: '已办结' } }, new Date(now.getTime() + 2000))
    const fix = createCase(store, { ownerId: 'u1', title: 'fix', source: 'bundle', sourceId: 'b', itemIds: ['a', 'b'] }, now)
    recordStep(store, fix.id, { status: 'needs-correction', subCaseId: fix.subCases[0].id, event: { kind: 'correction-requested', text: '请补正' } }, now)
    const theirs = createCase(store, { ownerId: 'u2', title: 'theirs', source: 'item', sourceId: 'x', itemIds: ['x'] }, now)
    return { store, open, done, fix, theirs }
  }

  it('filters by status group or exact status, with counts, newest activity first', () => {
    const { store, done } = seed()
    const all = listCases(store, 'u1', {}, now)
    expect(all.counts).toEqual({ all: 3, 'in-progress': 1, 'needs-correction': 1, done: 1 })
    expect(all.items[0].id).toBe(done.id)
    expect(listCases(store, 'u1', { status: 'done' }, now).items.map((c) => c.title)).toEqual(['done'])
    expect(listCases(store, 'u1', { status: 'needs-correction' }, now).items.map((c) => c.title)).toEqual(['fix'])
    expect(listCases(store, 'u1', { status: 'submitted' }, now).items.map((c) => c.title)).toEqual(['open'])
    expect(listCases(store, 'u1', { page: '2', pageSize: '2' }, now)).toMatchObject({ page: 2, pageSize: 2, total: 3 })
  })

  it('shows only the owner their cases', () => {
    const { store, theirs } = seed()
    expect(() => ownCase(store, 'u1', theirs.id, now)).toThrow(ApiFailure)
    expect(ownCase(store, 'u2', theirs.id, now).title).toBe('theirs')
  })
})
