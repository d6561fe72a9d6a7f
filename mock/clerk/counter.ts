import type { CodeHolder, PickupResponse, ReceivedResponse, RedeemResponse } from '../../src/contract'
import { maskIdNumber, maskName } from '../../src/contract'
import { fail } from '../errors'
import type { Store } from '../store'
import { clerkOf, userRecord, type Clerk } from '../account/domain'
import { getCase, recordStep } from '../cases/domain'
import { limitAttempts } from '../attempts'
import { invalidCode, markUsed, resolveCode, scopedDocuments } from '../safe/codes'
import { accessLog, logRedemption } from '../safe/access-log'

/** 窗口: what a clerk does with a resident's 收件码 / 取件码 (the kinds of code are in code-kinds.ts). */

export function holderOf(store: Store, ownerId: string): CodeHolder {
  const owner = userRecord(store, ownerId)
  if (!owner) throw invalidCode()
  return {
    name: owner.name,
    idNumberMasked: owner.idNumber ? maskIdNumber(owner.idNumber) : undefined,
    companyName: owner.companyName,
    creditCode: owner.creditCode,
  }
}

/**
 * A clerk scans or types a 收件码 or 取件码. A submit code is used up here (the documents are shown now, once,
 * and the redemption is logged for the owner); a pickup code is only verified: it is used up when the result is
 * handed over. Synchronous from check to use, so of two parallel redemptions exactly one wins. Wrong guesses
 * count against the clerk: callers run it inside `limitAttempts`.
 */
export function redeemCode(store: Store, clerk: Clerk, raw: unknown, now: Date): RedeemResponse {
  const record = resolveCode(store, raw, now)
  const holder = holderOf(store, record.ownerId)
  const theCase = record.caseId ? getCase(store, record.caseId) : undefined
  const base = {
    purpose: record.purpose,
    holder,
    documents: scopedDocuments(store, record),
    caseId: theCase?.id,
    caseNumber: theCase?.number,
    caseTitle: theCase?.title,
    redeemedAt: now.toISOString(),
  }
  if (record.purpose === 'pickup') return base
  markUsed(store, record, clerk.id, now.getTime())
  const entry = logRedemption(store, record, clerk, now)
  return { ...base, redemptionId: entry.id }
}

/** POST /api/clerk/redeem: a safe code only (the scan route takes any kind). */
export function redeem(store: Store, clerkId: string, raw: unknown, now: Date): RedeemResponse {
  const clerk = clerkOf(store, clerkId)
  return limitAttempts(store, clerkId, now, () => redeemCode(store, clerk, raw, now))
}

/** The clerk confirms the submitted materials received; recorded on the case when the code had one. */
export function confirmReceived(store: Store, clerkId: string, redemptionId: string, now: Date): ReceivedResponse {
  const clerk = clerkOf(store, clerkId)
  const entry = accessLog(store).get(redemptionId)
  if (!entry || entry.clerkId !== clerkId || entry.purpose !== 'submit') throw fail.notFound('核验记录')
  if (!entry.receivedAt) {
    const receivedAt = now.toISOString()
    accessLog(store).put(entry.id, { ...entry, receivedAt })
    if (entry.caseId && getCase(store, entry.caseId)) {
      const names = entry.documents.map((d) => d.name).join('、')
      recordStep(store, entry.caseId, {
        event: { kind: 'materials-received', text: `窗口已收取材料：${names}`, actor: `${maskName(clerk.name)}（${clerk.windowNo ?? ''}窗口）` },
      }, now)
    }
    return { redemptionId, receivedAt, caseNumber: entry.caseNumber }
  }
  return { redemptionId, receivedAt: entry.receivedAt, caseNumber: entry.caseNumber }
}

/** Hand over a finished case's result against its pickup code; the case becomes 已取件. */
export function handOver(store: Store, clerkId: string, caseId: string, raw: unknown, now: Date): PickupResponse {
  const clerk = clerkOf(store, clerkId)
  return limitAttempts(store, clerkId, now, () => {
    const record = resolveCode(store, raw, now)
    if (record.purpose !== 'pickup') throw fail.conflict('CODE_WRONG_PURPOSE', '这是收件码，不是取件码')
    if (record.caseId !== caseId) throw fail.conflict('CODE_WRONG_CASE', '取件码与该办件不符')
    const theCase = getCase(store, caseId)
    if (!theCase) throw fail.notFound('办件')
    if (theCase.delivery?.method === 'post') throw fail.conflict('DELIVERY_BY_POST', '该办件选择了邮寄到家，结果将由政务专递寄出，不能在窗口领取；取件码未被使用')
    if (theCase.status === 'collected') throw fail.conflict('ALREADY_COLLECTED', '该办件的结果已领取')
    if (theCase.status !== 'approved') throw fail.conflict('CASE_NOT_READY', '办件尚未办结，暂不能领取')
    const holder = holderOf(store, record.ownerId)
    markUsed(store, record, clerkId, now.getTime())
    logRedemption(store, record, clerk, now)
    const updated = recordStep(store, caseId, {
      status: 'collected',
      event: { kind: 'collected', text: '办理结果已在窗口领取', actor: `${maskName(clerk.name)}（${clerk.windowNo ?? ''}窗口）` },
    }, now)
    return { caseId, caseNumber: updated.number, caseTitle: updated.title, holder, collectedAt: now.toISOString() }
  })
}
