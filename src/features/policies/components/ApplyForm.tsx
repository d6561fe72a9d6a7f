import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BusinessProfile, Policy, PolicyApplicationForm, SafeDocument } from '@/contract'
import { COMMITMENT_TITLE, policyCommitmentText } from '@/contract'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { Banner, Button, Card, EmptyState, Icon, LoadState, Section, Tag, colors } from '@/shared/ui'
import { maskNumber, mobileError } from '@/shared/validators'
import { today } from '@/shared/time'
import { useBusiness } from '../useBusiness'
import { useT, type t as translate } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { policiesApi } from '../api'
import { formatYuan } from '../format'
import { ResidentPrompt } from './ResidentPrompt'
import { TextField } from './TextField'
import '../policies.css'

type Errors = Partial<Record<keyof PolicyApplicationForm | 'materials' | 'commitment', string>>

export function applicationFormErrors(form: PolicyApplicationForm, t: typeof translate): Errors {
  const errors: Errors = {}
  if (!form.contactName.trim()) errors.contactName = t('validate.required', { field: t('policies.apply.contactName') })
  const phone = mobileError(form.contactPhone.trim())
  if (phone) errors.contactPhone = phone
  if (!form.bankName.trim()) errors.bankName = t('validate.required', { field: t('policies.apply.bankName') })
  if (!/^\d{12,25}$/.test(form.bankAccount.trim())) errors.bankAccount = t('policies.profile.badAccount')
  return errors
}

interface Loaded {
  policy: Policy
  profile: BusinessProfile
  documents: SafeDocument[]
}

