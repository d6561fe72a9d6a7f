import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Page, EmptyState } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { goToSignIn, useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { DocumentList, ExpiryReminders, SafeHero, useDocuments } from '@/features/safe'

function Safe({ enabled }: { enabled: boolean }) {
  // reload when coming back from an upload or a delete
  const [version, setVersion] = useState(0)
  const first = useRef(true)
  useDidShow(() => {
    if (first.current) first.current = false
    else setVersion((v) => v + 1)
  })
  const docs = useDocuments(version, enabled)
  return (
    <>
      <ExpiryReminders />
      <DocumentList docs={docs} onEmptyAction={() => go(ROUTES.safeUpload)} />
    </>
  )
}

export default function SafePage() {
  const t = useT()
  const user = useSession((s) => s.user)
  const token = useSession((s) => s.token)
  const signingIn = useSession((s) => s.signingIn)
  // A session that ended (expired, reset, signed out) says so, never an empty safe.
  if (!token && !signingIn) {
    return <Page><EmptyState icon='lock' title={t('signin.notSignedIn')} action={t('signin.signInNow')} onAction={() => goToSignIn()} /></Page>
  }
  if (user?.role === 'clerk') {
    return <Page><EmptyState icon='scan' title={t('safe.clerkHint')} action={t('safe.action.scan')} onAction={() => go(ROUTES.clerkScan)} /></Page>
  }
  return (
    <Page>
      <SafeHero />
      <Safe key={token ?? 'none'} enabled={!!token} />
    </Page>
  )
}
