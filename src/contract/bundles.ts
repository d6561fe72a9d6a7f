import type { ItemMaterial, ServiceItem } from './catalogue'
import type { CaseStatus } from './cases'
import { DeliveryChoiceSchema } from './mail'
import { MATERIAL_MAX_BYTES } from './safe'
import { id, int, openMap, text, v } from './schema'

/**
 * 一件事 bundles: one life or business event, several items, one guided
 * application. Answers to the situation questions (情形引导) decide which items
 * and materials apply; the mock and the app both evaluate them with
 * `selectBundle` below, so what the form asks for is what the server checks.
 */

export interface BundleOption {
  value: string
  label: string
}

export interface BundleQuestion {
  id: string
  text: string
  hint?: string
  options: BundleOption[]
}

/** Every listed question must have one of the listed answers. Absent = always. */
export type BundleCondition = Record<string, string[]>

export interface BundleItemRule {
  itemId: string
  when?: BundleCondition
}

/** A material an answer makes unnecessary (e.g. no 结婚证 for unmarried parents). */
export interface BundleMaterialSkip {
  materialId: string
  when: BundleCondition
}

export type BundleFieldKind = 'text' | 'idNumber' | 'creditCode' | 'mobile' | 'date' | 'address'

/** Where a field's starting value comes from: the signed-in user's profile. */
export type ProfileSource = 'name' | 'phone' | 'idNumber' | 'address' | 'companyName' | 'creditCode' | 'legalRepresentative'

/** Profile values the app never holds: the form gets PROFILE_VALUE and shows the session's masked copy. */
export const SERVER_HELD_SOURCES: readonly ProfileSource[] = ['phone', 'idNumber']

export interface BundleField {
  id: string
  label: string
  kind: BundleFieldKind
  required: boolean
  placeholder?: string
  prefill?: ProfileSource
  /** shown only when the items it feeds are selected */
  when?: BundleCondition
  /** the items that need it: a field listed under several is filled once for all */
  itemIds: string[]
  /** dates: must not lie in the future (birth dates) */
  pastOnly?: boolean
}

export interface Bundle {
  id: string
  name: string
  summary: string
  /** name and summary in English, shown when the app is in English */
  nameEn?: string
  summaryEn?: string
  /** who may apply; 'both' only for a single item open to residents and businesses */
  target: 'person' | 'business' | 'both'
  icon: string
  keywords: string[]
  items: BundleItemRule[]
  questions: BundleQuestion[]
  fields: BundleField[]
  skipMaterials?: BundleMaterialSkip[]
  /** materials an item of this bundle issues for the later ones (出生医学证明 → 入户): never asked */
  produces?: Array<{ materialId: string; byItemId: string }>
  /** working days the bundle promises end to end */
  promisedDays: number
  /** visits to a hall still needed when done online (e.g. to collect a licence) */
  trips: number
}

/** What doing the items one by one costs, against the bundle. */
export interface BundleSaving {
  separate: { trips: number; materials: number; days: number }
  bundled: { trips: number; materials: number; days: number }
}

export interface BundleSummary {
  id: string
  name: string
  summary: string
  nameEn?: string
  summaryEn?: string
  target: Bundle['target']
  icon: string
  itemCount: number
  saving: BundleSaving
}

/** GET /api/bundles/:id: the bundle with its items' guides and the pre-fill for the signed-in user. */
export interface BundleDetail extends Bundle {
  itemGuides: ServiceItem[]
  saving: BundleSaving
  /** starting values for fields with `prefill`, when a token was sent (phone and ID number as PROFILE_VALUE) */
  prefill?: Partial<Record<ProfileSource, string>>
}

export interface BundlesQuery {
  q?: string
  /** bundles that contain this item */
  itemId?: string
}

/** The id of the one-item application of an item that belongs to no bundle: the same guided flow, one sub-case. */
export const SINGLE_ITEM_PREFIX = 'item.'

/**
 * A form value meaning "the number on my account" (phone, 身份证号): the app
 * shows it masked and never holds the real number; the server resolves it.
 * Changing the field replaces it with what the user types.
 */
export const PROFILE_VALUE = '@profile'

