import type { PolicyApplication, PolicyApplicationForm, PolicyApplicationStatus, SafeDocument } from '../../src/contract'
import { COMMITMENT_TITLE, policyCommitmentText, formatYuan, isMobile, maskNumber } from '../../src/contract'
import { fail } from '../errors'
import { newId } from '../ids'
import type { Store } from '../store'
import { advanceDueCases, cases, createCase, getCase, type CaseHook } from '../cases/domain'
import { localDate } from '../calendar'
import { addDocument } from '../safe/documents'
import { businessProfile, policyById } from './catalogue'
import { matchPolicy } from './matching'

/**
 * 申报 → 审核 → 兑现. An application is also a case (办件, source 'policy');
 * the case carries the progress and moves on with the mock clock (the cases
 * module's plan): into review an hour after submission, paid out three days
 * after that.
 */
export const REVIEW_AFTER_MS = 60 * 60_000
export const PAY_AFTER_REVIEW_MS = 3 * 86_400_000

const APPLICATIONS = 'policyApplications'
const MINUTE = 60_000

/** What is stored; status, steps and the payout are read from the case. */
interface ApplicationRecord extends Omit<PolicyApplication, 'status' | 'steps' | 'amountPaid'> {
  ownerId: string
  reviewDueAt: string
  paidDueAt: string
}

function applications(store: Store) {
  return store.collection<ApplicationRecord>(APPLICATIONS)
}

function formProblems(form: Partial<PolicyApplicationForm> | undefined): Record<string, string> {
  const problems: Record<string, string> = {}
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
  if (!text(form?.contactName)) problems.contactName = '请填写联系人'
  else if (text(form?.contactName).length > 20) problems.contactName = '联系人不超过 20 字'
  if (!isMobile(text(form?.contactPhone))) problems.contactPhone = '请输入 11 位手机号码'
  if (!text(form?.bankName)) problems.bankName = '请填写开户银行'
  if (!/^\d{12,25}$/.test(text(form?.bankAccount))) problems.bankAccount = '对公账号应为 12–25 位数字'
  return problems
}

export interface ApplyInput {
  ownerId: string
  policyId: string
  form?: Partial<PolicyApplicationForm>
  materialIds?: unknown
  commitmentAccepted?: unknown
}

