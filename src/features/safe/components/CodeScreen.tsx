import '../safe.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CodePurpose, CodeState, SafeCode } from '@/contract'
import { Banner, Button, ErrorState, Skeleton } from '@/shared/ui'
import { messageOf } from '@/shared/api'
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
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const current = useRef<SafeCode | null>(null)
  current.current = code

  const make = useCallback(async () => {
    setBusy(true)
    setError(null)
    try {
      const previous = current.current
      const replaces = previous && state === 'active' ? previous.id : undefined
      const next = await safeApi.createCode({ purpose, documentIds: purpose === 'submit' ? selected : [], caseId, replaces })
      setCode(next)
      setState('active')
    } catch (e) {
      if (current.current) Taro.showToast({ title: messageOf(e), icon: 'none' })
      else setError(e)
    } finally {
      setBusy(false)
    }
  }, [purpose, selected, caseId, state])

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

  const revoke = async () => {
    if (!code) return
    try {
      await safeApi.revoke(code.id)
      setState('revoked')
    } catch (e) {
      Taro.showToast({ title: messageOf(e), icon: 'none' })
    }
  }

  if (code) {
    return <CodeDisplay code={code} state={state} refreshing={busy} onRefresh={make} onRevoke={revoke} />
  }
  if (purpose === 'pickup') {
    return error ? <ErrorState error={error} onRetry={make} /> : <Skeleton cards={1} rows={6} />
  }
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))
  return (
    <View data-testid='code-choose'>
      <Banner icon='shield'>{t('safe.code.chooseHint')}</Banner>
      {error ? <ErrorState error={error} onRetry={make} /> : null}
      <DocumentList docs={docs} selected={selected} onToggle={toggle} onEmptyAction={() => go(ROUTES.safeUpload)} />
      {docs.data && docs.data.items.length > 0 && (
        <View className='ui-footer-bar' style={{ marginTop: '16px', alignItems: 'center' }}>
          <Text className='ui-muted safe-code__chosen' data-testid='code-chosen'>{t('safe.code.chosen', { count: selected.length })}</Text>
          <View className='safe-code__action'><Button block disabled={!selected.length} loading={busy} onClick={make} testId='code-generate'>{t('safe.code.generate')}</Button></View>
        </View>
      )}
    </View>
  )
}
