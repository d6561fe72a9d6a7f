import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { Page } from '@/shared/ui'
import { go, ROUTES } from '@/shared/routes'
import { ClerkResult, useOutcome } from '@/features/clerk'

export default function ClerkResultPage() {
  const { outcome, set } = useOutcome()
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
      <ClerkResult outcome={outcome} onNext={next} />
    </Page>
  )
}
