import type { Case, CaseFilter, CaseListResponse, Feedback, FeedbackReopenRequest, FeedbackRequest, ListResponse, RatingRequest } from '@/contract'
import { api } from '@/shared/api'

export const PAGE_SIZE = 20

export const casesApi = {
  list: (status: CaseFilter, page = 1) => api.get<CaseListResponse>('/api/cases', { status: status === 'all' ? undefined : status, page, pageSize: PAGE_SIZE }),
  get: (id: string) => api.get<Case>(`/api/cases/${encodeURIComponent(id)}`),
  rate: (id: string, body: RatingRequest) => api.post<Case>(`/api/cases/${encodeURIComponent(id)}/rating`, body),
  /** `key`: the same key for the same text, so a retry or a double tap files one report */
  feedback: (body: FeedbackRequest, key: string) => api.post<Feedback>('/api/feedback', body, { idempotencyKey: key }),
  myFeedback: () => api.get<ListResponse<Feedback>>('/api/feedback'),
  feedbackItem: (id: string) => api.get<Feedback>(`/api/feedback/${encodeURIComponent(id)}`),
  resolveFeedback: (id: string) => api.post<Feedback>(`/api/feedback/${encodeURIComponent(id)}/resolve`),
  reopenFeedback: (id: string, body: FeedbackReopenRequest) => api.post<Feedback>(`/api/feedback/${encodeURIComponent(id)}/reopen`, body),
}
