import type {
  Bundle, BundleApplicationRequest, BundleApplicationResponse, BundleDetail, BundleField, BundleSaving, BundleSummary,
  MaterialChoice, ProfileSource, SafeDocument, SelectedMaterial, ServiceItem,
} from '../../src/contract'
import { checkCreditCode, checkIdNumber, isMobile, PROFILE_VALUE, selectBundle, SERVER_HELD_SOURCES, SINGLE_ITEM_PREFIX, unansweredQuestions } from '../../src/contract'
import { BUNDLES } from './data'
import { applicant, company } from './fields'
import { itemById } from '../catalogue/items'
import type { UserRecord } from '../account/users'
import { PINYIN } from '../catalogue/pinyin.generated'
import { fail } from '../errors'
import { newId } from '../ids'
import type { Store } from '../store'
import { createCase } from '../cases/domain'
import { deliveryFor } from '../mail/domain'

export const BUNDLE_APPLICATIONS = 'bundleApplications'

/** What the mock keeps of an application besides its case: the answers, the form and how each material came. */
export interface BundleApplicationRecord {
  id: string
  bundleId: string
  ownerId: string
  caseId: string
  answers: Record<string, string>
  form: Record<string, string>
  materials: MaterialChoice[]
  createdAt: string
}

/**
 * An online item outside every bundle is applied for through the same guided
 * flow, as a bundle of one: no questions, the applicant's (or the business's)
 * fields, its own materials.
 */
function singleItemBundle(id: string): Bundle | undefined {
  const item = id.startsWith(SINGLE_ITEM_PREFIX) ? itemById(id.slice(SINGLE_ITEM_PREFIX.length)) : undefined
  if (!item || !item.online) return undefined
  return {
    id,
    name: item.name,
    summary: item.department,
    target: item.target,
    icon: 'file',
    keywords: [],
    items: [{ itemId: item.id }],
    questions: [],
    fields: item.target === 'business' ? company([item.id]) : applicant([item.id]),
    promisedDays: item.timeLimitDays,
    trips: 0,
  }
}

export function bundleById(id: string): Bundle | undefined {
  return BUNDLES.find((b) => b.id === id) ?? singleItemBundle(id)
}

function guidesOf(bundle: Bundle): ServiceItem[] {
  return bundle.items.map((rule) => itemById(rule.itemId)).filter((item): item is ServiceItem => !!item)
}

/**
 * One by one, each item is its own trip to its own department with its own
 * copy of every material, and each waits for the one before (入户 needs the
 * birth certificate first). The bundle asks for each material once, leaves out
 * what it issues itself, and runs the items in parallel to its promised days.
 */
export function bundleSaving(bundle: Bundle): BundleSaving {
  const guides = guidesOf(bundle)
  const everything = Object.fromEntries(bundle.questions.map((q) => [q.id, q.options[0].value]))
  const all = selectBundle({ ...bundle, items: bundle.items.map(({ itemId }) => ({ itemId })), skipMaterials: [] }, guides, everything)
  return {
    separate: {
      trips: guides.length,
      materials: guides.reduce((n, g) => n + g.materials.length, 0),
      days: guides.reduce((n, g) => n + g.timeLimitDays, 0),
    },
    bundled: { trips: bundle.trips, materials: all.materials.length, days: bundle.promisedDays },
  }
}

function summary(bundle: Bundle): BundleSummary {
  return {
    id: bundle.id,
    name: bundle.name,
    summary: bundle.summary,
    nameEn: bundle.nameEn,
    summaryEn: bundle.summaryEn,
    target: bundle.target,
    icon: bundle.icon,
    itemCount: bundle.items.length,
    saving: bundleSaving(bundle),
  }
}

