import { Store } from '../store'
import { createCase, casesOf, overallStatus, recordStep } from './cases'

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
