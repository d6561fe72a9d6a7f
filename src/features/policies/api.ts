import type {
  BusinessProfileResponse, BusinessProfileUpdate, ListResponse, PoliciesQuery, PoliciesResponse, Policy, PolicyApplication,
  PolicyApplicationRequest, SafeDocument,
} from '@/contract'
import { api } from '@/shared/api'

export const policiesApi = {
  list: (query: PoliciesQuery) => api.get<PoliciesResponse>('/api/policies', { ...query }),
  matched: () => api.get<PoliciesResponse>('/api/policies', { matched: '1' }),
  policy: (id: string) => api.get<Policy>(`/api/policies/${encodeURIComponent(id)}`),
  /** idempotencyKey: stable for one submission, so a retry or a double tap makes one application */
  apply: (id: string, body: PolicyApplicationRequest, idempotencyKey: string) =>
    api.post<PolicyApplication>(`/api/policies/${encodeURIComponent(id)}/applications`, body, { idempotencyKey }),
  applications: () => api.get<ListResponse<PolicyApplication>>('/api/policy-applications'),
  application: (id: string) => api.get<PolicyApplication>(`/api/policy-applications/${encodeURIComponent(id)}`),
  /** The edit and application forms reveal the phone and bank account they fill in; nothing else needs them. */
  profile: (reveal = false) => api.get<BusinessProfileResponse>('/api/business/profile', reveal ? { reveal: 1 } : undefined),
  saveProfile: (update: BusinessProfileUpdate) => api.patch<BusinessProfileResponse>('/api/business/profile?reveal=1', update),
  /** the business's e-licences, to attach as materials */
  safeDocuments: () => api.get<ListResponse<SafeDocument>>('/api/safe/documents'),
}
