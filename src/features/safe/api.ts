import type {
  AccessLogEntry, CreateCodeRequest, ExpirySubscriptionRequest, RemindersResponse, ListResponse, SafeCode, SafeCodeSummary, SafeDocument, UploadMaterialRequest,
} from '@/contract'
import { api } from '@/shared/api'

export const safeApi = {
  documents: () => api.get<ListResponse<SafeDocument>>('/api/safe/documents'),
  document: (id: string) => api.get<SafeDocument>(`/api/safe/documents/${encodeURIComponent(id)}`),
  upload: (body: UploadMaterialRequest, idempotencyKey: string) => api.post<SafeDocument>('/api/safe/documents', body, { idempotencyKey }),
  remove: (id: string) => api.delete<{ ok: true }>(`/api/safe/documents/${encodeURIComponent(id)}`),
  createCode: (body: CreateCodeRequest, idempotencyKey: string) => api.post<SafeCode>('/api/safe/codes', body, { idempotencyKey }),
  codes: () => api.get<ListResponse<SafeCodeSummary>>('/api/safe/codes'),
  code: (id: string) => api.get<SafeCodeSummary>(`/api/safe/codes/${encodeURIComponent(id)}`),
  revoke: (id: string) => api.delete<SafeCodeSummary>(`/api/safe/codes/${encodeURIComponent(id)}`),
  reminders: () => api.get<RemindersResponse>('/api/reminders'),
  subscribeExpiry: (body: ExpirySubscriptionRequest) => api.post<{ subscribed: boolean }>('/api/reminders/subscription', body),
  accessLog: () => api.get<ListResponse<AccessLogEntry>>('/api/safe/access-log'),
}
