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
}
