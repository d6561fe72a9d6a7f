import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, Switch, Text, View } from '@tarojs/components'
import type { BusinessProfile, BusinessProfileUpdate, CreditRating, PolicyIndustry, StatsStatus } from '@/contract'
import { CREDIT_RATINGS, DISTRICT_TOWNS, POLICY_INDUSTRIES, STATS_STATUSES } from '@/contract'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { Button, Field, Icon, LoadState, Section, colors } from '@/shared/ui'
import { creditCodeError } from '@/shared/validators'
import { useBusiness } from '../useBusiness'
import { useT, type t as translate } from '../strings'
import { local, nowMs } from '@/shared/time'
import { policiesApi } from '../api'
import { applicationFormErrors } from './ApplyForm'
import { ResidentPrompt } from './ResidentPrompt'
import { TextField } from './TextField'
import '../policies.css'

const NUMBERS = ['headcount', 'insuredStaff', 'revenue', 'exports', 'rdExpense', 'graduateHires'] as const
const WHOLE = ['headcount', 'insuredStaff', 'graduateHires']
const TEXTS = ['companyName', 'creditCode', 'establishedOn', 'contactName', 'contactPhone', 'bankName', 'bankAccount'] as const
type NumberKey = typeof NUMBERS[number]
type TextKey = typeof TEXTS[number]
type InputType = 'text' | 'number' | 'digit'
const SCALE_FIELDS: Array<[NumberKey, InputType, number]> = [
  ['headcount', 'number', 7], ['insuredStaff', 'number', 7], ['graduateHires', 'number', 6], ['revenue', 'digit', 10], ['exports', 'digit', 10], ['rdExpense', 'digit', 10],
]
const CONTACT_FIELDS: Array<['contactName' | 'contactPhone' | 'bankName' | 'bankAccount', InputType, number]> = [
  ['contactName', 'text', 20], ['contactPhone', 'number', 11], ['bankName', 'text', 40], ['bankAccount', 'number', 25],
]

/** The form's values: what people type stays text until saved. */
type ProfileValues = Record<NumberKey | TextKey, string> & {
  industry: PolicyIndustry
  town: string
  creditRating: CreditRating
  statsStatus: StatsStatus
  highTech: boolean
}

function toValues(p: BusinessProfile): ProfileValues {
  const values = { industry: p.industry, town: p.town, creditRating: p.creditRating, statsStatus: p.statsStatus, highTech: p.highTech } as ProfileValues
  for (const key of NUMBERS) values[key] = String(p[key])
  for (const key of TEXTS) values[key] = p[key]
  return values
}

