import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { AddressInput } from '@/contract'
import { taroStorage } from '@/shared/storage'

export interface AddressDraft extends AddressInput {
  isDefault: boolean
}

interface AddressDraftState {
  drafts: Record<string, AddressDraft>
  save: (key: string, draft: AddressDraft) => void
  discard: (key: string) => void
}

/** A draft per user and address ("userId:new" for a new one): an address half typed survives a reload. */
export const addressDraftKey = (userId: string, id?: string) => `${userId}:${id ?? 'new'}`

export const useAddressDrafts = create<AddressDraftState>()(
  persist(
    (set) => ({
      drafts: {},
      save: (key, draft) => set((s) => ({ drafts: { ...s.drafts, [key]: draft } })),
      discard: (key) => set((s) => {
        const { [key]: _gone, ...rest } = s.drafts
        return { drafts: rest }
      }),
    }),
    { name: 'address-drafts', storage: taroStorage },
  ),
)
