import '../safe.entry.css'
import '../safe.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { CodePurpose, CodeState, SafeCode } from '@/contract'
import { Banner, Button, ErrorState, Skeleton } from '@/shared/ui'
import { messageOf, useMutation } from '@/shared/api'
import { useT } from '../strings'
import { safeApi } from '../api'
import { brighten } from '../brightness'
import { DocumentList, useDocuments } from './DocumentList'
import { CodeDisplay } from './CodeDisplay'
import { go, ROUTES } from '@/shared/routes'

const POLL_MS = 4000

interface Props {
  purpose: CodePurpose
  /** documents ticked at the start (a case's needed materials, or the document the user came from) */
  preselected?: string[]
  caseId?: string
}

/** The screen replaces a code before it expires, so it never shows one expired. */
type ShownState = Exclude<CodeState, 'expired'>

/**
 * 收件码: choose documents → see what the clerk will read → show the code.
 * 取件码: shown at once for the case. The code refreshes itself before it
 * expires (the new one replaces, and so revokes, the old) and turns to
 * "used" when the counter redeems it.
 */
export function CodeScreen({ purpose, preselected = [], caseId }: Props) {
  const t = useT()
  const docs = useDocuments(0, purpose === 'submit')
  const [selected, setSelected] = useState<string[]>(preselected)
  const [code, setCode] = useState<SafeCode | null>(null)
  const [state, setState] = useState<ShownState>('active')
  const current = useRef<SafeCode | null>(null)
  current.current = code

  // One key per code made: a retry after a lost answer gets the same code back; each refresh is a new code.
  const making = useMutation((key: string) => {
    const previous = current.current
    const replaces = previous && state === 'active' ? previous.id : undefined
    return safeApi.createCode({ purpose, documentIds: purpose === 'submit' ? selected : [], caseId, replaces }, key)
  }, {
    invalidates: ['safe-codes'],
    onSuccess: (next) => {
      setCode(next)
      setState('active')
    },
    // with a code up, a failed refresh keeps it and says so; without one, the error takes the screen
    onError: (e) => { if (current.current) Taro.showToast({ title: messageOf(e), icon: 'none' }) },
  })
  const make = () => making.run()
  const error = making.error

  // a pickup code needs no choice: make it straight away
  useEffect(() => {
    if (purpose === 'pickup') make()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // brighter screen while a code is up
  const shown = !!code
  useEffect(() => {
    if (!shown) return
    // the code replaces the list in place: show it from the top
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
    let restore: (() => void) | undefined
    let gone = false
    brighten().then((r) => (gone ? r() : (restore = r)))
    return () => {
      gone = true
      restore?.()
    }
  }, [shown])

  // learn when the counter has used it (or it was revoked elsewhere)
  useEffect(() => {
    if (!code || state !== 'active') return
    const timer = setInterval(async () => {
      try {
        const latest = await safeApi.code(code.id)
        if (latest.state === 'used' || latest.state === 'revoked') setState(latest.state)
      } catch {
        // offline: keep showing; the counter will say if it is stale
      }
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [code, state])

  const revoking = useMutation(() => safeApi.revoke(code!.id), {
    invalidates: ['safe-codes'],
    onSuccess: () => setState('revoked'),
    onError: (e) => { Taro.showToast({ title: messageOf(e), icon: 'none' }) },
  })
  const revoke = () => revoking.run()

  if (code) {
    return <CodeDisplay code={code} state={state} refreshing={making.busy} onRefresh={make} onRevoke={revoke} />
  }
  if (purpose === 'pickup') {
    return error ? <ErrorState error={error} onRetry={make} /> : <Skeleton cards={1} rows={6} />
  }
  const toggle = (id: string) => {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))
    making.reset() // other documents: a new code, not a retry of the last try
  }
  return (
    <View data-testid='code-choose'>
      <Banner icon='shield'>{t('safe.code.chooseHint')}</Banner>
      {error ? <ErrorState error={error} onRetry={make} /> : null}
      <DocumentList docs={docs} selected={selected} onToggle={toggle} onEmptyAction={() => go(ROUTES.safeUpload)} />
      {docs.data && docs.data.items.length > 0 && (
        <View className='ui-footer-bar' style={{ marginTop: '16px', alignItems: 'center' }}>
          <Text className='ui-muted safe-code__chosen' data-testid='code-chosen'>{t('safe.code.chosen', { count: selected.length })}</Text>
          <View className='safe-code__action'><Button block disabled={!selected.length} loading={making.busy} onClick={make} testId='code-generate'>{t('safe.code.generate')}</Button></View>
        </View>
      )}
    </View>
  )
}
