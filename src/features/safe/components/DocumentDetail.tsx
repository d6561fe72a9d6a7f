import '../safe.entry.css'
import '../safe.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SafeDocument } from '@/contract'
import { documentNameEn } from '@/contract'
import { Button, Card, Icon, LoadState, Section, colors } from '@/shared/ui'
import { messageOf, useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT, type StringKey } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { safeApi } from '../api'
import { docIcon, fileSize } from '../format'
import { formatDateTime } from '@/shared/time'
import { Validity } from './DocumentList'

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View className='safe-detail__row'>
      <Text className='safe-detail__label'>{label}</Text>
      <View className='safe-detail__value'>{children}</View>
    </View>
  )
}

function validity(doc: SafeDocument, t: ReturnType<typeof useT>): string | undefined {
  if (!doc.validFrom) return undefined
  return doc.validUntil ? t('safe.field.validRange', { from: doc.validFrom, until: doc.validUntil }) : t('safe.field.validFromOnly', { from: doc.validFrom })
}

/** One document in full (number still masked), with "show it" and, for my uploads, delete. */
export function DocumentDetail({ id }: { id: string }) {
  const t = useT()
  const doc = useResource(() => safeApi.document(id), [id])
  const [deleting, setDeleting] = useState(false)

  const remove = async (d: SafeDocument) => {
    const { confirm } = await Taro.showModal({ title: t('safe.detail.delete'), content: t('safe.detail.deleteConfirm', { name: d.name }), confirmColor: colors.danger })
    if (!confirm) return
    setDeleting(true)
    try {
      await safeApi.remove(d.id)
      Taro.showToast({ title: t('safe.detail.deleted'), icon: 'success' })
      Taro.navigateBack()
    } catch (e) {
      Taro.showToast({ title: messageOf(e), icon: 'none' })
    } finally {
      setDeleting(false)
    }
  }

  return (
    <LoadState resource={doc}>
      {(d) => (
        <View data-testid='document-detail'>
          <Section>
            <Card>
              <View className='safe-detail__head'>
                <Icon name={docIcon(d)} color={colors.primary} size={32} />
                <Text className='safe-detail__name'>{localized(d.name, documentNameEn(d.name))}</Text>
                <Validity doc={d} />
              </View>
              <Row label={t('safe.field.type')}>{t(`safe.kind.${d.kind}` as StringKey)}</Row>
              <Row label={t('safe.field.issuer')}>{d.issuer}</Row>
              {d.numberMasked && (
                <Row label={t('safe.field.number')}>
                  <Text>{d.numberMasked}</Text>
                  <View className='ui-muted'>{t('safe.detail.masked')}</View>
                </Row>
              )}
              {validity(d, t) && <Row label={t('safe.field.validity')}>{validity(d, t)}</Row>}
              {d.fileName && <Row label={t('safe.field.file')}><View>{d.fileName}</View><View className='ui-muted'>{fileSize(d.fileSize ?? 0)}</View></Row>}
              <Row label={t('safe.field.addedAt')}>{formatDateTime(d.createdAt)}</Row>
            </Card>
          </Section>
          {d.signedText && (
            <Section title={t('safe.detail.signedText')}>
              <Card testId='signed-text'>
                {d.signedText.map((line, i) => <View key={i} className='safe-signed__line'>{line}</View>)}
              </Card>
            </Section>
          )}
          <View className='safe-actions'>
            <Button block onClick={() => go(ROUTES.safeCode, { docs: d.id })} testId='show-document'>{t('safe.detail.showThis')}</Button>
            {d.kind === 'material' && <Button block variant='danger' loading={deleting} onClick={() => remove(d)} testId='delete-document'>{t('safe.detail.delete')}</Button>}
          </View>
        </View>
      )}
    </LoadState>
  )
}
