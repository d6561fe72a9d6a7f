import type { ListResponse, SafeDocument } from '@/contract'
import { api } from '@/shared/api'

export const safeApi = {
  documents: () => api.get<ListResponse<SafeDocument>>('/api/safe/documents'),
}
