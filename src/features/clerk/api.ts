import type { Case, Feedback, ListResponse, MailCase, PickupResponse, ReceivedResponse, ScanResponse } from '@/contract'
import { api } from '@/shared/api'

export const clerkApi = {
  /** any code a resident shows: the server says which kind it is and what scanning it did */
  scan: (code: string) => api.post<ScanResponse>('/api/clerk/scan', { code }),
  received: (redemptionId: string) => api.post<ReceivedResponse>(`/api/clerk/redemptions/${encodeURIComponent(redemptionId)}/received`),
  pickup: (caseId: string, code: string) => api.post<PickupResponse>(`/api/clerk/pickups/${encodeURIComponent(caseId)}`, { code }),
  openFeedback: () => api.get<ListResponse<Feedback>>('/api/clerk/feedback'),
  mailQueue: () => api.get<ListResponse<MailCase>>('/api/clerk/mail'),
  dispatch: (caseId: string, waybill: string) => api.post<Case>(`/api/clerk/mail/${encodeURIComponent(caseId)}/dispatch`, { waybill }),
  reply: (id: string, text: string) => api.post<Feedback>(`/api/clerk/feedback/${encodeURIComponent(id)}/reply`, { text }),
}
