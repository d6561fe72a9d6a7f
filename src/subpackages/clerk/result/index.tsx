import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { Page } from '@/shared/ui'
import { go, ROUTES } from '@/shared/routes'
import { ClerkOnly, ClerkResult, useOutcome } from '@/features/clerk'
import { useSession } from '@/shared/session'

export default function ClerkResultPage() {
  const { outcome, set } = useOutcome()
  const role = useSession((s) => s.user?.role)
  // the holder's data is shown for this visit only
  useEffect(() => {
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
    return () => set(null)
  }, [set])
  const next = () => {
    if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
    else go(ROUTES.clerkScan)
  }
  return (
    <Page>
      {role === 'clerk' ? <ClerkResult outcome={outcome} onNext={next} /> : <ClerkOnly />}
    </Page>
  )
}
