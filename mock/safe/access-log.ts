import { maskName } from '../../src/contract'
import { newId } from '../ids'
import type { Store } from '../store'
import type { AccessLogEntry, Case } from '../../src/contract'
import { clerkOf, type Clerk } from '../account/domain'
import { hallSeedById } from '../halls/domain'
import { getCase } from '../cases/domain'
import { docRefs, type CodeRecord } from './codes'

/** 谁查看了我的证照: every redemption of a person's codes and every 核对证件, with the clerk, hall and window. */
const ACCESS_LOG = 'accessLog'

export type AccessLogRecord = AccessLogEntry & { ownerId: string; clerkId: string }

export function accessLog(store: Store) {
  return store.collection<AccessLogRecord>(ACCESS_LOG)
}

/** Who looked, where and when: what every access-log entry says of the clerk. */
function clerkStamp(clerk: Clerk, now: Date) {
  return {
    id: newId('acc', now.getTime()),
    clerkId: clerk.id,
    clerkNameMasked: maskName(clerk.name),
    windowNo: clerk.windowNo,
    hallId: clerk.hallId,
    hallName: hallSeedById(clerk.hallId)?.name ?? clerk.hallId,
    at: now.toISOString(),
  }
}

export function logRedemption(store: Store, record: CodeRecord, clerk: Clerk, now: Date): AccessLogEntry {
  const theCase = record.caseId ? getCase(store, record.caseId) : undefined
  const entry = {
    ...clerkStamp(clerk, now),
    ownerId: record.ownerId,
    codeId: record.id,
    purpose: record.purpose,
    documents: docRefs(store, record),
    caseId: theCase?.id,
    caseNumber: theCase?.number,
  }
  return accessLog(store).put(entry.id, entry)
}

/**
 * 核对证件: the clerk serving a person's ticket looked at their full ID number. It goes into the person's
 * access log like a redemption, so they see who saw it, where and when.
 */
export function logIdCheck(store: Store, ownerId: string, clerkId: string, now: Date): AccessLogEntry {
  const entry = {
    ...clerkStamp(clerkOf(store, clerkId), now),
    ownerId,
    purpose: 'id-check' as const,
    documents: [{ id: 'id-number', name: '居民身份证号码' }],
  }
  return accessLog(store).put(entry.id, entry)
}

/**
 * 帮办代办: a clerk revealed the callback number of the person's help request to call them back. It goes into the
 * person's access log (who, where, when, and why: the help request's case), without the number.
 */
export function logAssistCallback(store: Store, ownerId: string, clerkId: string, theCase: Case | undefined, now: Date): AccessLogEntry {
  const entry = {
    ...clerkStamp(clerkOf(store, clerkId), now),
    ownerId,
    purpose: 'assist-callback' as const,
    documents: [{ id: 'assist-phone', name: '帮办回电号码' }],
    caseId: theCase?.id,
    caseNumber: theCase?.number,
  }
  return accessLog(store).put(entry.id, entry)
}

/** Every redemption of the owner's codes, every 核对证件 and every 帮办回电, newest first. */
export function accessLogOf(store: Store, ownerId: string): AccessLogEntry[] {
  return accessLog(store)
    .filter((e) => e.ownerId === ownerId)
    .sort((a, b) => b.at.localeCompare(a.at))
    .map(({ ownerId: _owner, clerkId: _clerk, ...entry }) => entry)
}
