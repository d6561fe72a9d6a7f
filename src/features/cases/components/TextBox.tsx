import '../cases.css'
import { Textarea } from '@tarojs/components'

/** The feature's multi-line text input (rating comments, 办不成事 text). */
export function TextBox({ value, max, placeholder, label, testId, onInput }: { value: string; max: number; placeholder: string; label: string; testId: string; onInput: (value: string) => void }) {
  return <Textarea className='cases-textarea' value={value} maxlength={max} placeholder={placeholder} aria-label={label} data-testid={testId} onInput={(e) => onInput(e.detail.value)} />
}
