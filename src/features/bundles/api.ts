import type { BundleApplicationRequest, BundleApplicationResponse, BundleDetail, BundleSummary, ListResponse, SafeDocument } from '@/contract'
import { api } from '@/shared/api'

export const bundlesApi = {
  list: () => api.get<ListResponse<BundleSummary>>('/api/bundles'),
  detail: (id: string) => api.get<BundleDetail>(`/api/bundles/${encodeURIComponent(id)}`),
  /** the applicant's e-licences, to attach instead of paper (免证办) */
  documents: () => api.get<ListResponse<SafeDocument>>('/api/safe/documents'),
  /** `key` is the draft's id: a double tap, a retry or a resend after a crash makes one case */
  submit: (id: string, body: BundleApplicationRequest, key: string) =>
    api.post<BundleApplicationResponse>(`/api/bundles/${encodeURIComponent(id)}/applications`, body, { idempotencyKey: key }),
}
