import { create } from 'zustand'
import { go, ROUTES } from '@/shared/routes'

interface CatalogueIntent {
  query: string
  theme: string
  /** bumps on every request so the 办事 tab applies it even when the values repeat */
  seq: number
}

/** Tab pages take no URL parameters (switchTab), so "open the catalogue at X" goes through this store. */
export const useCatalogueIntent = create<CatalogueIntent>(() => ({ query: '', theme: '', seq: 0 }))

export function openCatalogue(options: { query?: string; theme?: string } = {}): void {
  useCatalogueIntent.setState((s) => ({ query: options.query ?? '', theme: options.theme ?? '', seq: s.seq + 1 }))
  go(ROUTES.services)
}
