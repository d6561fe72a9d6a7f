import { useRouter } from '@tarojs/taro'
import { EmptyState, Page } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { TicketView } from '@/features/visit'

export default function TicketPage() {
  const t = useT()
  const { params } = useRouter()
  return <Page>{params.id ? <TicketView ticketId={params.id} notice={params.notice} /> : <EmptyState icon='file' title={t('visit.ticket.notFound')} />}</Page>
}
