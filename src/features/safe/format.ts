import type { SafeDocument } from '@/contract'
import type { IconName } from '@/shared/ui'

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function docIcon(doc: Pick<SafeDocument, 'kind'>): IconName {
  return doc.kind === 'licence' ? 'id-card' : doc.kind === 'certificate' ? 'licence' : 'file'
}

/** mm:ss, never negative */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000))
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** 1234 5678: easier to read aloud and type */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ')
}
