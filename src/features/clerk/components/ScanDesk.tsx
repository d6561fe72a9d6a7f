import '../clerk.css'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { Button, Card, EmptyState, Field, Icon, Section, colors } from '@/shared/ui'
import { ApiError, messageOf, useMutation } from '@/shared/api'
import { goToSignIn, useSession } from '@/shared/session'
import { useT, type StringKey } from '../strings'
import { scanOnce } from '../Scanner'
import { verifyText, type Outcome } from '../outcome'

const REFUSALS = ['CODE_INVALID', 'CODE_EXPIRED', 'CODE_USED', 'CODE_REVOKED', 'FORBIDDEN', 'TOO_MANY_ATTEMPTS']

function Refusal({ error }: { error: unknown }) {
  const t = useT()
  const code = error instanceof ApiError ? error.code : ''
  const title = REFUSALS.includes(code) ? t(`safe.clerk.refused.${code}` as StringKey) : t('safe.clerk.refused.other')
  return (
    <View className='clerk-refusal' role='alert' data-testid='clerk-refusal' data-code={code}>
      <Text className='clerk-refusal__title'>{title}</Text>
      <Text className='clerk-refusal__text'>{messageOf(error)}</Text>
    </View>
  )
}

/** Clerk screens show nothing of the counter to anyone else: a resident or business is sent to the staff sign-in. */
export function ClerkOnly() {
  const t = useT()
  return <EmptyState icon='lock' title={t('safe.clerk.notClerk')} action={t('safe.clerk.switchRole')} onAction={() => goToSignIn('clerk')} />
}

/** The counter's one scanner: camera (weapp scanner / H5 camera) or the code typed or pasted by hand. */
export function ScanDesk({ onOutcome }: { onOutcome: (outcome: Outcome) => void }) {
  const t = useT()
  const user = useSession((s) => s.user)
  const [manual, setManual] = useState('')
  const [cameraError, setCameraError] = useState<ApiError | null>(null)
  // Scanning redeems the code (the server makes one redemption per code, so no key is needed); no read on this phone shows what it changes.
  const scanning = useMutation((_key: string, text: string) => verifyText(text), {
    onSuccess: (outcome) => {
      setManual('')
      onOutcome(outcome)
    },
  })
  const busy = scanning.busy
  const error = cameraError ?? scanning.error

  if (user?.role !== 'clerk') return <ClerkOnly />

  const verify = async (text: string) => {
    if (!text.trim()) return
    setCameraError(null)
    await scanning.run(text)
  }

  const scan = async () => {
    setCameraError(null)
    scanning.reset()
    try {
      const text = await scanOnce({ cancel: t('safe.clerk.cameraStop') })
      if (text) await verify(text)
    } catch {
      setCameraError(new ApiError(0, 'CAMERA', t('safe.clerk.cameraDenied')))
    }
  }

  return (
    <View data-testid='scan-desk'>
      <Section>
        <Card>
          <View className='clerk-desk__where'>
            <Icon name='building' color={colors.primary} size={20} />
            <Text className='clerk-desk__where-text'>{t('safe.clerk.signedInAt', { hall: user.hallName ?? '', window: user.windowNo ?? '' })}</Text>
          </View>
        </Card>
      </Section>
      {error ? <Refusal error={error} /> : null}
      <Section>
        <View className='clerk-scan'>
          <Icon name='scan' color={colors.primary} size={56} />
          <Text className='clerk-scan__hint'>{t('safe.clerk.scanHint')}</Text>
          <Button block onClick={scan} disabled={busy} testId='clerk-scan'>{process.env.TARO_ENV === 'h5' ? t('safe.clerk.camera') : t('safe.clerk.scan')}</Button>
        </View>
      </Section>
      <Section title={t('safe.clerk.manual')}>
        <View className='ui-list'>
          <Field label={t('safe.clerk.manualPlaceholder')}>
            <Textarea
              className='clerk-manual'
              value={manual}
              maxlength={1024}
              autoHeight
              placeholder={t('safe.clerk.manualPlaceholder')}
              aria-label={t('safe.clerk.manual')}
              data-testid='clerk-manual'
              onInput={(e) => setManual(e.detail.value)}
            />
          </Field>
        </View>
        <View style={{ marginTop: '12px' }}>
          <Button block variant='plain' loading={busy} disabled={!manual.trim()} onClick={() => verify(manual)} testId='clerk-manual-submit'>
            {t('safe.clerk.manualSubmit')}
          </Button>
        </View>
      </Section>
    </View>
  )
}
