import type { AcceptAssistRequest, AssistEligibility, AssistKind, AssistOptions, AssistRequest, AssistSlot, AssistState, AssistTargetType, CreateAssistRequest, RevealPhoneResponse } from '../../src/contract'
import { ASSIST_PHONE_REVEAL_SECONDS, HOME_VISIT_AGE, maskPhone } from '../../src/contract'
import type { Store } from '../store'
import { ApiFailure, fail } from '../errors'
import { newId } from '../ids'
import { createCase, getCase, recordStep } from '../cases/domain'
import { addWorkingDays, localDate, localTime } from '../calendar'
import { itemById } from '../catalogue/items'
import { bundleById } from '../bundles/domain'
import { hallSeedById } from '../halls/domain'
import { documentsOf } from '../safe/documents'
import { logAssistCallback } from '../safe/access-log'

/**
 * 帮办代办 (issue 17, item 2): a resident asks for 陪办 (met at the hall),
 * 代办 (a clerk does it on their authorisation from the safe) or 上门办 (home
 * visit, for 60+, disabled or seriously ill residents) about an item, a
 * bundle or a hall. Every request is a case; its chain is 已提交 → 已受理
 * (time and staff set) → 已完成, or 已取消 by the resident before the time.
 */
export const ASSIST = 'assist-requests'

/** How many working days ahead a resident may ask for (am and pm each). */
export const ASSIST_SLOT_DAYS = 5

export interface AssistRecord {
  id: string
  caseId: string
  ownerId: string
  kind: AssistKind
  target: AssistRequest['target']
  preferred: AssistSlot
  /** the callback number, never shown unmasked */
  phone: string
  state: AssistState
  documents?: Array<{ id: string; name: string }>
  eligibility?: string
  scheduledAt?: string
  helperName?: string
  acceptedBy?: string
  createdAt: string
}

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
 * against the mock clock) or who declare a disability or serious illness.
 */
export function homeVisitEligibility(input: { idNumber?: string; declaration?: string }, now: Date): AssistEligibility {
  const birth = input.idNumber ? birthDateOf(input.idNumber) : undefined
  if (birth && ageOn(birth, now) >= HOME_VISIT_AGE) return { eligible: true, basis: 'age', reason: `您年满${HOME_VISIT_AGE}周岁，可申请上门办` }
  const declaration = input.declaration?.trim() ?? ''
  if (declaration.length >= 2) return { eligible: true, basis: 'declaration', reason: '您已声明行动不便（残疾或重病），可申请上门办' }
  if (!birth) return { eligible: false, basis: 'none', reason: '未能从身份证号读出出生日期；如行动不便（残疾或重病），请填写说明后申请上门办' }
  return { eligible: false, basis: 'none', reason: `上门办面向年满${HOME_VISIT_AGE}周岁、残疾或重病的居民；您未满${HOME_VISIT_AGE}周岁，可改为申请陪办或代办，或填写行动不便的说明` }
}

const KIND_TITLE: Record<AssistKind, string> = { accompany: '陪办', proxy: '代办', home: '上门办' }

/** The item, bundle or hall a request is about, by name; 404 when there is none. */
export function assistTarget(type: AssistTargetType, id: string): AssistRequest['target'] & { itemIds: string[] } {
  if (type === 'item') {
    const item = itemById(id)
    if (item) return { type, id, name: item.name, itemIds: [id] }
  } else if (type === 'bundle') {
    const bundle = bundleById(id)
    if (bundle) return { type, id, name: bundle.name, itemIds: bundle.items.map((i) => i.itemId) }
  } else {
    const hall = hallSeedById(id)
    if (hall) return { type, id, name: hall.name, itemIds: [] }
  }
  throw fail.notFound('帮办事项')
}

/** The half days on offer: the next working days after today, morning and afternoon. */
export function offeredSlots(now: Date): AssistSlot[] {
  const today = localDate(now.getTime())
  const slots: AssistSlot[] = []
  for (let n = 1; n <= ASSIST_SLOT_DAYS; n++) {
    const date = addWorkingDays(today, n)
    slots.push({ date, half: 'am' }, { date, half: 'pm' })
  }
  return slots
}

export function assistOptions(type: AssistTargetType, id: string, idNumber: string | undefined, now: Date): AssistOptions {
  const { itemIds: _itemIds, ...target } = assistTarget(type, id)
  return { target, slots: offeredSlots(now), homeVisit: homeVisitEligibility({ idNumber }, now) }
}

export function requests(store: Store) {
  return store.collection<AssistRecord>(ASSIST)
}

export function publicAssist(store: Store, record: AssistRecord): AssistRequest {
  const { ownerId: _o, phone, acceptedBy: _a, ...rest } = record
  return { ...rest, phoneMasked: maskPhone(phone), caseNumber: getCase(store, record.caseId)?.number ?? '' }
}

export function ownAssist(store: Store, ownerId: string, id: string): AssistRecord {
  const found = requests(store).get(id)
  if (!found || found.ownerId !== ownerId) throw fail.notFound('帮办请求')
  return found
}

