/**
 * 好差评 and 办不成事, as loops that close: a 办不成事 or suggestion (or a 1–2 star rating) is taken in
 * (已受理) and handed to a department (处理中) at once; a clerk answers (已答复); the person confirms it
 * solved (已解决) or reopens it once with a reason (处理中 again, with a new due day). An answer is due
 * within FEEDBACK_REPLY_WORKING_DAYS working days of 受理 or of the reopen; past that the loop is overdue.
 */
import type { Case, Feedback, FeedbackEvent, FeedbackRequest, RatingRequest } from '../../src/contract'
import { COMMENT_MAX, FEEDBACK_REPLY_WORKING_DAYS, FEEDBACK_TEXT_MAX, FEEDBACK_TEXT_MIN, isCaseDone, maskName } from '../../src/contract'
import type { Store } from '../store'
import { newId } from '../ids'
import { fail } from '../errors'
import { addWorkingDays, localDate } from '../calendar'
import { hallSeeds } from '../halls/data'
import { userRecord } from '../account/domain'
import { cases, getCase, localYmd, ownCase, publicCase } from './domain'

export const FEEDBACK = 'feedback'
/** Who answers when no case names a department. */
export const SERVICE_DEPARTMENT = '区政务服务数据管理局'

type Stored = Omit<Feedback, 'overdue'>

function loops(store: Store) {
  return store.collection<Stored>(FEEDBACK)
}

const dueFrom = (nowMs: number) => addWorkingDays(localDate(nowMs), FEEDBACK_REPLY_WORKING_DAYS)

/** As the person and the clerk see it: overdue when still handled after its due day. */
function view(record: Stored, nowMs: number): Feedback {
  return { ...record, overdue: record.status === 'handling' && localDate(nowMs) > record.replyDue }
}

function open(store: Store, input: Pick<Feedback, 'ownerId' | 'kind' | 'source' | 'text' | 'stars'> & { related?: Case }, now: Date): Feedback {
  const nowMs = now.getTime()
  const seq = (store.getMeta<number>('feedbackSeq') ?? 0) + 1
  store.setMeta('feedbackSeq', seq)
  const department = input.related?.subCases[0]?.department || SERVICE_DEPARTMENT
  const at = now.toISOString()
  const record: Stored = {
    id: newId('fb', nowMs),
    number: `FK${localYmd(now)}-${String(seq).padStart(5, '0')}`,
    ownerId: input.ownerId,
    kind: input.kind,
    source: input.source,
    ...(input.stars ? { stars: input.stars } : {}),
    text: input.text,
    caseId: input.related?.id,
    caseNumber: input.related?.number,
    status: 'handling',
    department,
    replyDue: dueFrom(nowMs),
    reopened: false,
    events: [{ at, kind: 'received' }, { at, kind: 'assigned', actor: department }],
    createdAt: at,
  }
  return view(loops(store).put(record.id, record), nowMs)
}

/** 办不成事 / suggestions: from any case or from 我的. */
export function submitFeedback(store: Store, ownerId: string, body: Partial<FeedbackRequest> | undefined, now: Date): Feedback {
  const kind = body?.kind
  const text = typeof body?.text === 'string' ? body.text.trim() : ''
  const fields: Record<string, string> = {}
  if (kind !== 'cannot-do' && kind !== 'suggestion') fields.kind = '请选择反映类型'
  if (text.length < FEEDBACK_TEXT_MIN) fields.text = `请至少写 ${FEEDBACK_TEXT_MIN} 个字，说明遇到的问题`
  else if (text.length > FEEDBACK_TEXT_MAX) fields.text = `不超过 ${FEEDBACK_TEXT_MAX} 字`
  if (Object.keys(fields).length) throw fail.badRequest('反映内容有误', fields)
  const related = body?.caseId ? ownCase(store, ownerId, String(body.caseId), now) : undefined
  return open(store, { ownerId, kind: kind as Feedback['kind'], source: 'feedback', text, related }, now)
}

