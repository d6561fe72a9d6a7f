import type { IsoDate, IsoDateTime } from './common'

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
export interface UploadMaterialRequest {
  name: string
  type: MaterialType
  fileName: string
  fileSize: number
  mimeType?: string
}

/** 收件码 (submit: the clerk reads the chosen documents) / 取件码 (pickup: the clerk hands over a case's result). */
export type CodePurpose = 'submit' | 'pickup'
export type CodeState = 'active' | 'used' | 'revoked' | 'expired'
/** A code lives at most this long. */
export const CODE_TTL_MS = 5 * 60_000

/** POST /api/safe/codes */
export interface CreateCodeRequest {
  purpose: CodePurpose
  /** the documents the clerk will be able to read (submit); certificates to hand over (pickup, optional) */
  documentIds: string[]
  /** the case the documents are for (submit, optional) or whose result is collected (pickup, required) */
  caseId?: string
  /** a previous unused code of mine that this one replaces (the code screen's refresh): it is revoked */
  replaces?: string
}

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
  codeId: string
  purpose: CodePurpose
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