export function submitAssist(store: Store, ownerId: string, input: CreateAssistRequest & { idNumber?: string }, now: Date): AssistRecord {
  if (!/^1[3-9]\d{9}$/.test(input.phone)) throw fail.badRequest('请填写正确的11位手机号', { phone: '请填写正确的11位手机号' })
  const target = assistTarget(input.target.type, input.target.id)
  if (!offeredSlots(now).some((s) => s.date === input.slot.date && s.half === input.slot.half)) {
    throw new ApiFailure(400, 'ASSIST_SLOT', '请从可选时间中选择（今天以后的工作日）', { slot: '请从可选时间中选择' })
  }
  let eligibility: string | undefined
  if (input.kind === 'home') {
    const check = homeVisitEligibility(input, now)
    if (!check.eligible) throw new ApiFailure(403, 'HOME_VISIT_NOT_ELIGIBLE', check.reason)
    eligibility = check.reason
  }
  let documents: AssistRecord['documents']
  if (input.kind === 'proxy') {
    const ids = [...new Set(input.documentIds ?? [])]
    if (!ids.length) throw new ApiFailure(400, 'ASSIST_NO_AUTHORISATION', '代办需要授权至少一份证照', { documentIds: '请选择授权给工作人员使用的证照' })
    const mine = documentsOf(store, ownerId)
    documents = ids.map((id) => {
      const doc = mine.find((d) => d.id === id)
      if (!doc) throw fail.badRequest('所选证照不在您的证照库中', { documentIds: '所选证照不在您的证照库中' })
      return { id: doc.id, name: doc.name }
    })
  }
  // the case links back to its request (source 'assist', sourceId the request's id), the request to its case
  const id = newId('assist', now.getTime())
  const c = createCase(store, { ownerId, title: `帮办代办 · ${KIND_TITLE[input.kind]} · ${target.name}`, source: 'assist', sourceId: id, itemIds: target.itemIds }, now)
  const record: AssistRecord = {
    id,
    caseId: c.id,
    ownerId,
    kind: input.kind,
    target: { type: target.type, id: target.id, name: target.name },
    preferred: input.slot,
    phone: input.phone,
    state: 'submitted',
    documents,
    eligibility,
    createdAt: now.toISOString(),
  }
  return requests(store).put(record.id, record)
}

export function openRequests(store: Store): AssistRecord[] {
  return requests(store).filter((r) => r.state === 'submitted').sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

function stateConflict(message: string): ApiFailure {
  return fail.conflict('ASSIST_STATE', message)
}

/** A clerk takes the request and sets the time and the staff member; only once. */
export function acceptAssist(store: Store, clerkId: string, id: string, input: AcceptAssistRequest, now: Date): AssistRecord {
  const current = requests(store).get(id)
  if (!current) throw fail.notFound('帮办请求')
  if (current.state !== 'submitted') throw stateConflict(current.state === 'cancelled' ? '居民已取消该请求' : '该请求已被受理')
  const at = new Date(input.scheduledAt)
  if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) throw fail.badRequest('请选择以后的时间', { scheduledAt: '请选择以后的时间' })
  const helperName = input.helperName.trim()
  if (!helperName) throw fail.badRequest('请填写陪办员姓名', { helperName: '请填写陪办员姓名' })
  const next = requests(store).put(id, { ...current, state: 'accepted', scheduledAt: at.toISOString(), helperName, acceptedBy: clerkId })
  const t = localTime(at.getTime())
  const when = `${t.date} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`
  recordStep(store, current.caseId, { status: 'accepted', event: { kind: 'accepted', text: `已受理：${when} 由${helperName}为您${KIND_TITLE[current.kind]}`, actor: '帮办窗口' } }, now)
  return next
}

/**
 * A clerk reveals the callback number of an open or accepted request to call the resident back (an explicit tap, like
 * 核对证件); each look is written to the resident's access log with the request's case, the number itself never.
 */
export function revealAssistPhone(store: Store, clerkId: string, id: string, now: Date): RevealPhoneResponse {
  const current = requests(store).get(id)
  if (!current) throw fail.notFound('帮办请求')
  if (current.state !== 'submitted' && current.state !== 'accepted') throw stateConflict('该请求已结束，不能再查看回电号码')
  logAssistCallback(store, current.ownerId, clerkId, getCase(store, current.caseId), now)
  return { phone: current.phone, visibleUntil: new Date(now.getTime() + ASSIST_PHONE_REVEAL_SECONDS * 1000).toISOString() }
}

/** The resident cancels, any time before the agreed time. */
export function cancelAssist(store: Store, ownerId: string, id: string, now: Date): AssistRecord {
  const current = ownAssist(store, ownerId, id)
  if (current.state === 'cancelled' || current.state === 'done') throw stateConflict('该请求已结束')
  if (current.scheduledAt && now.getTime() >= new Date(current.scheduledAt).getTime()) {
    throw fail.conflict('ASSIST_TOO_LATE', '已到约定时间，无法取消，请联系帮办窗口')
  }
  recordStep(store, current.caseId, { status: 'cancelled', event: { kind: 'note', text: '申请人已取消帮办请求', actor: '申请人' } }, now)
  return requests(store).put(id, { ...current, state: 'cancelled' })
}

/** The clerk marks an accepted request done. */
export function completeAssist(store: Store, id: string, now: Date): AssistRecord {
  const current = requests(store).get(id)
  if (!current) throw fail.notFound('帮办请求')
  if (current.state !== 'accepted') throw stateConflict('只有已受理的请求可以办结')
  recordStep(store, current.caseId, { status: 'approved', event: { kind: 'approved', text: '帮办已完成', actor: '帮办窗口' } }, now)
  return requests(store).put(id, { ...current, state: 'done' })
}

/** Requests the clerks work on: open ones first, then accepted ones (to complete). */
export function clerkRequests(store: Store): AssistRecord[] {
  const accepted = requests(store).filter((r) => r.state === 'accepted').sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''))
  return [...openRequests(store), ...accepted]
}

export function assistOf(store: Store, ownerId: string): AssistRecord[] {
  return requests(store).filter((r) => r.ownerId === ownerId).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}