/** 好差评: once per case, only when it is done. One or two stars open a loop the department answers. */
export function rateCase(store: Store, ownerId: string, id: string, body: Partial<RatingRequest> | undefined, now: Date): Case {
  const record = ownCase(store, ownerId, id, now)
  if (record.rating) throw fail.conflict('ALREADY_RATED', '该办件已评价过')
  if (!isCaseDone(record.status)) throw fail.conflict('CASE_NOT_DONE', '办结后才能评价')
  const stars = Number(body?.stars)
  const comment = typeof body?.comment === 'string' ? body.comment.trim() : ''
  const fields: Record<string, string> = {}
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) fields.stars = '请选择 1 到 5 星'
  if (comment.length > COMMENT_MAX) fields.comment = `评价不超过 ${COMMENT_MAX} 字`
  if (stars && stars <= 2 && !comment) fields.comment = '请说说哪里不满意，便于我们改进'
  if (Object.keys(fields).length) throw fail.badRequest('评价内容有误', fields)
  const stored = getCase(store, id)!
  const rated = cases(store).put(id, { ...stored, rating: { stars, comment, at: now.toISOString() } })
  if (stars <= 2) open(store, { ownerId, kind: 'cannot-do', source: 'rating', stars, text: comment, related: rated }, now)
  return publicCase(rated)
}

export function feedbackOf(store: Store, ownerId: string, now: Date): Feedback[] {
  return loops(store).filter((f) => f.ownerId === ownerId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((f) => view(f, now.getTime()))
}

function ownLoop(store: Store, ownerId: string, id: string): Stored {
  const record = loops(store).get(id)
  if (!record || record.ownerId !== ownerId) throw fail.notFound('反映')
  return record
}

export function feedbackItem(store: Store, ownerId: string, id: string, now: Date): Feedback {
  return view(ownLoop(store, ownerId, id), now.getTime())
}

function step(store: Store, record: Stored, patch: Partial<Stored>, event: FeedbackEvent, now: Date): Feedback {
  return view(loops(store).put(record.id, { ...record, ...patch, events: [...record.events, event] }), now.getTime())
}

/** The person: the answer solved it. */
export function resolveFeedback(store: Store, ownerId: string, id: string, now: Date): Feedback {
  const record = ownLoop(store, ownerId, id)
  if (record.status !== 'answered') throw fail.conflict('FEEDBACK_STATE', '答复之后才能确认已解决')
  return step(store, record, { status: 'resolved' }, { at: now.toISOString(), kind: 'resolved' }, now)
}

/** The person: the answer did not solve it; once, with a reason. */
export function reopenFeedback(store: Store, ownerId: string, id: string, reason: string, now: Date): Feedback {
  const record = ownLoop(store, ownerId, id)
  if (record.status !== 'answered') throw fail.conflict('FEEDBACK_STATE', '答复之后才能重新反映')
  if (record.reopened) throw fail.conflict('FEEDBACK_REOPENED', '已重新反映过一次，如仍未解决请拨打 12345 热线')
  return step(store, record, { status: 'handling', reopened: true, replyDue: dueFrom(now.getTime()) }, { at: now.toISOString(), kind: 'reopened', text: reason.trim() }, now)
}

/** Clerks: every loop still waiting for an answer, the overdue first, then the oldest due. */
export function openFeedback(store: Store, now: Date): Feedback[] {
  return loops(store).filter((f) => f.status === 'handling').map((f) => view(f, now.getTime()))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.replyDue.localeCompare(b.replyDue) || a.createdAt.localeCompare(b.createdAt))
}

/** A clerk answers for the department; the person sees who (masked) and where. */
export function replyToFeedback(store: Store, clerkId: string, id: string, text: string, now: Date): Feedback {
  const record = loops(store).get(id)
  if (!record) throw fail.notFound('反映')
  if (record.status !== 'handling') throw fail.conflict('FEEDBACK_STATE', '这条反映已答复，等待群众确认')
  const clerk = userRecord(store, clerkId)
  const hall = hallSeeds().find((h) => h.id === clerk?.hallId)
  const actor = [record.department, hall?.name, clerk ? maskName(clerk.name) : undefined].filter(Boolean).join(' · ')
  return step(store, record, { status: 'answered', reply: text.trim() }, { at: now.toISOString(), kind: 'answered', text: text.trim(), actor }, now)
}
