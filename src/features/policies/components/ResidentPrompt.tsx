import '../policies.css'
import { EmptyState } from '@/shared/ui'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'

/** For you and applying need the business account; residents are sent to 我的 → 切换演示身份. */
export function ResidentPrompt() {
  const t = useT()
  return <EmptyState icon='building' title={t('policies.resident.title')} hint={t('policies.resident.hint')} action={t('policies.resident.switch')} onAction={() => go(ROUTES.me)} />
}
