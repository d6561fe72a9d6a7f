import type { IsoDate, IsoDateTime } from './common'
import { id, int, text, v } from './schema'

export type DocumentKind = 'licence' | 'material' | 'certificate'

/** One entry in the 数字保险箱: an e-licence, an uploaded material or a certificate issued by an approval. */
export interface SafeDocument {
  id: string
  ownerId: string
  kind: DocumentKind
  /** licence type, e.g. id-card, business-licence (matches ItemMaterial.licenceType) */
  type: string
  name: string
  issuer: string
  /** masked for display, unless the owner asks to reveal it */
  numberMasked: string
  validFrom?: IsoDate
  validUntil?: IsoDate
  createdAt: IsoDateTime
  /** certificate only: the case that produced it */
  caseId?: string
  /** material only: the uploaded file's name and size */
  fileName?: string
  fileSize?: number
  /** a signed commitment (申报表及信用承诺书): its words as signed */
  signedText?: string[]
}

/** What a resident may upload as a material (材料). */
export type MaterialType = 'photo' | 'proof' | 'contract' | 'form' | 'other'
export const MATERIAL_TYPES: MaterialType[] = ['photo', 'proof', 'contract', 'form', 'other']
/** Uploaded files are metadata only in the mock; the cap keeps real uploads sane. */
export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024
export const MATERIAL_NAME_MAX = 40

/** POST /api/safe/documents: an uploaded material's metadata. */
export const UploadMaterialBody = v.strictObject({
  name: text(MATERIAL_NAME_MAX, 1, '材料名称'),
  type: v.picklist(MATERIAL_TYPES, '请选择材料类型'),
  fileName: text(120, 1),
  fileSize: int(1, MATERIAL_MAX_BYTES, '文件不能超过 20 MB'),
  mimeType: v.optional(text(100)),
})
export type UploadMaterialRequest = v.InferOutput<typeof UploadMaterialBody>

/** 收件码 (submit: the clerk reads the chosen documents) / 取件码 (pickup: the clerk hands over a case's result). */
export type CodePurpose = 'submit' | 'pickup'
export type CodeState = 'active' | 'used' | 'revoked' | 'expired'
/** A code lives at most this long. */
export const CODE_TTL_MS = 5 * 60_000

/** POST /api/safe/codes */
export const CreateCodeBody = v.strictObject({
  purpose: v.picklist(['submit', 'pickup'], '应为 submit 或 pickup'),
  /** the documents the clerk will be able to read (submit); certificates to hand over (pickup, optional) */
  documentIds: v.pipe(v.array(id('证照选择无效'), '证照选择无效'), v.maxLength(20, '最多 20 份')),
  /** the case the documents are for (submit, optional) or whose result is collected (pickup, required) */
  caseId: v.optional(id('办件无效')),
  /** a previous unused code of mine that this one replaces (the code screen's refresh): it is revoked */
  replaces: v.optional(id('码无效')),
})
export type CreateCodeRequest = v.InferOutput<typeof CreateCodeBody>

/** A code as its owner sees it in a list (no secret parts). */
export interface SafeCodeSummary {
  id: string
  purpose: CodePurpose
  state: CodeState
  documents: Array<{ id: string; name: string }>
  caseId?: string
  createdAt: IsoDateTime
  expiresAt: IsoDateTime
  usedAt?: IsoDateTime
}

/** POST /api/safe/codes → the signed code (QR content) and its short digits for manual entry. */
export interface SafeCode extends SafeCodeSummary {
  /** signed: PYSC1.<payload>.<signature>, shown as the QR */
  code: string
  /** 8 digits a clerk can type instead of scanning */
  shortCode: string
}

/** One redemption of one of my codes, as the owner sees it (数字保险箱 访问记录). */
export interface AccessLogEntry {
  id: string
  /** the code redeemed; none for a 核对证件 at a window */
  codeId?: string
  /**
   * `id-check`: a clerk serving the person's ticket looked at the full ID number (核对证件);
   * `assist-callback`: a clerk revealed the callback number of a 帮办代办 request to call the person back (its case named)
   */
  purpose: CodePurpose | 'id-check' | 'assist-callback'
  /** the clerk, masked (黄**) with their window */
  clerkNameMasked: string
  windowNo?: string
  hallId: string
  hallName: string
  documents: Array<{ id: string; name: string }>
  at: IsoDateTime
  /** submit codes: when the clerk confirmed the materials received */
  receivedAt?: IsoDateTime
  caseId?: string
  caseNumber?: string
}