/** Where each material comes from: the safe, an upload, later (容缺), or a signed commitment (告知承诺). */
export const MaterialChoiceSchema = v.variant('source', [
  v.strictObject({ materialId: id(), source: v.literal('safe'), documentId: id('请选择证照') }),
  v.strictObject({ materialId: id(), source: v.literal('upload'), fileName: text(120, 1), fileSize: int(1, MATERIAL_MAX_BYTES, '文件不能超过 20 MB') }),
  v.strictObject({ materialId: id(), source: v.literal('deferred') }),
  v.strictObject({ materialId: id(), source: v.literal('commitment'), accepted: v.literal(true, '请确认承诺') }),
], '材料来源应为 safe、upload、deferred 或 commitment')
export type MaterialChoice = v.InferOutput<typeof MaterialChoiceSchema>

/**
 * POST /api/bundles/:id/applications. Answers and form are keyed by the bundle's question and field
 * ids (the route refuses any other key as UNKNOWN_FIELD); values are short strings, never nested.
 */
export const BundleApplicationBody = v.strictObject({
  answers: openMap(text(40), 30),
  form: openMap(text(200), 50),
  materials: v.pipe(v.array(MaterialChoiceSchema, '应为列表'), v.maxLength(50, '最多 50 项')),
  /** 窗口领取 or 邮寄到家 for the paper results; omitted: 窗口领取 */
  delivery: v.optional(DeliveryChoiceSchema),
})
export type BundleApplicationRequest = v.InferOutput<typeof BundleApplicationBody>

export interface BundleApplicationResponse {
  applicationId: string
  caseId: string
  caseNumber: string
  status: CaseStatus
  items: Array<{ itemId: string; itemName: string; subCaseId: string }>
  /** materials promised later (容缺) that still have to be handed in */
  deferred: string[]
}

/** The commitment text shown before a material is replaced by a signature (告知承诺制). */
export function commitmentText(materialName: string): string {
  return `本人承诺：所申请事项符合法定条件，“${materialName}”所载内容真实、有效；如承诺不实，愿意承担相应法律责任，并同意撤销已作出的审批决定。`
}

function matches(when: BundleCondition | undefined, answers: Record<string, string>): boolean {
  if (!when) return true
  return Object.entries(when).every(([questionId, values]) => values.includes(answers[questionId]))
}

export type SelectedMaterial = ItemMaterial & { itemIds: string[] }

export interface BundleSelection {
  itemIds: string[]
  /** each material to hand in once, with the selected items that need it */
  materials: SelectedMaterial[]
  /** materials a selected item of the bundle issues itself: not asked */
  produced: Array<SelectedMaterial & { byItemId: string }>
  fields: BundleField[]
}

/**
 * Answers → the items, materials and fields that apply. Materials shared by
 * several items (same id) are asked once; a deferrable/commitment option holds
 * only if every item that needs the material allows it.
 */
export function selectBundle(bundle: Pick<Bundle, 'items' | 'fields' | 'skipMaterials' | 'produces'>, guides: Pick<ServiceItem, 'id' | 'materials'>[], answers: Record<string, string>): BundleSelection {
  const itemIds = bundle.items.filter((rule) => matches(rule.when, answers)).map((rule) => rule.itemId)
  const selected = new Set(itemIds)
  const skipped = new Set((bundle.skipMaterials ?? []).filter((s) => matches(s.when, answers)).map((s) => s.materialId))
  const producer = new Map((bundle.produces ?? []).filter((p) => selected.has(p.byItemId)).map((p) => [p.materialId, p.byItemId]))
  const byId = new Map<string, SelectedMaterial>()
  for (const itemId of itemIds) {
    const guide = guides.find((g) => g.id === itemId)
    for (const material of guide?.materials ?? []) {
      if (skipped.has(material.id)) continue
      const seen = byId.get(material.id)
      if (!seen) {
        byId.set(material.id, { ...material, itemIds: [itemId] })
      } else {
        seen.itemIds.push(itemId)
        seen.deferrable = !!seen.deferrable && !!material.deferrable
        seen.commitmentAllowed = !!seen.commitmentAllowed && !!material.commitmentAllowed
      }
    }
  }
  const fields = bundle.fields.filter((f) => matches(f.when, answers) && f.itemIds.some((id) => selected.has(id)))
  const all = [...byId.values()]
  return {
    itemIds,
    materials: all.filter((m) => !producer.has(m.id)),
    produced: all.filter((m) => producer.has(m.id)).map((m) => ({ ...m, byItemId: producer.get(m.id)! })),
    fields,
  }
}

/** Every question answered with one of its options. */
export function unansweredQuestions(bundle: Pick<Bundle, 'questions'>, answers: Record<string, string>): string[] {
  return bundle.questions.filter((q) => !q.options.some((o) => o.value === answers[q.id])).map((q) => q.id)
}
