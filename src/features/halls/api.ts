import type { Hall, HallsQuery, ListResponse } from '@/contract'
import { api } from '@/shared/api'

export const hallsApi = {
  list: (query: HallsQuery = {}) => api.get<ListResponse<Hall>>('/api/halls', { ...query }),
}
