import type { Feedback } from '@/contract'
import { Tag } from '@/shared/ui'
import { useT } from '../strings'

const TONE = { handling: 'primary', answered: 'warning', resolved: 'success' } as const

/** 处理中 / 已答复 / 已解决, and 已超期 in red when an answer is late. */
export function FeedbackStatusTag({ loop }: { loop: Pick<Feedback, 'status' | 'overdue'> }) {
  const t = useT()
  if (loop.overdue) return <Tag tone='danger'>{t('feedback.overdue')}</Tag>
  return <Tag tone={TONE[loop.status]}>{t(`feedback.status.${loop.status}`)}</Tag>
}
