import '../bundles.css'
import { Text, View } from '@tarojs/components'
import type { BundleField, MaterialChoice, ProfileSource, SelectedMaterial } from '@/contract'
import { PROFILE_VALUE } from '@/contract'
import { Cell, List, Section } from '@/shared/ui'
import { maskIdNumber, maskPhone } from '@/shared/validators'
import { useT } from '../strings'
import type { Step } from '../draft'

/** What is shown back before submitting: identity numbers and phones masked, as everywhere else. */
function shown(field: BundleField, value: string, masked: Partial<Record<ProfileSource, string>>): string {
  if (value === PROFILE_VALUE) return (field.prefill && masked[field.prefill]) ?? ''
  if (field.kind === 'idNumber') return maskIdNumber(value.toUpperCase())
  if (field.kind === 'mobile') return maskPhone(value)
  return value
}

export function ReviewStep({ itemNames, fields, values, materials, choices, masked, onEdit }: { itemNames: string[]; fields: BundleField[]; values: Record<string, string>; materials: SelectedMaterial[]; choices: Record<string, MaterialChoice | undefined>; masked: Partial<Record<ProfileSource, string>>; onEdit: (step: Step) => void }) {
  const t = useT()
  const how = (choice: MaterialChoice | undefined) => {
    switch (choice?.source) {
      case 'safe': return t('item.noCertificate')
      case 'upload': return t('bundles.uploaded', { name: choice.fileName })
      case 'deferred': return t('bundles.defer')
      case 'commitment': return t('bundles.commit')
      default: return ''
    }
  }
  return (
    <View data-testid='bundle-review'>
      <Section title={t('bundles.reviewItems')} extra={t('bundles.edit')} onExtra={() => onEdit('questions')}>
        <List>{itemNames.map((name) => <Cell key={name} icon='check' title={name} />)}</List>
      </Section>
      <Section title={t('bundles.reviewForm')} extra={t('bundles.edit')} onExtra={() => onEdit('form')}>
        <View className='ui-list'>
          {fields.map((f) => (
            <View key={f.id} className='bundles-review-row'>
              <Text className='bundles-review-row__label'>{f.label}</Text>
              <Text className='bundles-review-row__value'>{shown(f, values[f.id] ?? '', masked)}</Text>
            </View>
          ))}
        </View>
      </Section>
      <Section title={t('bundles.reviewMaterials')} extra={t('bundles.edit')} onExtra={() => onEdit('materials')}>
        <List>{materials.map((m) => <Cell key={m.id} icon='file' title={m.name} desc={how(choices[m.id])} />)}</List>
      </Section>
    </View>
  )
}
