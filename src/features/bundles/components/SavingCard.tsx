import '../bundles.css'
import { Text, View } from '@tarojs/components'
import type { BundleSaving } from '@/contract'
import { Section } from '@/shared/ui'
import { useT, type StringKey } from '../strings'

const ROWS: Array<{ key: keyof BundleSaving['separate']; label: StringKey; unit: StringKey }> = [
  { key: 'trips', label: 'bundles.saving.trips', unit: 'bundles.saving.tripsUnit' },
  { key: 'materials', label: 'bundles.saving.materials', unit: 'bundles.saving.materialsUnit' },
  { key: 'days', label: 'bundles.saving.days', unit: 'bundles.saving.daysUnit' },
]

/** Doing the items one by one against the bundle: trips, documents, days, as large numbers. */
export function SavingCard({ saving }: { saving: BundleSaving }) {
  const t = useT()
  return (
    <Section title={t('bundles.saving')}>
      <View className='bundles-saving' data-testid='bundle-saving'>
        {ROWS.map((row) => (
          <View key={row.key} className='bundles-saving__col'>
            <Text className='bundles-saving__label'>{t(row.label)}</Text>
            <Text className='bundles-saving__now ui-number'>{t(row.unit, { count: saving.bundled[row.key] })}</Text>
            <View className='bundles-saving__before'>
              <Text>{t('bundles.saving.separate')}</Text>
              <Text className='bundles-saving__was'>{t(row.unit, { count: saving.separate[row.key] })}</Text>
            </View>
          </View>
        ))}
      </View>
    </Section>
  )
}
