import type { ItemsQuery, ListResponse, ServiceItem, Theme } from '@/contract'
import { api } from '@/shared/api'

export const catalogueApi = {
  themes: () => api.get<ListResponse<Theme>>('/api/themes'),
  items: (query: ItemsQuery) => api.get<ListResponse<ServiceItem>>('/api/items', { ...query }),
  item: (id: string) => api.get<ServiceItem>(`/api/items/${encodeURIComponent(id)}`),
}
