import '../safe.entry.css'
import '../safe.css'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import type { CodeState, SafeCode } from '@/contract'
import { documentNameEn } from '@/contract'
import { Button, Icon, QrCode, Tag, colors } from '@/shared/ui'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { useCountdown } from '../useCountdown'
import { clockText, groupDigits } from '../format'

/** A code is replaced this long before it expires, so the one on screen always scans. */
export const REFRESH_LEAD_MS = 30_000

interface Props {
  code: SafeCode
  /** 'used' or 'revoked' once known; the QR is veiled */
  state?: Exclude<CodeState, 'expired'>
  refreshing?: boolean
  onRefresh: () => void
  onRevoke: () => void
}

/** The QR, its short digits, what it opens and a countdown that asks for a fresh code before expiry. */
export function CodeDisplay({ code, state = 'active', refreshing, onRefresh, onRevoke }: Props) {
  const t = useT()
  const expiresAtMs = Date.parse(code.expiresAt)
  const left = useCountdown(expiresAtMs)
  const asked = useRef<string | null>(null)
  const live = state === 'active'

  useEffect(() => {
    if (live && left <= REFRESH_LEAD_MS && asked.current !== code.id) {
      asked.current = code.id
      onRefresh()
    }
  }, [live, left, code.id, onRefresh])

  // The timer shows the code's own validity (05:00 for "5 分钟内有效"), not the earlier moment it is renewed.
  const wholeMinutes = Math.max(0, Math.floor((left - 1) / 60_000))
  const spokenDigits = code.shortCode.split('').join(' ')
  const title = code.purpose === 'pickup' ? t('safe.code.pickupTitle') : t('safe.code.submitTitle')
  return (
    <View className='safe-code' data-testid='code-display'>
      <Text className='safe-code__title' role='heading' aria-level={1}>{title}</Text>
      <Text className='safe-code__hint'>{code.purpose === 'pickup' ? t('safe.code.pickupHint') : t('safe.code.singleUse')}</Text>
      <View className='safe-code__qr'>
        <QrCode value={code.code} size={232} label={t('safe.code.qrLabel')} testId='code-qr' />
        {!live && (
          <View className='safe-code__veil' data-testid='code-veil'>
            <Icon name={state === 'used' ? 'check' : 'close'} color={state === 'used' ? colors.success : colors.danger} size={40} />
            <Text style={{ fontWeight: 600, marginTop: '8px' }}>{state === 'used' ? t('safe.code.used') : t('safe.code.revoked')}</Text>
            {state === 'used' && <Text className='ui-muted'>{t('safe.code.usedHint')}</Text>}
          </View>
        )}
      </View>
      {live && (
        <>
          <Text className='safe-code__digits-label'>{t('safe.code.digits')}</Text>
          <Text className='safe-code__digits' data-testid='code-digits' aria-label={code.shortCode.split('').join(' ')}>{groupDigits(code.shortCode)}</Text>
          {/* Screen readers hear the digits and the whole minutes the screen shows (04:59 → "4 分多钟"), once a minute rather than every second. */}
          <Text className='ui-visually-hidden' aria-live='polite' data-testid='code-announce'>{wholeMinutes >= 1 ? t('safe.code.announce', { digits: spokenDigits, minutes: wholeMinutes }) : t('safe.code.announceLast', { digits: spokenDigits })}</Text>
          <View className='safe-code__timer' role='timer' data-testid='code-countdown'>
            <Icon name='clock' size={16} color={colors.textSecondary} />
            <Text style={{ marginLeft: '4px' }}>{refreshing ? t('safe.code.refreshing') : t('safe.code.expiresIn', { time: clockText(left) })}</Text>
          </View>
        </>
      )}
      <View className='safe-code__scope'>
        <Text>{t('safe.code.scope')}</Text>
        <View className='safe-code__tags' data-testid='code-scope'>
          {code.documents.map((d) => <Tag key={d.id} tone='primary'>{localized(d.name, documentNameEn(d.name))}</Tag>)}
        </View>
      </View>
      <View className='safe-code__buttons'>
        {live ? (
          <>
            <Button variant='default' onClick={onRevoke} testId='code-revoke'>{t('safe.code.revoke')}</Button>
            <Button variant='plain' loading={refreshing} onClick={onRefresh} testId='code-refresh'>{t('safe.code.refresh')}</Button>
          </>
        ) : (
          <Button onClick={onRefresh} testId='code-again'>{t('safe.code.again')}</Button>
        )}
      </View>
    </View>
  )
}
