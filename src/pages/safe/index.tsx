import { Page, EmptyState } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { useSession } from '@/shared/session'
import { DocumentList } from '@/features/safe'

export default function SafePage() {
  const t = useT()
  const user = useSession((s) => s.user)
  const token = useSession((s) => s.token)
  if (user?.role === 'clerk') return <Page><EmptyState icon='scan' title={t('safe.clerkHint')} /></Page>
  return (
    <Page>
      <DocumentList key={token ?? 'none'} enabled={!!token} />
    </Page>
  )
}
