import { Page, Section } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { HallList } from '@/features/halls'

export default function AppointmentsPage() {
  const t = useT()
  return (
    <Page>
      <Section title={t('appointments.halls')}>
        <HallList />
      </Section>
    </Page>
  )
}
