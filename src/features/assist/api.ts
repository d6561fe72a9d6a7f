import type { AcceptAssistRequest, AssistOptions, AssistRequest, AssistTargetType, CreateAssistRequest, ListResponse, RevealPhoneResponse, SafeDocument } from '@/contract'
import { api } from '@/shared/api'

const at = (id: string) => encodeURIComponent(id)

export const assistApi = {
  options: (type: AssistTargetType, id: string) => api.get<AssistOptions>('/api/assist/options', { type, id }),
  create: (body: CreateAssistRequest, key: string) => api.post<AssistRequest>('/api/assist', body, { idempotencyKey: key }),
  mine: () => api.get<ListResponse<AssistRequest>>('/api/assist'),
  get: (id: string) => api.get<AssistRequest>(`/api/assist/${at(id)}`),
  cancel: (id: string) => api.post<AssistRequest>(`/api/assist/${at(id)}/cancel`),
  /** the safe's documents, to choose what 代办 may use */
  documents: () => api.get<ListResponse<SafeDocument>>('/api/safe/documents'),
  open: () => api.get<ListResponse<AssistRequest>>('/api/clerk/assist'),
  accept: (id: string, body: AcceptAssistRequest) => api.post<AssistRequest>(`/api/clerk/assist/${at(id)}/accept`, body),
  /** the callback number in full; each call is logged in the resident's access log */
  revealPhone: (id: string) => api.post<RevealPhoneResponse>(`/api/clerk/assist/${at(id)}/reveal-phone`),
  complete: (id: string) => api.post<AssistRequest>(`/api/clerk/assist/${at(id)}/complete`),
}
