import '../account.css'
import { useState } from 'react'
import { Input, View } from '@tarojs/components'
import { messageOf } from '@/shared/api'
import { returnAfterSignIn, useSession } from '@/shared/session'
import { Banner, Button, Card, Field, Section } from '@/shared/ui'
import { useT } from '../strings'

/** The demo clerk (also in README). Printed on the screen so anyone trying the demo can sign in. */
export const DEMO_STAFF = { staffId: 'PY0801', password: 'panyu-demo' }

/** Clerks: staff number and password. A session lasts 12 hours. */
export function StaffSignIn({ redirect, expired }: { redirect?: string; expired?: boolean }) {
  const t = useT()
  const { staffSignIn, signingIn } = useSession()
  const [staffId, setStaffId] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    if (!staffId.trim() || !password) {
      setError(t('signin.staff.required'))
      return
    }
    setError(null)
    try {
      await staffSignIn(staffId.trim(), password)
      returnAfterSignIn(redirect)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <View data-testid='staff-signin'>
      {expired && <Banner tone='warning' icon='alert'>{t('signin.expired')}</Banner>}
      <Section>
        <Card>
          <View className='account-signin-title'>{t('signin.staff.title')}</View>
          <View className='ui-muted'>{t('signin.staff.hint')}</View>
          <View className='ui-list'>
            <Field label={t('signin.staff.id')}>
              <Input className='ui-field__input' value={staffId} maxlength={32} placeholder={t('signin.staff.idPlaceholder')} aria-label={t('signin.staff.id')} data-testid='staff-id' onInput={(e) => setStaffId(e.detail.value)} />
            </Field>
            <Field label={t('signin.staff.password')} error={error ?? undefined}>
              <Input className='ui-field__input' password value={password} maxlength={128} placeholder={t('signin.staff.passwordPlaceholder')} aria-label={t('signin.staff.password')} data-testid='staff-password' onInput={(e) => setPassword(e.detail.value)} />
            </Field>
          </View>
          <View className='account-signin-actions'>
            <Button block loading={signingIn === 'clerk'} onClick={submit} testId='staff-submit'>{t('signin.staff.submit')}</Button>
          </View>
        </Card>
      </Section>
      {process.env.TARO_APP_MOCK === 'true' && (
        <Section>
          <Banner icon='lock'>{t('signin.staff.demo', DEMO_STAFF)}</Banner>
        </Section>
      )}
    </View>
  )
}
