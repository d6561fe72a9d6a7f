import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ServiceItem } from '@/contract'
import { taroStorage } from '@/shared/storage'

/** What a list row needs to show an item without loading it again. */
export type ItemRef = Pick<ServiceItem, 'id' | 'name' | 'nameEn' | 'department'>

const RECENT_MAX = 10

interface CatalogueMemory {
  recent: ItemRef[]
  favourites: ItemRef[]
  viewed: (item: ItemRef) => void
  toggleFavourite: (item: ItemRef) => void
  clearRecent: () => void
}

const ref = ({ id, name, nameEn, department }: ItemRef): ItemRef => ({ id, name, nameEn, department })

/** Recently viewed and favourite items, kept on the device only (they say nothing the server needs). */
export const useCatalogueMemory = create<CatalogueMemory>()(
  persist(
    (set) => ({
      recent: [],
      favourites: [],
      viewed: (item) => set((s) => ({ recent: [ref(item), ...s.recent.filter((r) => r.id !== item.id)].slice(0, RECENT_MAX) })),
      toggleFavourite: (item) => set((s) => ({
        favourites: s.favourites.some((f) => f.id === item.id) ? s.favourites.filter((f) => f.id !== item.id) : [ref(item), ...s.favourites],
      })),
      clearRecent: () => set({ recent: [] }),
    }),
    { name: 'catalogue-memory', storage: taroStorage, partialize: (s) => ({ recent: s.recent, favourites: s.favourites }) },
  ),
)
