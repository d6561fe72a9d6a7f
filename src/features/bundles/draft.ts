import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { BundleApplicationResponse, DeliveryMethod, MaterialChoice } from '@/contract'
import { newIdempotencyKey } from '@/shared/api'
import { taroStorage } from '@/shared/storage'
import { nowMs } from '@/shared/time'

export type Step = 'questions' | 'form' | 'materials' | 'review'
export const STEPS: Step[] = ['questions', 'form', 'materials', 'review']

export interface Draft {
  /** also the submission's Idempotency-Key */
  id: string
  bundleId: string
  step: Step
  answers: Record<string, string>
  /** a field never touched is absent, so pre-filling never overwrites what the user typed or cleared */
  form: Record<string, string>
  materials: Record<string, MaterialChoice>
  /** 窗口领取 or 邮寄到家 (absent: 窗口领取) */
  delivery?: { method: DeliveryMethod; addressId?: string }
  updatedAt: number
}

export interface Submitted extends BundleApplicationResponse {
  bundleId: string
  bundleName: string
}

interface DraftState {
  drafts: Record<string, Draft>
  submitted: Record<string, Submitted>
  /** the draft for key, made on first use */
  open: (key: string, bundleId: string) => Draft
  update: (key: string, patch: Partial<Omit<Draft, 'id' | 'bundleId'>>) => void
  discard: (key: string) => void
  /** the case is made: keep the answer for the done screen, drop the draft */
  finish: (key: string, result: Submitted) => void
  /** sign-out: the user's drafts (ID numbers and all) leave the device */
  forgetUser: (userId: string) => void
}

/** A draft belongs to one user and one bundle: switching the demo role does not mix two people's answers. */
export const draftKey = (userId: string, bundleId: string) => `${userId}:${bundleId}`

/**
 * Every step of every bundle application, saved on the device as it changes
 * (Taro storage: localStorage on H5, wx storage on weapp), so leaving,
 * reloading or killing the app resumes at the same step with the same values.
 */
export const useDrafts = create<DraftState>()(
  persist(
    (set, get) => ({
      drafts: {},
      submitted: {},
      open: (key, bundleId) => {
        const existing = get().drafts[key]
        if (existing) return existing
        const draft: Draft = { id: newIdempotencyKey(), bundleId, step: 'questions', answers: {}, form: {}, materials: {}, updatedAt: nowMs() }
        set((s) => ({ drafts: { ...s.drafts, [key]: draft } }))
        return draft
      },
      update: (key, patch) => set((s) => {
        const current = s.drafts[key]
        if (!current) return s
        return { drafts: { ...s.drafts, [key]: { ...current, ...patch, updatedAt: nowMs() } } }
      }),
      discard: (key) => set((s) => {
        const { [key]: _gone, ...drafts } = s.drafts
        return { drafts }
      }),
      forgetUser: (userId) => set((s) => ({
        drafts: Object.fromEntries(Object.entries(s.drafts).filter(([key]) => !key.startsWith(`${userId}:`))),
      })),
      finish: (key, result) => set((s) => {
        const { [key]: _done, ...drafts } = s.drafts
        return { drafts, submitted: { ...s.submitted, [result.caseId]: result } }
      }),
    }),
    { name: 'bundle-drafts', storage: taroStorage, partialize: (s) => ({ drafts: s.drafts, submitted: s.submitted }) },
  ),
)