/** Bundles by a query (name, common words, their pinyin) and/or an item they contain. */
export function listBundles(filter: { q?: string; itemId?: string } = {}): BundleSummary[] {
  const q = filter.q?.trim().toLowerCase().replace(/\s+/g, '')
  return BUNDLES.filter((bundle) => {
    if (filter.itemId && !bundle.items.some((rule) => rule.itemId === filter.itemId)) return false
    if (!q) return true
    return [bundle.name, ...bundle.keywords].some((text) => {
      if (text.includes(q)) return true
      const [initials, full] = PINYIN[text] ?? ['', '']
      return /^[a-z]+$/.test(q) && (initials.startsWith(q) || (q.length > 2 && full.includes(q)))
    })
  }).map(summary)
}

const PROFILE_FIELDS: Record<ProfileSource, keyof UserRecord> = {
  name: 'name',
  phone: 'phone',
  idNumber: 'idNumber',
  address: 'address',
  companyName: 'companyName',
  creditCode: 'creditCode',
  legalRepresentative: 'legalRepresentative',
}

/** Starting values for the signed-in user; the phone and ID number stay on the server (the form gets PROFILE_VALUE). */
function prefillFor(user: UserRecord): BundleDetail['prefill'] {
  const prefill: NonNullable<BundleDetail['prefill']> = {}
  for (const [source, key] of Object.entries(PROFILE_FIELDS) as Array<[ProfileSource, keyof UserRecord]>) {
    const value = user[key]
    if (typeof value === 'string' && value) prefill[source] = SERVER_HELD_SOURCES.includes(source) ? PROFILE_VALUE : value
  }
  return prefill
}

export function bundleDetail(id: string, user?: UserRecord): BundleDetail | undefined {
  const bundle = bundleById(id)
  if (!bundle) return undefined
  return { ...bundle, itemGuides: guidesOf(bundle), saving: bundleSaving(bundle), prefill: user ? prefillFor(user) : undefined }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The server's own check of one field (never trusting the app's); a message for people, or null. */
export function fieldError(field: BundleField, raw: string | undefined, today: Date): string | null {
  const value = (raw ?? '').trim()
  if (!value) return field.required ? `请填写${field.label}` : null
  if (value.length > 100) return `${field.label}过长`
  switch (field.kind) {
    case 'idNumber': {
      const problem = checkIdNumber(value, today)
      return problem ? { length: '身份证号应为 18 位', format: '身份证号只能包含数字，最后一位可为 X', birthdate: '身份证号中的出生日期无效', checksum: '身份证号校验位不正确，请核对' }[problem] : null
    }
    case 'creditCode': {
      const problem = checkCreditCode(value)
      return problem ? { length: '统一社会信用代码应为 18 位', format: '统一社会信用代码含有无效字符', checksum: '统一社会信用代码校验位不正确，请核对' }[problem] : null
    }
    case 'mobile':
      return isMobile(value) ? null : '请输入 11 位手机号码'
    case 'date': {
      const m = DATE.exec(value)
      const at = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
      if (!m || !at || at.getUTCDate() !== Number(m[3])) return '请输入有效日期（年-月-日）'
      if (field.pastOnly && at.getTime() > today.getTime()) return `${field.label}不能晚于今天`
      return null
    }
    default:
      return null
  }
}

function materialError(material: SelectedMaterial, choice: MaterialChoice | undefined, documents: SafeDocument[]): string | null {
  if (!choice) return `请提供：${material.name}`
  switch (choice.source) {
    case 'safe': {
      const doc = documents.find((d) => d.id === choice.documentId)
      if (!doc || !material.licenceType || doc.type !== material.licenceType) return `保险箱中没有可用于“${material.name}”的证照`
      return null
    }
    case 'upload':
      return typeof choice.fileName === 'string' && choice.fileName && Number(choice.fileSize) > 0 ? null : `请上传：${material.name}`
    case 'deferred':
      return material.deferrable ? null : `“${material.name}”不支持容缺后补`
    case 'commitment':
      return material.commitmentAllowed && choice.accepted === true ? null : `“${material.name}”不支持告知承诺`
    default:
      return `请提供：${material.name}`
  }
}

