import type { BundleSummary, Department, Hall, ItemsQuery, ListResponse, AskAnswer, SearchQuery, SearchResponse, ServiceItem, Theme } from '@/contract'
import { api } from '@/shared/api'
import { useLocaleStore } from '@/shared/strings'

export const catalogueApi = {
  themes: () => api.get<ListResponse<Theme>>('/api/themes'),
  departments: () => api.get<ListResponse<Department>>('/api/departments'),
  items: (query: ItemsQuery) => api.get<ListResponse<ServiceItem>>('/api/items', { ...query }),
  /** one search over 一件事, items, policies and halls, in plain words */
  search: (query: SearchQuery) => api.get<SearchResponse>('/api/search', { ...query }),
  /** 问一问: a question about an item or a bundle (or whatever it names), answered from the guides */
  /** the answer comes in the app's language */
  ask: (query: { q: string; itemId?: string; bundleId?: string }) => api.get<AskAnswer>('/api/search/ask', { ...query, lang: useLocaleStore.getState().locale }),
  item: (id: string) => api.get<ServiceItem>(`/api/items/${encodeURIComponent(id)}`),
  /** halls that handle the item in person */
  halls: (itemId: string) => api.get<ListResponse<Hall>>('/api/halls', { itemId }),
  /** 一件事 bundles by query or by an item they contain: the catalogue links to them, it does not run them */
  bundles: (query: { q?: string; itemId?: string }) => api.get<ListResponse<BundleSummary>>('/api/bundles', query),
}
