import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { AssistKind, AssistSlot } from '@/contract'
import { taroStorage } from '@/shared/storage'

export interface AssistDraft {
  kind: AssistKind
  slot?: AssistSlot
  phone: string
  documentIds: string[]
  declaration: string
}

export const EMPTY_DRAFT: AssistDraft = { kind: 'accompany', phone: '', documentIds: [], declaration: '' }

interface DraftState {
  drafts: Record<string, AssistDraft>
  update: (key: string, patch: Partial<AssistDraft>) => void
  discard: (key: string) => void
}

/** One draft per user and item/bundle/hall. */
export const assistDraftKey = (userId: string, type: string, id: string) => `${userId}:${type}:${id}`

/** What the resident filled in, kept on the device as it changes, so a reload resumes it; dropped once sent. */
export const useAssistDrafts = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      update: (key, patch) => set((s) => ({ drafts: { ...s.drafts, [key]: { ...EMPTY_DRAFT, ...s.drafts[key], ...patch } } })),
      discard: (key) => set((s) => {
        const { [key]: _gone, ...rest } = s.drafts
        return { drafts: rest }
      }),
    }),
    { name: 'assist-drafts', storage: taroStorage, version: 1 },
  ),
)
