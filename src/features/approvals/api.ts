import type { CertificateVerification, InstantDecision, InstantItemDetail, InstantItemSummary, ListResponse } from '@/contract'
import { api } from '@/shared/api'

export type InstantForm = Record<string, string | number | boolean>

export const approvalsApi = {
  items: () => api.get<ListResponse<InstantItemSummary>>('/api/instant'),
  item: (itemId: string) => api.get<InstantItemDetail>(`/api/instant/${encodeURIComponent(itemId)}`),
  /** `key`: the same key for the same form, so a retry or a double tap makes one case */
  apply: (itemId: string, form: InstantForm, key: string) => api.post<InstantDecision>(`/api/instant/${encodeURIComponent(itemId)}`, { form }, { idempotencyKey: key }),
  verify: (id: string) => api.get<CertificateVerification>(`/api/certificates/${encodeURIComponent(id)}/verify`),
}