/** Check everything, then make the application and its case. */
export function applyForPolicy(store: Store, input: ApplyInput, now: Date): PolicyApplication {
  const policy = policyById(store, input.policyId, now)
  if (!policy) throw fail.notFound('政策')
  const profile = businessProfile(store, input.ownerId)
  const match = matchPolicy(policy, profile, now)
  if (match.status === 'closed') throw fail.gone('POLICY_CLOSED', `“${policy.title}”已于 ${policy.deadline.slice(0, 10)} 截止申报`)
  if (match.status !== 'eligible') throw fail.conflict('NOT_ELIGIBLE', `暂不符合申报条件：${match.missing.join('；')}`)
  if (applications(store).filter((a) => a.ownerId === input.ownerId && a.policyId === policy.id).length) {
    throw fail.conflict('ALREADY_APPLIED', '已申报过该政策，请在“我的申报”查看进度')
  }
  const problems = formProblems(input.form)
  const ids = Array.isArray(input.materialIds) ? input.materialIds.filter((id): id is string => typeof id === 'string') : []
  const docs = store.collection<SafeDocument>('documents').filter((d) => d.ownerId === input.ownerId && ids.includes(d.id))
  if (docs.length !== ids.length) problems.materials = '所选材料不在您的数字保险箱中'
  const materials = policy.materials.map((m) => {
    const doc = m.source === 'safe' ? docs.find((d) => d.type === m.licenceType) : undefined
    if (m.source === 'safe' && !doc && !problems.materials) problems.materials = `请从数字保险箱选择：${m.name}`
    return { name: m.name, source: m.source, documentId: doc?.id }
  })
  // the generated 申报表及信用承诺书 is signed by an explicit 我已阅读并承诺, never implied by submitting
  const signs = policy.materials.some((m) => m.source === 'form')
  if (signs && input.commitmentAccepted !== true) problems.commitment = '请阅读申报表及信用承诺书，并勾选“我已阅读并承诺”'
  if (Object.keys(problems).length) throw fail.badRequest('申报信息有误，请按提示修改', problems)

  const form = input.form as PolicyApplicationForm
  const submittedAt = now.toISOString()
  const reviewDueAt = new Date(now.getTime() + REVIEW_AFTER_MS).toISOString()
  const paidDueAt = new Date(now.getTime() + REVIEW_AFTER_MS + PAY_AFTER_REVIEW_MS).toISOString()
  const amount = match.estimate ?? 0
  const bankAccountMasked = maskNumber(form.bankAccount.trim())
  const kase = createCase(store, {
    ownerId: input.ownerId, title: `惠企政策申报：${policy.title}`, source: 'policy', sourceId: policy.id, itemIds: [],
    nextStepAt: reviewDueAt,
    plan: [
      { afterMinutes: REVIEW_AFTER_MS / MINUTE, status: 'in-review', kind: 'in-review', text: '已受理，进入审核', actor: policy.department },
      { afterMinutes: PAY_AFTER_REVIEW_MS / MINUTE, status: 'paid', kind: 'paid', text: `审核通过，已兑现 ${formatYuan(amount)}，拨付至对公账户 ${bankAccountMasked}`, actor: policy.department },
    ],
  }, now)
  const record: ApplicationRecord = {
    id: newId('pa', now.getTime()),
    ownerId: input.ownerId,
    policyId: policy.id,
    policyTitle: policy.title,
    department: policy.department,
    caseId: kase.id,
    caseNumber: kase.number,
    amount,
    materials,
    contactName: form.contactName.trim(),
    bankAccountMasked,
    submittedAt,
    reviewDueAt,
    paidDueAt,
  }
  if (signs) {
    // the signed copy goes into the business's safe, with the words it signed
    const signedText = policyCommitmentText({
      policyTitle: policy.title, department: policy.department, companyName: profile.companyName, creditCodeMasked: maskNumber(profile.creditCode),
      amount, contactName: record.contactName, bankName: form.bankName.trim(), bankAccountMasked, date: localDate(now.getTime()),
    })
    const signed = addDocument(store, {
      ownerId: input.ownerId, kind: 'material', type: 'form', name: `${COMMITMENT_TITLE}（${policy.title}）`, issuer: profile.companyName,
      number: kase.number, validFrom: localDate(now.getTime()), caseId: kase.id, signedText,
    }, now)
    record.materials = materials.map((m) => (m.source === 'form' ? { ...m, documentId: signed.id } : m))
  }
  applications(store).put(record.id, record)
  return withProgress(store, record)
}

/** The case is the one record of progress: the application reads its status, dates and payout from it. */
function withProgress(store: Store, record: ApplicationRecord): PolicyApplication {
  const kase = getCase(store, record.caseId)
  const reached = (kind: string) => kase?.events.find((e) => e.kind === kind)?.at
  const reviewAt = reached('in-review')
  const paidAt = reached('paid')
  const status: PolicyApplicationStatus = paidAt ? 'paid' : reviewAt ? 'in-review' : 'submitted'
  const { ownerId: _owner, reviewDueAt, paidDueAt, ...rest } = record
  return {
    ...rest,
    status,
    amountPaid: paidAt ? kase?.amountPaid ?? record.amount : undefined,
    steps: [
      { status: 'submitted', at: record.submittedAt },
      reviewAt ? { status: 'in-review', at: reviewAt } : { status: 'in-review', due: reviewDueAt },
      paidAt ? { status: 'paid', at: paidAt } : { status: 'paid', due: paidDueAt },
    ],
  }
}

// When the clock brings a policy case to 兑现, the case carries the amount paid out.
/** When an application's case reaches 已兑现 (a case hook): the case records the amount paid. */
export const recordPayout: CaseHook = (store, record) => {
  const application = applications(store).filter((a) => a.caseId === record.id)[0]
  return application ? cases(store).put(record.id, { ...record, amountPaid: application.amount }) : undefined
}

export function applicationsOf(store: Store, ownerId: string, now: Date): PolicyApplication[] {
  advanceDueCases(store, now, ownerId)
  return applications(store).filter((a) => a.ownerId === ownerId).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)).map((a) => withProgress(store, a))
}

export function applicationOf(store: Store, ownerId: string, id: string, now: Date): PolicyApplication {
  const record = applications(store).get(id)
  if (!record || record.ownerId !== ownerId) throw fail.notFound('申报')
  advanceDueCases(store, now, ownerId)
  return withProgress(store, record)
}

/** The owner's application to one policy, if any. */
export function applicationFor(store: Store, ownerId: string, policyId: string): string | undefined {
  return applications(store).filter((a) => a.ownerId === ownerId && a.policyId === policyId)[0]?.id
}
