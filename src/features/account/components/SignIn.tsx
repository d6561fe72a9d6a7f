import '../account.css'
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { ApiError, messageOf, useMutation } from '@/shared/api'
import { returnAfterSignIn, useSession } from '@/shared/session'
import { Banner, Button, Card, Field, Section } from '@/shared/ui'
import { useT } from '../strings'
import { mobileError } from '@/shared/validators'
import { go, ROUTES } from '@/shared/routes'

/** Seconds until a new code may be asked for, counted down on screen. */
function useCountdown(): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(0)
  useEffect(() => {
    if (left <= 0) return undefined
    const timer = setTimeout(() => setLeft(left - 1), 1000)
    return () => clearTimeout(timer)
  }, [left])
  return [left, setLeft]
}

/** H5: mobile number + one-time code (the mock shows the code while its dev switch is on). */
function PhoneSignIn({ redirect }: { redirect?: string }) {
  const t = useT()
  const { requestOtp, otpSignIn } = useSession()
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [errors, setErrors] = useState<{ phone?: string; code?: string }>({})
  const [sent, setSent] = useState<{ phoneMasked: string; devCode?: string } | null>(null)
  const [resendIn, setResendIn] = useCountdown()
  // The OTP routes take no Idempotency-Key (a second request is a resend; a code verifies once), so the key is unused.
  // Signing in stays the session's action (it owns the token and the "latest sign-in wins" rule); this screen's part is busy, error, one tap.
  const sending = useMutation((_key: string, to: string) => requestOtp(to), {
    onSuccess: (res) => {
      setSent(res)
      setResendIn(res.resendAfterSeconds)
    },
    onError: (e) => setErrors({ phone: e instanceof ApiError ? e.fields?.phone ?? messageOf(e) : messageOf(e) }),
  })
  const verifying = useMutation((_key: string, to: string, otp: string) => otpSignIn(to, otp), {
    onSuccess: () => returnAfterSignIn(redirect),
    onError: (e) => setErrors({ code: messageOf(e) }),
  })
  const busy = sending.busy || verifying.busy

  const send = async () => {
    const problem = mobileError(phone.trim())
    setErrors({ phone: problem ?? undefined })
    if (problem || busy) return
    await sending.run(phone.trim())
  }
  const verify = async () => {
    const phoneProblem = mobileError(phone.trim())
    const codeProblem = /^\d{6}$/.test(code.trim()) ? undefined : t('signin.codeRequired')
    setErrors({ phone: phoneProblem ?? undefined, code: codeProblem })
    if (phoneProblem || codeProblem || busy) return
    await verifying.run(phone.trim(), code.trim())
  }
  return (
    <View className='ui-list'>
      <Field label={t('signin.phone')} error={errors.phone}>
        <Input className='ui-field__input' type='number' maxlength={11} value={phone} placeholder={t('signin.phonePlaceholder')} aria-label={t('signin.phone')} data-testid='signin-phone' onInput={(e) => setPhone(e.detail.value)} />
      </Field>
      <Field label={t('signin.code')} error={errors.code} hint={sent ? t('signin.codeSent', { phone: sent.phoneMasked }) : undefined}>
        <View className='account-code-row'>
          <Input className='ui-field__input account-code-input' type='number' maxlength={6} value={code} placeholder={t('signin.codePlaceholder')} aria-label={t('signin.code')} data-testid='signin-code' onInput={(e) => setCode(e.detail.value)} />
          <Button size='small' variant='default' loading={sending.busy} disabled={resendIn > 0} onClick={send} testId='signin-send'>
            {resendIn > 0 ? t('signin.resendIn', { seconds: resendIn }) : t('signin.sendCode')}
          </Button>
        </View>
      </Field>
      {sent?.devCode && <Banner icon='message'><Text data-testid='signin-dev-code'>{t('signin.devCode', { code: sent.devCode })}</Text></Banner>}
      <View className='account-signin-actions'>
        <Button block loading={verifying.busy} onClick={verify} testId='signin-submit'>{t('signin.submit')}</Button>
      </View>
    </View>
  )
}

/** weapp: one tap, wx.login's code exchanged for a session (code2session). */
function WechatSignIn({ redirect }: { redirect?: string }) {
  const t = useT()
  const { wechatSignIn, signingIn } = useSession()
  const [error, setError] = useState<string | null>(null)
  const signIn = async () => {
    setError(null)
    try {
      await wechatSignIn()
      returnAfterSignIn(redirect)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <View className='account-signin-actions'>
      <Button block loading={!!signingIn} onClick={signIn} testId='signin-wechat'>{t('signin.wechat')}</Button>
      <View className='ui-muted account-signin-note'>{error ?? t('signin.wechatHint')}</View>
    </View>
  )
}

/**
 * The sign-in screen for residents and businesses. `redirect` is where the user
 * was (path and params): signing in goes back there. `expired` says why they are here.
 */
export function SignIn({ redirect, expired }: { redirect?: string; expired?: boolean }) {
  const t = useT()
  return (
    <View data-testid='signin'>
      {expired && <Banner tone='warning' icon='alert'>{t('signin.expired')}</Banner>}
      <Section>
        <Card>
          <View className='account-signin-title'>{t('signin.title')}</View>
          <View className='ui-muted'>{t('signin.hint')}</View>
          {process.env.TARO_ENV === 'weapp' ? <WechatSignIn redirect={redirect} /> : <PhoneSignIn redirect={redirect} />}
        </Card>
      </Section>
      <Section>
        <View className='account-signin-links'>
          <Text className='account-link' role='link' onClick={() => Taro.redirectTo({ url: `${ROUTES.clerkSignIn}${redirect ? `?redirect=${encodeURIComponent(redirect)}` : ''}` })} data-testid='signin-to-staff'>{t('signin.staff')}</Text>
          {process.env.TARO_APP_MOCK === 'true' && <Text className='account-link' role='link' onClick={() => go(ROUTES.me)}>{t('signin.demo')}</Text>}
        </View>
      </Section>
    </View>
  )
}
