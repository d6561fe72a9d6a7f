import { Page } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { CaseList } from '@/features/cases'

export default function CaseListPage() {
  const token = useSession((s) => s.token)
  return (
    <Page>
      <CaseList key={token ?? 'none'} enabled={!!token} />
    </Page>
  )
}
