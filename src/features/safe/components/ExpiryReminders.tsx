import '../safe.css'
import { Text, View } from '@tarojs/components'
import type { Expiry } from '@/contract'
import { annualReportDeadline, documentNameEn, expiryOf, renewalItem } from '@/contract'
import { Button, Card, Icon, Section, colors } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { useSession } from '@/shared/session'
import { today } from '@/shared/time'
import { go, ROUTES } from '@/shared/routes'
import { safeApi } from '../api'
import { useReminders } from '../reminders'

interface Due {
  id: string
  name: string
  expiry: Expiry
  renewal?: string
}

const stageOf = (e: Expiry) => (e.expired ? 'expired' : e.stage!)

/**
 * 证照到期提醒 on the home page: licences 60/30/7 days from expiry (or past
 * it) with one tap to the item that renews them; a business also sees its
 * 年报 deadline in the same list. Quiet when nothing is due.
 */
export function ExpiryReminders() {
  const t = useT()
  const token = useSession((s) => s.token)
  const role = useSession((s) => s.user?.role)
  const docs = useResource(() => safeApi.documents(), [token], { enabled: !!token && role !== 'clerk', tags: ['safe-documents'] })
  const dismissed = useReminders((s) => s.dismissed)
  const dismiss = useReminders((s) => s.dismiss)
  if (!docs.data || !role) return null
  const day = today()
  const due: Due[] = []
  for (const d of docs.data.items) {
    const expiry = expiryOf(d.validUntil, day)
    if (expiry && (expiry.expired || expiry.stage)) due.push({ id: d.id, name: localized(d.name, documentNameEn(d.name)), expiry, renewal: renewalItem(d.type, role) })
  }
  if (role === 'business') {
    const report = expiryOf(annualReportDeadline(day), day)!
    if (report.stage) due.push({ id: 'annual-report', name: t('safe.reminders.annualReport'), expiry: report, renewal: renewalItem('business-licence', role) })
  }
  const shown = due.filter((d) => dismissed[d.id] !== stageOf(d.expiry)).sort((a, b) => a.expiry.daysLeft - b.expiry.daysLeft)
  if (!shown.length) return null
  return (
    <Section title={t('safe.reminders.title')}>
      {shown.map((d) => (
        <Card key={d.id} testId='expiry-reminder'>
          <View className='safe-reminder'>
            <Icon name='alert' color={d.expiry.expired || d.expiry.stage === 7 ? colors.danger : colors.warning} size={20} />
            <View className='safe-reminder__text'>
              <Text className='safe-reminder__name'>{d.name}</Text>
              <Text className='ui-muted'>{d.expiry.expired ? t('safe.expired') : d.expiry.daysLeft === 0 ? t('safe.expiresToday') : t('safe.expiresInDays', { days: d.expiry.daysLeft })}</Text>
            </View>
          </View>
          <View className='safe-reminder__actions'>
            <Button size='small' variant='default' onClick={() => dismiss(d.id, stageOf(d.expiry))} testId='expiry-dismiss'>{t('safe.reminders.dismiss')}</Button>
            {d.renewal && <Button size='small' onClick={() => go(ROUTES.item, { id: d.renewal })} testId='expiry-renew'>{t('safe.reminders.renew')}</Button>}
          </View>
        </Card>
      ))}
    </Section>
  )
}
