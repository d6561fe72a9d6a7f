import type { Case, CaseEvent, CaseSource, CaseStatus, SubCase } from '../../src/contract'
import { itemById } from '../data/items'
import type { Store } from '../store'
import { newId } from '../ids'

/**
 * Cases (办件): every application, whatever made it (a bundle, an instant
 * approval, a policy application), is one case with a sub-case per item.
 * Features create and move cases only through these functions.
 */
export const CASES = 'cases'

export function cases(store: Store) {
  return store.collection<Case>(CASES)
}

export interface NewCase {
  ownerId: string
  title: string
  source: CaseSource
  sourceId: string
  itemIds: string[]
  /** when the first automatic step is due (manual processing); omit to leave it */
  nextStepAt?: string
  status?: CaseStatus
  pickupRequired?: boolean
}

function caseNumber(store: Store, now: Date): string {
  const seq = (store.getMeta<number>('caseSeq') ?? 0) + 1
  store.setMeta('caseSeq', seq)
  const local = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '')
  return `PY${local}-${String(seq).padStart(6, '0')}`
}

export function createCase(store: Store, input: NewCase, now: Date): Case {
  const at = now.toISOString()
  const status = input.status ?? 'submitted'
  const id = newId('case', now.getTime())
  const subCases: SubCase[] = input.itemIds.map((itemId, i) => {
    const item = itemById(itemId)
    return { id: `${id}-${i + 1}`, itemId, itemName: item?.name ?? itemId, department: item?.department ?? '', status, updatedAt: at }
  })
  const record: Case = {
    id,
    number: caseNumber(store, now),
    ownerId: input.ownerId,
    title: input.title,
    source: input.source,
    sourceId: input.sourceId,
    status,
    subCases,
    events: [{ at, kind: 'submitted', text: '申请已提交', actor: '申请人' }],
    createdAt: at,
    updatedAt: at,
    pickupRequired: input.pickupRequired,
    nextStepAt: input.nextStepAt,
  }
  return cases(store).put(id, record)
}

export function getCase(store: Store, id: string): Case | undefined {
  return cases(store).get(id)
}

export function casesOf(store: Store, ownerId: string): Case[] {
  return cases(store).filter((c) => c.ownerId === ownerId).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Record a step: the case (or one sub-case) moves to `status` with a timeline line. */
export function recordStep(store: Store, caseId: string, step: { status?: CaseStatus; event: Omit<CaseEvent, 'at'>; subCaseId?: string; patch?: Partial<Case> }, now: Date): Case {
  const current = cases(store).get(caseId)
  if (!current) throw new Error(`case ${caseId} not found`)
  const at = now.toISOString()
  const subCases = current.subCases.map((s) =>
    step.status && (!step.subCaseId || s.id === step.subCaseId) ? { ...s, status: step.status, updatedAt: at } : s)
  const status = step.status && !step.subCaseId ? step.status : overallStatus(subCases, current.status)
  const next: Case = {
    ...current,
    ...step.patch,
    subCases,
    status,
    events: [...current.events, { ...step.event, at, subCaseId: step.subCaseId }],
    updatedAt: at,
  }
  return cases(store).put(caseId, next)
}

const ORDER: CaseStatus[] = ['needs-correction', 'submitted', 'accepted', 'in-review', 'rejected', 'approved', 'paid', 'collected', 'cancelled']

/** A case is as far along as its slowest item; a correction request anywhere shows first. */
export function overallStatus(subCases: SubCase[], fallback: CaseStatus): CaseStatus {
  if (!subCases.length) return fallback
  return subCases.map((s) => s.status).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0]
}
