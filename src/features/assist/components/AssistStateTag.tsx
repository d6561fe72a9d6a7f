import type { AssistSlot, AssistState } from '@/contract'
import { Tag } from '@/shared/ui'
import { local } from '@/shared/time'
import { useT, type StringKey } from '../strings'

const TONE = { submitted: 'primary', accepted: 'success', done: 'neutral', cancelled: 'neutral' } as const

export function AssistStateTag({ state }: { state: AssistState }) {
  const t = useT()
  return <Tag tone={TONE[state]}>{t(`assist.state.${state}`)}</Tag>
}

/** 11/25 周三 上午, in the app's language */
export function slotText(slot: AssistSlot, t: ReturnType<typeof useT>): string {
  const day = local(`${slot.date}T12:00:00+08:00`)
  return `${day.format('M/D')} ${t(`assist.weekday.${day.day()}` as StringKey)} ${t(`assist.half.${slot.half}`)}`
}
