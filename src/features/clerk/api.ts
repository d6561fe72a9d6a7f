import type { Case, CheckInRequest, CheckInResponse, Feedback, ListResponse, MailCase, PickupResponse, ReceivedResponse, RedeemResponse } from '@/contract'
import { api } from '@/shared/api'

export const clerkApi = {
  redeem: (code: string) => api.post<RedeemResponse>('/api/clerk/redeem', { code }),
  received: (redemptionId: string) => api.post<ReceivedResponse>(`/api/clerk/redemptions/${encodeURIComponent(redemptionId)}/received`),
  pickup: (caseId: string, code: string) => api.post<PickupResponse>(`/api/clerk/pickups/${encodeURIComponent(caseId)}`, { code }),
  checkIn: (appointmentId: string, body: CheckInRequest) => api.post<CheckInResponse>(`/api/appointments/${encodeURIComponent(appointmentId)}/check-in`, body),
  openFeedback: () => api.get<ListResponse<Feedback>>('/api/clerk/feedback'),
  mailQueue: () => api.get<ListResponse<MailCase>>('/api/clerk/mail'),
  dispatch: (caseId: string, waybill: string) => api.post<Case>(`/api/clerk/mail/${encodeURIComponent(caseId)}/dispatch`, { waybill }),
  reply: (id: string, text: string) => api.post<Feedback>(`/api/clerk/feedback/${encodeURIComponent(id)}/reply`, { text }),
}