/**
 * One submission → one case with a sub-case per selected item. Everything is
 * checked again here: answers, every field (ID and credit-code checksums),
 * and every material (a safe licence must be the applicant's own and of the
 * right type). Refusals name the field at fault (`form.x`, `materials.y`).
 * The body's shape was checked by the route's schema; which keys answers and
 * form may hold depends on the bundle, so a key it does not ask for is
 * refused here (UNKNOWN_FIELD), never stored.
 */
export function submitBundleApplication(store: Store, bundleId: string, user: UserRecord, body: BundleApplicationRequest, now: Date): BundleApplicationResponse {
  const bundle = bundleById(bundleId)
  if (!bundle) throw fail.notFound('一件事')
  if (bundle.target !== 'both' && (bundle.target === 'business') !== (user.role === 'business')) {
    throw fail.forbidden(bundle.target === 'business' ? '该一件事需以企业身份办理' : '该一件事需以个人身份办理')
  }
  const questionIds = new Set(bundle.questions.map((q) => q.id))
  const strayAnswer = Object.keys(body.answers).find((key) => !questionIds.has(key))
  if (strayAnswer) throw fail.unknownField(`answers.${strayAnswer}`)
  const fieldIds = new Set(bundle.fields.map((f) => f.id))
  const strayField = Object.keys(body.form).find((key) => !fieldIds.has(key))
  if (strayField) throw fail.unknownField(`form.${strayField}`)
  const missing = unansweredQuestions(bundle, body.answers)
  if (missing.length) throw fail.badRequest('请先回答情形问题', Object.fromEntries(missing.map((id) => [`answers.${id}`, '请选择'])))

  const selection = selectBundle(bundle, guidesOf(bundle), body.answers)
  const form: Record<string, string> = {}
  const errors: Record<string, string> = {}
  for (const field of selection.fields) {
    const raw = body.form[field.id]
    const value = raw === PROFILE_VALUE && field.prefill ? String(user[PROFILE_FIELDS[field.prefill]] ?? '') : String(raw ?? '')
    const error = fieldError(field, value, now)
    if (error) errors[`form.${field.id}`] = error
    else form[field.id] = value.trim()
  }
  const documents = store.collection<SafeDocument>('documents').filter((d) => d.ownerId === user.id)
  for (const material of selection.materials) {
    const error = materialError(material, body.materials.find((c) => c.materialId === material.id), documents)
    if (error) errors[`materials.${material.id}`] = error
  }
  if (Object.keys(errors).length) throw fail.badRequest('请检查标注的内容', errors)
  const delivery = deliveryFor(store, user.id, body.delivery)

  const caseRecord = createCase(store, {
    ownerId: user.id,
    title: bundle.name,
    source: bundle.id.startsWith(SINGLE_ITEM_PREFIX) ? 'item' : 'bundle',
    sourceId: bundle.id.startsWith(SINGLE_ITEM_PREFIX) ? selection.itemIds[0] : bundle.id,
    itemIds: selection.itemIds,
    // handled by people: accepted half an hour later, then the cases domain's default plan moves it on with the clock
    nextStepAt: new Date(now.getTime() + 30 * 60_000).toISOString(),
    delivery,
  }, now)
  const needed = new Set(selection.materials.map((m) => m.id))
  const record: BundleApplicationRecord = {
    id: newId('bapp', now.getTime()),
    bundleId: bundle.id,
    ownerId: user.id,
    caseId: caseRecord.id,
    answers: body.answers,
    form,
    materials: body.materials.filter((c) => needed.has(c.materialId)),
    createdAt: now.toISOString(),
  }
  store.collection<BundleApplicationRecord>(BUNDLE_APPLICATIONS).put(record.id, record)
  return {
    applicationId: record.id,
    caseId: caseRecord.id,
    caseNumber: caseRecord.number,
    status: caseRecord.status,
    items: caseRecord.subCases.map((s) => ({ itemId: s.itemId, itemName: s.itemName, subCaseId: s.id })),
    deferred: selection.materials.filter((m) => record.materials.some((c) => c.materialId === m.id && c.source === 'deferred')).map((m) => m.name),
  }
}
