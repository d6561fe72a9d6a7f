import '../bundles.css'
import { useState } from 'react'
import { Checkbox, Text, View } from '@tarojs/components'
import type { MaterialChoice, SafeDocument, SelectedMaterial } from '@/contract'
import { commitmentText } from '@/contract'
import { Button, Card, Icon, Section, Tag, colors } from '@/shared/ui'
import { useT } from '../strings'

export interface MaterialsStepProps {
  materials: SelectedMaterial[]
  produced: Array<SelectedMaterial & { byItemId: string }>
  choices: Record<string, MaterialChoice | undefined>
  documents: SafeDocument[]
  errors: Record<string, string>
  itemName: (itemId: string) => string
  onChoose: (choice: MaterialChoice) => void
  onUpload: (materialId: string) => void
  onClear: (materialId: string) => void
}

/** Each material once: attached from the safe (免证办), uploaded, promised later (容缺) or replaced by a commitment (告知承诺). */
export function MaterialsStep({ materials, produced, choices, documents, errors, itemName, onChoose, onUpload, onClear }: MaterialsStepProps) {
  const t = useT()
  return (
    <Section title={t('bundles.materialsTitle')}>
      <View className='ui-muted' style={{ marginBottom: '8px' }}>{t('bundles.materialsHint')}</View>
      {materials.map((m) => {
        const choice = choices[m.id]
        const doc = choice?.source === 'safe' ? documents.find((d) => d.id === choice.documentId) : undefined
        const licence = m.licenceType ? documents.find((d) => d.type === m.licenceType) : undefined
        return (
          <Card key={m.id} testId={`material-${m.id}`} className={errors[m.id] ? 'bundles-material--missing' : ''}>
            <View className='ui-row' style={{ alignItems: 'flex-start' }}>
              <Icon name={choice ? 'check' : 'file'} color={choice ? colors.success : colors.textHint} size={20} />
              <View style={{ flex: 1, marginLeft: '8px', minWidth: 0 }}>
                <Text className='bundles-material__name'>{m.name}</Text>
                <View className='ui-muted'>{t('bundles.materialFor', { items: m.itemIds.map(itemName).join(t('format.listSeparator')) })}</View>
              </View>
            </View>
            {doc && (
              <View className='bundles-material__state bundles-material__state--ok' data-testid='material-attached'>
                <Tag tone='success'>{t('item.noCertificate')}</Tag>
                <Text>{t('format.labelValue', { label: t('bundles.fromSafe'), value: `${doc.name} ${doc.numberMasked}` })}</Text>
              </View>
            )}
            {choice?.source === 'upload' && <View className='bundles-material__state bundles-material__state--ok'>{t('bundles.uploaded', { name: choice.fileName })}</View>}
            {choice?.source === 'deferred' && <View className='bundles-material__state'>{t('bundles.deferred')}</View>}
            {m.commitmentAllowed && choice?.source === 'commitment' && (
              <View className='bundles-commitment' data-testid='commitment'>
                <Text className='bundles-commitment__title'>{t('bundles.commitTitle')}</Text>
                <Text className='bundles-commitment__text'>{commitmentText(m.name)}</Text>
                <View className='ui-row' style={{ marginTop: '8px' }}>
                  <Tag tone='success'>{t('bundles.committed')}</Tag>
                </View>
              </View>
            )}
            {errors[m.id] && <View className='ui-field__error' role='alert'>{errors[m.id]}</View>}
            <View className='bundles-material__actions'>
              {licence && choice?.source !== 'safe' && (
                <Button size='small' variant='plain' onClick={() => onChoose({ materialId: m.id, source: 'safe', documentId: licence.id })} testId={`attach-${m.id}`}>{t('bundles.fromSafeAction')}</Button>
              )}
              <Button size='small' variant='default' onClick={() => onUpload(m.id)} testId={`upload-${m.id}`}>{choice?.source === 'upload' ? t('bundles.uploadAgain') : t('bundles.upload')}</Button>
              {m.deferrable && choice?.source !== 'deferred' && (
                <Button size='small' variant='default' onClick={() => onChoose({ materialId: m.id, source: 'deferred' })} testId={`defer-${m.id}`}>{t('bundles.defer')}</Button>
              )}
              {m.commitmentAllowed && choice?.source !== 'commitment' && (
                <CommitmentOffer materialName={m.name} onAccept={() => onChoose({ materialId: m.id, source: 'commitment', accepted: true })} testId={`commit-${m.id}`} />
              )}
              {choice && choice.source !== 'safe' && <Button size='small' variant='plain' onClick={() => onClear(m.id)}>{t('action.clear')}</Button>}
            </View>
          </Card>
        )
      })}
      {produced.map((m) => (
        <Card key={m.id} testId={`produced-${m.id}`}>
          <View className='ui-row'>
            <Icon name='check' color={colors.success} size={20} />
            <Text className='bundles-material__name' style={{ marginLeft: '8px' }}>{m.name}</Text>
          </View>
          <View className='ui-muted' style={{ marginLeft: '28px' }}>{t('bundles.produced', { item: itemName(m.byItemId) })}</View>
        </Card>
      ))}
    </Section>
  )
}

/** The commitment is read before it is signed: the first tap shows the text, signing is a second, deliberate tap. */
function CommitmentOffer({ materialName, onAccept, testId }: { materialName: string; onAccept: () => void; testId: string }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  if (!open) return <Button size='small' variant='default' onClick={() => setOpen(true)} testId={testId}>{t('bundles.commit')}</Button>
  return (
    <View className='bundles-commitment' data-testid={`${testId}-text`}>
      <Text className='bundles-commitment__title'>{t('bundles.commitTitle')}</Text>
      <Text className='bundles-commitment__text'>{commitmentText(materialName)}</Text>
      <View className='ui-row bundles-commitment__accept' onClick={onAccept} role='checkbox' aria-checked={false} data-testid={`${testId}-accept`}>
        <Checkbox value='accept' checked={false} />
        <Text>{t('bundles.commitAccept')}</Text>
      </View>
    </View>
  )
}