/** Field → message, the same rules the backend applies. */
function profileErrors(v: ProfileValues, t: typeof translate): Record<string, string> {
  // contact and bank: the same rules as the application form
  const errors: Record<string, string> = { ...applicationFormErrors(v, t) } as Record<string, string>
  if (!v.companyName.trim()) errors.companyName = t('validate.required', { field: t('policies.profile.companyName') })
  const credit = creditCodeError(v.creditCode.trim().toUpperCase())
  if (credit) errors.creditCode = credit
  for (const key of NUMBERS) {
    const text = v[key].trim()
    const n = Number(text)
    if (!text || !Number.isFinite(n) || n < 0) errors[key] = t('policies.profile.notNumber')
    else if (WHOLE.includes(key) && !Number.isInteger(n)) errors[key] = t('policies.profile.notWhole')
  }
  if (!errors.insuredStaff && !errors.headcount && Number(v.insuredStaff) > Number(v.headcount)) errors.insuredStaff = t('policies.profile.insuredOverHeadcount')
  const date = v.establishedOn.trim()
  const at = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00+08:00`) : NaN
  if (!Number.isFinite(at) || local(at).format('YYYY-MM-DD') !== date) errors.establishedOn = t('policies.profile.badDate')
  else if (at > nowMs()) errors.establishedOn = t('policies.profile.futureDate')
  return errors
}

function toUpdate(v: ProfileValues): BusinessProfileUpdate {
  const update: BusinessProfileUpdate = { industry: v.industry, town: v.town, creditRating: v.creditRating, statsStatus: v.statsStatus, highTech: v.highTech }
  for (const key of NUMBERS) update[key] = Number(v[key].trim())
  for (const key of TEXTS) update[key] = key === 'creditCode' ? v[key].trim().toUpperCase() : v[key].trim()
  return update
}

function Choice<T extends string>({ label, options, names, value, onChange, testId }: { label: string; options: readonly T[]; names: string[]; value: T; onChange: (v: T) => void; testId: string }) {
  const index = Math.max(0, options.indexOf(value))
  return (
    <Field label={label}>
      <Picker mode='selector' range={names} value={index} onChange={(e) => onChange(options[Number(e.detail.value)])}>
        <View className='policies-select' data-testid={testId} role='button' aria-label={label}>
          <Text>{names[index]}</Text>
          <Icon name='chevron-right' size={14} color={colors.textHint} />
        </View>
      </Picker>
    </Field>
  )
}

function Form({ profile }: { profile: BusinessProfile }) {
  const t = useT()
  const [values, setValues] = useState<ProfileValues>(() => toValues(profile))
  const [errors, setErrors] = useState<Record<string, string>>({})
  // PATCH sets the same fields however often it is sent, so it takes no key.
  // Saving the profile changes what matches (精准推送, badges, a policy's eligibility) and the application form's prefill.
  const saving = useMutation((_key: string, update: BusinessProfileUpdate) => policiesApi.saveProfile(update), {
    invalidates: ['policy-match', 'business-profile'],
    onSuccess: (saved) => {
      setValues(toValues(saved))
      Taro.showToast({ title: t('policies.profile.saved'), icon: 'success' })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields) setErrors(e.fields)
      Taro.showToast({ title: messageOf(e), icon: 'none' })
    },
  })
  const change = (name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }))
    setErrors((e) => ({ ...e, [name]: '' }))
  }
  const save = async () => {
    const found = profileErrors(values, t)
    setErrors(found)
    if (Object.keys(found).length) {
      Taro.showToast({ title: t('policies.apply.fixErrors'), icon: 'none' })
      return
    }
    await saving.run(toUpdate(values))
  }
  const text = (name: TextKey | NumberKey, label: string, type: InputType = 'text', maxlength?: number) => (
    <TextField key={name} name={name} label={label} value={values[name]} error={errors[name] || undefined} type={type} maxlength={maxlength} onChange={change} />
  )
  return (
    <View data-testid='profile-form'>
      <Section title={t('policies.profile.basic')}>
        <View className='ui-list'>
          {text('companyName', t('policies.profile.companyName'), 'text', 60)}
          {text('creditCode', t('policies.profile.creditCode'), 'text', 18)}
          <Choice label={t('policies.profile.industry')} options={POLICY_INDUSTRIES} names={POLICY_INDUSTRIES.map((i) => t(`policies.industry.${i}`))} value={values.industry} onChange={(v) => change('industry', v)} testId='field-industry' />
          <Choice label={t('policies.profile.town')} options={DISTRICT_TOWNS} names={[...DISTRICT_TOWNS]} value={values.town as typeof DISTRICT_TOWNS[number]} onChange={(v) => change('town', v)} testId='field-town' />
          {text('establishedOn', t('policies.profile.establishedOn'), 'text', 10)}
        </View>
      </Section>
      <Section title={t('policies.profile.scale')}>
        <View className='ui-list'>{SCALE_FIELDS.map(([name, type, max]) => text(name, t(`policies.profile.${name}`), type, max))}</View>
      </Section>
      <Section title={t('policies.profile.standing')}>
        <View className='ui-list'>
          <Field label={t('policies.profile.highTech')}>
            <View className='ui-row'>
              <Switch checked={values.highTech} color={colors.primary} onChange={(e) => change('highTech', e.detail.value)} aria-label={t('policies.profile.highTech')} data-testid='field-highTech' />
              <Text style={{ marginLeft: '8px' }}>{t(values.highTech ? 'policies.profile.yes' : 'policies.profile.no')}</Text>
            </View>
          </Field>
          <Choice label={t('policies.profile.creditRating')} options={CREDIT_RATINGS} names={CREDIT_RATINGS.map((rating) => t('policies.profile.creditGrade', { rating }))} value={values.creditRating} onChange={(v) => change('creditRating', v)} testId='field-creditRating' />
          <Choice label={t('policies.profile.statsStatus')} options={STATS_STATUSES} names={STATS_STATUSES.map((s) => t(`policies.profile.stats.${s}`))} value={values.statsStatus} onChange={(v) => change('statsStatus', v)} testId='field-statsStatus' />
        </View>
      </Section>
      <Section title={t('policies.profile.contact')}>
        <View className='ui-list'>{CONTACT_FIELDS.map(([name, type, max]) => text(name, t(`policies.apply.${name}`), type, max))}</View>
      </Section>
      <View className='ui-gap' />
      <View className='ui-footer-bar'>
        <Button block loading={saving.busy} onClick={save} testId='save-profile'>{t('policies.profile.save')}</Button>
      </View>
    </View>
  )
}

/** The business profile matching reads: validated as typed, refused field by field by the backend too. */
export function ProfileForm() {
  const { user, token, isBusiness } = useBusiness()
  const profile = useResource(() => policiesApi.profile(true), [token], { enabled: isBusiness })
  if (user && !isBusiness) return <ResidentPrompt />
  return <LoadState resource={profile}>{(p) => <Form profile={p} />}</LoadState>
}
