import type { Case, CaseDelivery, CaseEvent, CaseFilter, CaseListResponse, CaseSource, CaseStatus, CaseStepPlan, SubCase } from '../../src/contract'
import { CASE_FILTERS } from '../../src/contract'
import { itemById } from '../catalogue/items'
import type { Store } from '../store'
import { newId } from '../ids'
import { fail } from '../errors'
import { paginate } from '../paging'
import { localDate } from '../calendar'
import { caseHooks } from './hooks'

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
  /**
   * The steps the mock moves the case through once nextStepAt is due (each
   * `afterMinutes` after the previous); omit for the default plan of its
   * source (DEFAULT_PLANS). Only used when nextStepAt is set.
   */
  plan?: CaseStepPlan[]
  /** 窗口领取 or 邮寄到家 (mock/mail's deliveryFor) */
  delivery?: CaseDelivery
}

/** YYYYMMDD in Asia/Shanghai, for the numbers people see. */
export function localYmd(now: Date): string {
  return localDate(now.getTime()).replace(/-/g, '')
}

function caseNumber(store: Store, now: Date): string {
  const seq = (store.getMeta<number>('caseSeq') ?? 0) + 1
  store.setMeta('caseSeq', seq)
  return `PY${localYmd(now)}-${String(seq).padStart(6, '0')}`
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
    delivery: input.delivery,
    nextStepAt: input.nextStepAt,
    plan: input.nextStepAt ? input.plan ?? defaultPlan(input.source, subCases[0]?.department) : undefined,
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

// ---- manual cases move on with the clock ----

const MINUTE = 60_000

/** How a case handled by people moves: accepted → materials received (审核中) → approved. */
export function defaultPlan(source: CaseSource, department?: string): CaseStepPlan[] {
  const office = department || '承办部门'
  return [
    { afterMinutes: 30, status: 'accepted', kind: 'accepted', text: '已受理', actor: office },
    { afterMinutes: 60, status: 'in-review', kind: 'materials-received', text: '材料已收齐，进入审核', actor: office },
    { afterMinutes: 240, status: 'approved', kind: 'approved', text: source === 'policy' ? '审核通过，待资金兑现' : '审核通过，已办结', actor: office },
  ]
}

export type CaseHook = (store: Store, record: Case, at: Date) => Case | void

/** Something another feature does when a case of `source` reaches `status` through the clock (the table is `hooks.ts`). */
export interface CaseHookRow {
  source: CaseSource
  status: CaseStatus
  run: CaseHook
}

/** Move one case through every plan step that is due by `now`; each step is dated when it fell due. */
function advanceOne(store: Store, record: Case, now: Date): Case {
  let current = record
  while (current.nextStepAt && Date.parse(current.nextStepAt) <= now.getTime() && current.status !== 'needs-correction' && current.status !== 'cancelled') {
    const [step, ...rest] = current.plan ?? []
    if (!step) {
      current = cases(store).put(current.id, { ...current, nextStepAt: undefined, plan: undefined })
      break
    }
    const at = new Date(current.nextStepAt)
    const nextStepAt = rest.length ? new Date(at.getTime() + rest[0].afterMinutes * MINUTE).toISOString() : undefined
    // Items already further along (a clerk acted on them) keep their status.
    const slowest = overallStatus(current.subCases, current.status)
    const moved = current.subCases.map((s) => (s.status === slowest ? { ...s, status: step.status, updatedAt: at.toISOString() } : s))
    const next: Case = {
      ...current,
      subCases: moved,
      status: overallStatus(moved, step.status),
      events: [...current.events, { at: at.toISOString(), kind: step.kind, text: step.text, actor: step.actor }],
      updatedAt: at.toISOString(),
      nextStepAt,
      plan: rest.length ? rest : undefined,
    }
    current = cases(store).put(current.id, next)
    for (const hook of caseHooks()) {
      if (hook.source === current.source && hook.status === step.status) current = hook.run(store, current, at) ?? current
    }
  }
  return current
}

/** Move on every case (or one owner's) whose next step is due. Readers call this first, so progress shows as the clock moves. */
export function advanceDueCases(store: Store, now: Date, ownerId?: string): number {
  let moved = 0
  for (const record of cases(store).filter((c) => !!c.nextStepAt && (!ownerId || c.ownerId === ownerId))) {
    if (Date.parse(record.nextStepAt!) > now.getTime()) continue
    advanceOne(store, record, now)
    moved++
  }
  return moved
}

// ---- what the owner reads ----

const FILTER_NAMES: CaseFilter[] = ['all', 'in-progress', 'needs-correction', 'done']

function matchesFilter(record: Case, filter: string): boolean {
  if (!filter || filter === 'all') return true
  const group = CASE_FILTERS[filter as Exclude<CaseFilter, 'all'>]
  return group ? group.includes(record.status) : record.status === filter
}

/** One owner's cases, newest activity first, filtered by a status group or exact status, paged; with counts per group. */
export function listCases(store: Store, ownerId: string, query: { status?: string; page?: string; pageSize?: string }, now: Date): CaseListResponse {
  advanceDueCases(store, now, ownerId)
  const mine = casesOf(store, ownerId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const counts = Object.fromEntries(FILTER_NAMES.map((f) => [f, mine.filter((c) => matchesFilter(c, f)).length])) as Record<CaseFilter, number>
  const rows = mine.filter((c) => matchesFilter(c, query.status ?? 'all'))
  const paged = paginate(rows, query, 20, 50)
  return { ...paged, items: paged.items.map(publicCase), counts }
}

/** The owner's case, moved on to now; someone else's is as unknown as a missing one. */
export function ownCase(store: Store, ownerId: string, id: string, now: Date): Case {
  const record = getCase(store, id)
  if (!record || record.ownerId !== ownerId) throw fail.notFound('办件')
  advanceOne(store, record, now)
  return publicCase(getCase(store, id)!)
}

/** What the API shows: the mock's plan stays inside. */
export function publicCase(record: Case): Case {
  const { plan: _plan, ...rest } = record
  return rest
}
