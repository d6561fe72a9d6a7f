import '../safe.entry.css'
import '../safe.css'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MaterialType } from '@/contract'
import { MATERIAL_MAX_BYTES, MATERIAL_NAME_MAX, MATERIAL_TYPES } from '@/contract'
import { ApiError, messageOf, useMutation } from '@/shared/api'
import { Button, Field, Icon, Section, colors } from '@/shared/ui'
import { useT, type StringKey } from '../strings'
import { safeApi } from '../api'
import { fileSize } from '../format'
import { pickFile, type PickedFile } from '@/shared/files/pickFile'

/** Upload a material: name, type, one picture or file (the mock keeps metadata only). */
export function UploadForm({ onDone }: { onDone: () => void }) {
  const t = useT()
  const [name, setName] = useState('')
  const [type, setType] = useState<MaterialType | null>(null)
  const [file, setFile] = useState<PickedFile | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  // a double tap, or a retry after a lost answer, stores one material (useMutation keeps the key)
  const saving = useMutation((key: string, body: Parameters<typeof safeApi.upload>[0]) => safeApi.upload(body, key), {
    invalidates: ['safe-documents'],
    onSuccess: () => {
      Taro.showToast({ title: t('safe.upload.done'), icon: 'success' })
      onDone()
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields) setErrors(e.fields)
      else Taro.showToast({ title: messageOf(e), icon: 'none' })
    },
  })

  const choose = async () => {
    try {
      const picked = await pickFile()
      if (picked) {
        setFile(picked)
        setErrors((e) => ({ ...e, fileName: picked.size > MATERIAL_MAX_BYTES ? t('safe.upload.hint') : '' }))
        if (!name) setName(picked.name.replace(/\.[^.]+$/, '').slice(0, MATERIAL_NAME_MAX))
      }
    } catch {
      Taro.showToast({ title: t('safe.upload.pickFailed'), icon: 'none' })
    }
  }

  const submit = async () => {
    const local: Record<string, string> = {}
    if (!name.trim()) local.name = t('validate.required', { field: t('safe.upload.name') })
    if (!type) local.type = t('validate.required', { field: t('safe.upload.type') })
    if (!file) local.fileName = t('validate.required', { field: t('safe.upload.file') })
    else if (file.size > MATERIAL_MAX_BYTES) local.fileName = t('safe.upload.hint')
    setErrors(local)
    if (Object.keys(local).length || !file || !type) return
    await saving.run({ name: name.trim(), type, fileName: file.name, fileSize: file.size, mimeType: file.mimeType })
  }

  return (
    <View data-testid='upload-form'>
      <Section>
        <View className='ui-list'>
          <Field label={t('safe.upload.file')} required error={errors.fileName} hint={t('safe.upload.hint')}>
            <View className='safe-pick' onClick={choose} role='button' data-testid='pick-file'>
              <Icon name='upload' color={colors.primary} size={18} />
              <Text style={{ marginLeft: '8px' }}>
                {file ? t('safe.upload.picked', { name: file.name, size: fileSize(file.size) }) : t('safe.upload.pick')}
              </Text>
            </View>
          </Field>
          <Field label={t('safe.upload.name')} required error={errors.name}>
            <Input className='ui-field__input' value={name} maxlength={MATERIAL_NAME_MAX} placeholder={t('safe.upload.namePlaceholder')} aria-label={t('safe.upload.name')} data-testid='material-name' onInput={(e) => setName(e.detail.value)} />
          </Field>
          <Field label={t('safe.upload.type')} required error={errors.type}>
            <View className='safe-types' role='radiogroup' aria-label={t('safe.upload.type')}>
              {MATERIAL_TYPES.map((m) => (
                <Text key={m} className={`safe-type ${type === m ? 'safe-type--on' : ''}`} role='radio' aria-checked={type === m} onClick={() => setType(m)} data-testid={`material-type-${m}`}>
                  {t(`safe.materialType.${m}` as StringKey)}
                </Text>
              ))}
            </View>
          </Field>
        </View>
      </Section>
      <View className='safe-actions'>
        <Button block loading={saving.busy} onClick={submit} testId='upload-submit'>{t('safe.upload.submit')}</Button>
      </View>
    </View>
  )
}
