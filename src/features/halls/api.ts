import type { BusyHoursResponse, HallDetail, HallsListQuery, HallWithDistance, ItemsQuery, ListResponse, Recommendation, RecommendationQuery, ServiceItem } from '@/contract'
import { api } from '@/shared/api'

export const hallsApi = {
  list: (query: HallsListQuery = {}) => api.get<ListResponse<HallWithDistance>>('/api/halls', { ...query }),
  detail: (id: string, page = 1, pageSize = 20) => api.get<HallDetail>(`/api/halls/${encodeURIComponent(id)}`, { page, pageSize }),
  busyHours: (id: string) => api.get<BusyHoursResponse>(`/api/halls/${encodeURIComponent(id)}/busy-hours`),
  recommendations: (query: RecommendationQuery) => api.get<ListResponse<Recommendation>>('/api/recommendations', { ...query }),
  /** bookable items, for the "serves this item" filter and the booking start */
  items: (query: ItemsQuery) => api.get<ListResponse<ServiceItem>>('/api/items', { ...query, bookable: true }),
}
