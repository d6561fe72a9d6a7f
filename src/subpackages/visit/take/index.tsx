import { useRouter } from '@tarojs/taro'
import { EmptyState, Page } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { TakeTicket } from '@/features/visit'
import { BusyHours } from '@/features/halls/screens'

export default function TakeTicketPage() {
  const t = useT()
  const { params } = useRouter()
  return <Page>{params.hallId ? <TakeTicket hallId={params.hallId} busyChart={<BusyHours hallId={params.hallId} />} /> : <EmptyState icon='pin' title={t('visit.take.empty')} />}</Page>
}