function Form({ policy, profile, documents }: Loaded) {
  const t = useT()
  const [form, setForm] = useState<PolicyApplicationForm>({
    contactName: profile.contactName, contactPhone: profile.contactPhone, bankName: profile.bankName, bankAccount: profile.bankAccount,
  })
  const [errors, setErrors] = useState<Errors>({})
  const signs = policy.materials.some((m) => m.source === 'form')
  const [reading, setReading] = useState(false)
  const [accepted, setAccepted] = useState(false)
  // a retry after a lost answer or a double tap makes one application (useMutation keeps the key)
  const application = useMutation((key: string, body: Parameters<typeof policiesApi.apply>[1]) => policiesApi.apply(policy.id, body, key), {
    invalidates: ['policy-applications'],
    onSuccess: (made) => {
      Taro.showToast({ title: t('policies.apply.submitted'), icon: 'success' })
      Taro.redirectTo({ url: `${ROUTES.policyApplication}?id=${encodeURIComponent(made.id)}` })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields) setErrors(e.fields as Errors)
      Taro.showToast({ title: e instanceof ApiError && e.fields ? t('policies.apply.fixErrors') : messageOf(e), icon: 'none' })
    },
  })
  const attached = policy.materials.map((m) => ({ material: m, document: m.source === 'safe' ? documents.find((d) => d.type === m.licenceType) : undefined }))
  const missingLicence = attached.find((a) => a.material.source === 'safe' && !a.document)
  const change = (name: string, value: string) => {
    setForm((f) => ({ ...f, [name]: value }))
    setErrors((e) => ({ ...e, [name]: undefined }))
  }
  const submit = async () => {
    const found = applicationFormErrors(form, t)
    if (signs && !accepted) {
      found.commitment = t('policies.commitment.required')
      setReading(true)
    }
    setErrors(found)
    if (Object.keys(found).length || missingLicence) return
    const materialIds = attached.map((a) => a.document?.id).filter((id): id is string => !!id)
    await application.run({ form: { ...form, contactName: form.contactName.trim(), contactPhone: form.contactPhone.trim(), bankName: form.bankName.trim(), bankAccount: form.bankAccount.trim() }, materialIds, ...(signs ? { commitmentAccepted: accepted } : {}) })
  }
  return (
    <View data-testid='apply-form'>
      <Banner icon='check'>{t('policies.apply.prefilled')}</Banner>
      <Section title={policy.title}>
        <Card>
          <View className='policies-kv'><Text className='policies-kv__k'>{t('policies.apply.company')}</Text><Text className='policies-kv__v'>{profile.companyName}</Text></View>
          <View className='policies-kv'><Text className='policies-kv__k'>{t('policies.apply.creditCode')}</Text><Text className='policies-tabular policies-kv__v'>{profile.creditCode}</Text></View>
          <View className='policies-estimate'>
            <View className='policies-card__label'>{t('policies.apply.amount')}</View>
            <Text className='policies-amount' data-testid='apply-amount'>{formatYuan(policy.match?.estimate ?? 0)}</Text>
            {policy.match?.estimateBasis && <View className='ui-muted'>{policy.match.estimateBasis}</View>}
          </View>
        </Card>
      </Section>
      <Section title={t('policies.profile.contact')}>
        <View className='ui-list'>
          <TextField name='contactName' label={t('policies.apply.contactName')} value={form.contactName} error={errors.contactName} maxlength={20} onChange={change} />
          <TextField name='contactPhone' label={t('policies.apply.contactPhone')} value={form.contactPhone} error={errors.contactPhone} type='number' maxlength={11} onChange={change} />
          <TextField name='bankName' label={t('policies.apply.bankName')} value={form.bankName} error={errors.bankName} maxlength={40} onChange={change} />
          <TextField name='bankAccount' label={t('policies.apply.bankAccount')} value={form.bankAccount} error={errors.bankAccount} hint={t('policies.apply.bankHint')} type='number' maxlength={25} onChange={change} />
        </View>
      </Section>
      <Section title={t('policies.apply.materials')}>
        <Card testId='apply-materials'>
          {attached.map(({ material, document }) => (
            <View key={material.name} className='policies-material'>
              <Icon name={material.source === 'safe' && !document ? 'alert' : 'check'} color={material.source === 'safe' && !document ? colors.danger : colors.success} size={16} className='policies-why__icon' />
              <View className='policies-material__name'>
                <View>{material.name}</View>
                {document && <View className='ui-muted'>{document.issuer} · {document.numberMasked}</View>}
              </View>
              {material.source === 'form'
                ? <Text className='ui-section__extra' role='button' onClick={() => setReading((r) => !r)} data-testid='commitment-open'>{t(accepted ? 'policies.commitment.signed' : 'policies.commitment.read')}</Text>
                : <Tag tone={material.source === 'safe' ? 'primary' : material.source === 'shared' ? 'success' : 'neutral'}>{t(`policies.material.${material.source}`)}</Tag>}
            </View>
          ))}
          {missingLicence && <View className='ui-field__error' role='alert'>{t('policies.apply.missingLicence', { name: missingLicence.material.name })}</View>}
          {errors.materials && <View className='ui-field__error' role='alert'>{errors.materials}</View>}
        </Card>
      </Section>
      {signs && (reading || errors.commitment) && (
        <Section title={COMMITMENT_TITLE}>
          <Card testId='commitment'>
            <View className='policies-commitment' data-testid='commitment-text'>
              {policyCommitmentText({
                policyTitle: policy.title, department: policy.department, companyName: profile.companyName, creditCodeMasked: maskNumber(profile.creditCode),
                amount: policy.match?.estimate ?? 0, contactName: form.contactName.trim(), bankName: form.bankName.trim(), bankAccountMasked: maskNumber(form.bankAccount.trim()), date: today(),
              }).map((line, i) => <View key={i} className='policies-commitment__line'>{line}</View>)}
            </View>
            <View className={`policies-commitment__accept ${errors.commitment ? 'ui-field--error' : ''}`} role='checkbox' aria-checked={accepted} data-testid='commitment-accept'
              onClick={() => { setAccepted((a) => !a); setErrors((e) => ({ ...e, commitment: undefined })) }}>
              <View className={`policies-commitment__box ${accepted ? 'policies-commitment__box--on' : ''}`}>{accepted && <Icon name='check' color={colors.white} size={16} />}</View>
              <Text>{t('policies.commitment.accept')}</Text>
            </View>
            {errors.commitment && <View className='ui-field__error' role='alert'>{errors.commitment}</View>}
            <View className='ui-muted'>{t('policies.commitment.kept')}</View>
          </Card>
        </Section>
      )}
      <View className='ui-gap' />
      <View className='ui-footer-bar'>
        <Button block loading={application.busy} disabled={!!missingLicence} onClick={submit} testId='submit-application'>{t('policies.apply.submit')}</Button>
      </View>
    </View>
  )
}

/** 申报: the form filled in from the business profile, the policy's materials attached from the safe. */
export function ApplyForm({ policyId }: { policyId: string }) {
  const t = useT()
  const { user, token, isBusiness } = useBusiness()
  const loaded = useResource<Loaded>(async () => {
    const [policy, profile, documents] = await Promise.all([policiesApi.policy(policyId), policiesApi.profile(true), policiesApi.safeDocuments()])
    return { policy, profile, documents: documents.items }
  }, [policyId, token], { enabled: isBusiness, tags: ['business-profile', 'policy-match', 'safe-documents'] })
  if (user && !isBusiness) return <ResidentPrompt />
  return (
    <LoadState resource={loaded}>
      {(data) => {
        const { policy } = data
        if (policy.applicationId) {
          return <EmptyState icon='check' title={t('policies.apply.already')} action={t('policies.detail.viewApplication')} onAction={() => go(ROUTES.policyApplication, { id: policy.applicationId })} />
        }
        if (policy.match?.status !== 'eligible') {
          return <EmptyState icon='alert' title={t(policy.deadlineStatus === 'closed' ? 'policies.detail.closed' : 'policies.detail.cannotApply')} hint={policy.match?.missing.join(t('format.clauseSeparator'))} action={t('policies.application.policy')} onAction={() => go(ROUTES.policy, { id: policy.id })} />
        }
        return <Form {...data} />
      }}
    </LoadState>
  )
}
