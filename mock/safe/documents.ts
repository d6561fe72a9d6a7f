import type { DocumentKind, MaterialType, SafeDocument } from '../../src/contract'
import { MATERIAL_MAX_BYTES, MATERIAL_NAME_MAX, MATERIAL_TYPES, maskNumber } from '../../src/contract'
import { fail } from '../errors'
import { newId } from '../ids'
import type { Store } from '../store'

/**
 * The 数字保险箱's documents: e-licences (seeded), materials the owner uploads
 * and certificates issued by approvals. One collection; everything else
 * (codes, redemptions) refers to documents by id and reads them here.
 */
export const DOCUMENTS = 'documents'

export function documents(store: Store) {
  return store.collection<SafeDocument>(DOCUMENTS)
}

const KIND_ORDER: DocumentKind[] = ['licence', 'certificate', 'material']

/** The owner's documents: licences, then certificates, then materials; newest first within each. */
export function documentsOf(store: Store, ownerId: string): SafeDocument[] {
  return documents(store)
    .filter((d) => d.ownerId === ownerId)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.createdAt.localeCompare(a.createdAt))
}

/** One of the owner's documents; someone else's is as unknown as a missing one. */
export function ownDocument(store: Store, ownerId: string, id: string): SafeDocument {
  const doc = documents(store).get(id)
  if (!doc || doc.ownerId !== ownerId) throw fail.notFound('证照或材料')
  return doc
}

/** A document as its issuer hands it over: the full number (stored masked only), and an id if it needs a stable one. */
export type NewDocument = Omit<SafeDocument, 'id' | 'numberMasked' | 'createdAt'> & { number?: string; id?: string }

/**
 * Put a document into an owner's safe. Approvals call this for the
 * certificates they issue (`kind: 'certificate'`, with `caseId`).
 */
export function addDocument(store: Store, input: NewDocument, now: Date): SafeDocument {
  const prefix = input.kind === 'certificate' ? 'cert' : input.kind === 'material' ? 'mat' : 'lic'
  const id = input.id ?? newId(prefix, now.getTime())
  const doc: SafeDocument = {
    id,
    ownerId: input.ownerId,
    kind: input.kind,
    type: input.type,
    name: input.name,
    issuer: input.issuer,
    numberMasked: input.number ? maskNumber(input.number) : '',
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    createdAt: now.toISOString(),
    caseId: input.caseId,
    fileName: input.fileName,
    fileSize: input.fileSize,
    signedText: input.signedText,
  }
  return documents(store).put(id, doc)
}

const UPLOADER = '本人上传'

/** Validate and keep an uploaded material's metadata (the file itself is not stored by the mock). */
export function uploadMaterial(store: Store, ownerId: string, body: unknown, now: Date): SafeDocument {
  const input = (body ?? {}) as Record<string, unknown>
  const fields: Record<string, string> = {}
  const name = typeof input.name === 'string' ? input.name.trim() : ''
  if (!name) fields.name = '请填写材料名称'
  else if (name.length > MATERIAL_NAME_MAX) fields.name = `材料名称不超过 ${MATERIAL_NAME_MAX} 个字`
  const type = input.type as MaterialType
  if (!MATERIAL_TYPES.includes(type)) fields.type = '请选择材料类型'
  const fileName = typeof input.fileName === 'string' ? input.fileName.trim().slice(0, 120) : ''
  if (!fileName) fields.fileName = '请选择文件'
  const fileSize = Number(input.fileSize)
  if (!Number.isFinite(fileSize) || fileSize <= 0) fields.fileName = fields.fileName ?? '文件无效'
  else if (fileSize > MATERIAL_MAX_BYTES) fields.fileName = '文件不能超过 20 MB'
  if (Object.keys(fields).length) throw fail.badRequest('材料信息不完整', fields)
  return addDocument(store, { ownerId, kind: 'material', type, name, issuer: UPLOADER, fileName, fileSize: Math.round(fileSize) }, now)
}

/** Only the owner's own uploads can be deleted; licences and certificates are issued, not owned files. */
export function deleteMaterial(store: Store, ownerId: string, id: string): void {
  const doc = ownDocument(store, ownerId, id)
  if (doc.kind !== 'material') throw fail.conflict('CONFLICT', '电子证照和办理结果不能删除')
  documents(store).delete(id)
}
