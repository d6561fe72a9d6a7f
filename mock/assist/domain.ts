import type { Case } from '../../src/contract'
import type { Store } from '../store'
import { fail } from '../errors'
import { newId } from '../ids'
import { createCase, recordStep } from '../cases/domain'
import { localDate } from '../calendar'

/**
 * 帮办代办 (issue 17, item 2): a resident asks for 陪办 (met at the hall),
 * 代办 (a clerk does it on their authorisation) or 上门办 (home visit, for
 * 60+, disabled or seriously ill residents). Every request is a case; its
 * chain is 已提交 → 已受理 (time set) → 已完成, or 已取消 by the resident
 * before the agreed time.
 *
 * Not wired to routes or UI yet: domain rules only.
 */
export const ASSIST = 'assist-requests'

export type AssistKind = 'accompany' | 'proxy' | 'home'
export type AssistState = 'submitted' | 'accepted' | 'done' | 'cancelled'

export interface AssistRequest {
  id: string
  caseId: string
  ownerId: string
  kind: AssistKind
  itemId: string
  /** YYYY-MM-DD + half day the resident would like */
  preferred: { date: string; half: 'am' | 'pm' }
  phone: string
  state: AssistState
  /** set by the clerk who accepts it */
  scheduledAt?: string
  helperName?: string
  acceptedBy?: string
  createdAt: string
}

export interface Eligibility {
  eligible: boolean
  /** shown to the resident as is */
  reason: string
}

export const HOME_VISIT_AGE = 60

/** Birth date (YYYY-MM-DD) from an 18-digit resident ID number, or undefined. */
export function birthDateOf(idNumber: string): string | undefined {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/.exec(idNumber)
  if (!m) return undefined
  const [, y, mo, d] = m
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined
  return `${y}-${mo}-${d}`
}

/** Full years between a birth date and the district's date of `now`. */
export function ageOn(birthDate: string, now: Date): number {
  const today = localDate(now.getTime())
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/**
 * 上门办 is for residents aged 60 or over (from the ID number's birth date
 * against the mock clock) or who declare a disability or serious illness
 * with a reason.
 */
export function homeVisitEligibility(input: { idNumber?: string; declaration?: string }, now: Date): Eligibility {
  const birth = input.idNumber ? birthDateOf(input.idNumber) : undefined
  if (birth && ageOn(birth, now) >= HOME_VISIT_AGE) return { eligible: true, reason: `您年满${HOME_VISIT_AGE}周岁，可申请上门办` }
  const declaration = input.declaration?.trim() ?? ''
  if (declaration.length >= 2) return { eligible: true, reason: '您已声明行动不便（残疾或重病），可申请上门办' }
  if (!birth) return { eligible: false, reason: '未能从身份证号读出出生日期；如行动不便（残疾或重病），请填写说明后申请上门办' }
  return { eligible: false, reason: `上门办面向年满${HOME_VISIT_AGE}周岁、残疾或重病的居民；您未满${HOME_VISIT_AGE}周岁，可改为申请陪办或代办，或填写行动不便的说明` }
}

const KIND_TITLE: Record<AssistKind, string> = { accompany: '陪办', proxy: '代办', home: '上门办' }

export function requests(store: Store) {
  return store.collection<AssistRequest>(ASSIST)
}

function own(store: Store, ownerId: string, id: string): AssistRequest {
  const found = requests(store).get(id)
  if (!found || found.ownerId !== ownerId) throw fail.notFound('帮办请求')
  return found
}

export function submitAssist(
  store: Store,
  input: { ownerId: string; kind: AssistKind; itemId: string; preferred: AssistRequest['preferred']; phone: string; idNumber?: string; declaration?: string },
  now: Date,
): { request: AssistRequest; case: Case } {
  if (!/^1[3-9]\d{9}$/.test(input.phone)) throw fail.badRequest('请填写正确的11位手机号', { phone: '请填写正确的11位手机号' })
  if (input.preferred.date <= localDate(now.getTime())) throw fail.badRequest('请选择今天以后的时间', { preferred: '请选择今天以后的时间' })
  if (input.kind === 'home') {
    const check = homeVisitEligibility(input, now)
    if (!check.eligible) throw fail.forbidden(check.reason)
  }
  const c = createCase(store, { ownerId: input.ownerId, title: `帮办代办 · ${KIND_TITLE[input.kind]}`, source: 'item', sourceId: input.itemId, itemIds: [input.itemId] }, now)
  const request: AssistRequest = {
    id: newId('assist', now.getTime()),
    caseId: c.id,
    ownerId: input.ownerId,
    kind: input.kind,
    itemId: input.itemId,
    preferred: input.preferred,
    phone: input.phone,
    state: 'submitted',
    createdAt: now.toISOString(),
  }
  return { request: requests(store).put(request.id, request), case: c }
}

export function openRequests(store: Store): AssistRequest[] {
  return requests(store).filter((r) => r.state === 'submitted').sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** A clerk takes the request and sets the time and the 陪办员; only once. */
export function acceptAssist(store: Store, clerkId: string, id: string, input: { scheduledAt: string; helperName: string }, now: Date): AssistRequest {
  const current = requests(store).get(id)
  if (!current) throw fail.notFound('帮办请求')
  if (current.state !== 'submitted') throw fail.conflict('CONFLICT', current.state === 'cancelled' ? '居民已取消该请求' : '该请求已被受理')
  const at = new Date(input.scheduledAt)
  if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) throw fail.badRequest('请选择以后的时间', { scheduledAt: '请选择以后的时间' })
  const helperName = input.helperName.trim()
  if (!helperName) throw fail.badRequest('请填写陪办员姓名', { helperName: '请填写陪办员姓名' })
  const next = requests(store).put(id, { ...current, state: 'accepted', scheduledAt: at.toISOString(), helperName, acceptedBy: clerkId })
  recordStep(store, current.caseId, { status: 'accepted', event: { kind: 'accepted', text: `已受理，${localDate(at.getTime())} 由${helperName}为您服务`, actor: '帮办窗口' } }, now)
  return next
}

/** The resident cancels, any time before the agreed time. */
export function cancelAssist(store: Store, ownerId: string, id: string, now: Date): AssistRequest {
  const current = own(store, ownerId, id)
  if (current.state === 'cancelled' || current.state === 'done') throw fail.conflict('CONFLICT', '该请求已结束')
  if (current.scheduledAt && now.getTime() >= new Date(current.scheduledAt).getTime()) throw fail.conflict('CONFLICT', '已到约定时间，无法取消，请联系帮办窗口')
  recordStep(store, current.caseId, { status: 'cancelled', event: { kind: 'note', text: '申请人已取消帮办请求', actor: '申请人' } }, now)
  return requests(store).put(id, { ...current, state: 'cancelled' })
}

/** The clerk marks an accepted request done. */
export function completeAssist(store: Store, id: string, now: Date): AssistRequest {
  const current = requests(store).get(id)
  if (!current) throw fail.notFound('帮办请求')
  if (current.state !== 'accepted') throw fail.conflict('CONFLICT', '只有已受理的请求可以办结')
  recordStep(store, current.caseId, { status: 'approved', event: { kind: 'approved', text: '帮办已完成', actor: '帮办窗口' } }, now)
  return requests(store).put(id, { ...current, state: 'done' })
}

export function assistOf(store: Store, ownerId: string): AssistRequest[] {
  return requests(store).filter((r) => r.ownerId === ownerId).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

