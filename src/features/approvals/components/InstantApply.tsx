import '../approvals.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InstantDecision, InstantField, InstantItemDetail } from '@/contract'
import { Banner, Button, Card, Cell, EmptyState, List, LoadState, Section, Tag } from '@/shared/ui'
import { ApiError, useMutation, useResource } from '@/shared/api'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { now, startTimer } from '@/shared/time'
import { approvalsApi, type InstantForm } from '../api'
import { DecisionScreen } from './DecisionScreen'
import { FormField } from './FormField'

type Values = Record<string, string | number | boolean | undefined>

/** Sensible starting values: dates from today, the first option of each choice. */
function initialValues(fields: InstantField[]): Values {
  const values: Values = {}
  const today = now()
  for (const field of fields) {
    if (field.kind === 'select') values[field.name] = field.options?.[0]?.value
    if (field.kind === 'date') values[field.name] = (/end/i.test(field.name) ? today.add(14, 'day') : /start/i.test(field.name) ? today.add(1, 'day') : today.subtract(1, 'day')).format('YYYY-MM-DD')
  }
  return values
}

/** Number fields over a limit the rule would refuse: found as the user types, so nothing is filed only to be refused. */
export function overLimit(fields: InstantField[], values: Values): InstantField[] {
  return fields.filter((f) => f.kind === 'number' && f.max !== undefined && f.overMax === 'refused' && Number(values[f.name]) > f.max)
}

/** What the app can check before sending (the server checks again). */
function checkValues(fields: InstantField[], values: Values, t: ReturnType<typeof useT>): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of fields) {
    const value = values[field.name]
    if (field.kind === 'commitment') {
      if (field.required && value !== true) errors[field.name] = t('approvals.form.commitRequired')
    } else if (value === undefined || String(value).trim() === '') {
      if (field.required) errors[field.name] = t('validate.required', { field: field.label })
    } else if (field.kind === 'number' && !(Number(value) > 0)) {
      errors[field.name] = t('approvals.form.positive', { field: field.label })
    } else if (field.kind === 'number' && field.max !== undefined && field.overMax === 'refused' && Number(value) > field.max) {
      errors[field.name] = t('approvals.form.overMax', { field: field.label, value: String(value), max: field.max, unit: field.unit ?? '' })
    }
  }
  return errors
}

function toForm(fields: InstantField[], values: Values): InstantForm {
  const form: InstantForm = {}
  for (const field of fields) {
    const value = values[field.name]
    if (value === undefined) continue
    form[field.name] = field.kind === 'number' ? Number(value) : typeof value === 'string' ? value.trim() : value
  }
  return form
}

function Verified({ item }: { item: InstantItemDetail }) {
  const t = useT()
  if (!item.verified.length) return null
  return (
    <Section title={t('approvals.form.verified', { count: item.verified.length })}>
      <List>
        {item.verified.map((fact, i) => (
          <Cell
            key={i}
            icon='shield'
            title={fact.label}
            desc={<><View>{fact.value}</View><View>{t('approvals.form.source', { source: fact.source })}</View></>}
            extra={<Tag tone={fact.ok ? 'success' : 'warning'}>{fact.ok ? t('approvals.form.autoVerified') : t('approvals.form.notVerified')}</Tag>}
            testId='verified-fact'
          />
        ))}
      </List>
    </Section>
  )
}

/** Over the 秒批 limit: say so now and offer the normal procedure (a window visit), before anything is filed. */
function LimitNotice({ item, fields, values }: { item: InstantItemDetail; fields: InstantField[]; values: Values }) {
  const t = useT()
  if (!fields.length) return null
  return (
    <View className='ui-section' data-testid='limit-exceeded'>
      <Banner tone='warning' icon='alert'>
        {fields.map((f) => t('approvals.form.overMax', { field: f.label, value: String(values[f.name]), max: f.max ?? 0, unit: f.unit ?? '' })).join(t('format.listSeparator'))}
        {t('approvals.form.overMaxHint')}
      </Banner>
      <View className='approvals-actions'>
        <Button variant='plain' onClick={() => go(ROUTES.hallBooking, { itemId: item.itemId })} testId='to-normal'>{t('approvals.form.toNormal')}</Button>
        <Button variant='default' onClick={() => go(ROUTES.item, { id: item.itemId })} testId='to-guide'>{t('approvals.form.toGuide')}</Button>
      </View>
    </View>
  )
}

function ApplyForm({ item, values, errors, onChange, onSubmit, submitting }: { item: InstantItemDetail; values: Values; errors: Record<string, string>; onChange: (name: string, value: Values[string]) => void; onSubmit: () => void; submitting: boolean }) {
  const t = useT()
  const over = overLimit(item.fields, values)
  return (
    <View>
      <View className='ui-section'>
        <Card>
          <Text className='ui-section__title' role='heading' aria-level={1}>{item.name}</Text>
          <View className='ui-muted'>{item.department}</View>
          <View className='approvals-item__meta'>
            <Tag tone='success'>{t('approvals.tag.instant')}</Tag>
            <Text className='ui-muted'>{t('approvals.form.result', { name: item.resultName })}</Text>
          </View>
        </Card>
      </View>
      {!item.eligible && (
        <View className='ui-section'>
          <Banner tone='warning' icon='alert'>{t(item.requiredRole === 'business' ? 'approvals.form.needBusiness' : 'approvals.form.needPerson')}</Banner>
          <View className='approvals-actions'><Button variant='plain' onClick={() => go(ROUTES.me)} testId='switch-role'>{t('approvals.form.switchRole')}</Button></View>
        </View>
      )}
      {item.eligible && (
        <>
          <Verified item={item} />
          <Section title={t('approvals.form.fill', { count: item.fields.length })}>
            <View className='ui-list' data-testid='instant-form'>
              {item.fields.map((field) => (
                <FormField key={field.name} field={field} value={values[field.name]} error={errors[field.name] || (over.includes(field) ? t('approvals.form.overMax', { field: field.label, value: String(values[field.name]), max: field.max ?? 0, unit: field.unit ?? '' }) : undefined)} onChange={(v) => onChange(field.name, v)} />
              ))}
            </View>
          </Section>
          <LimitNotice item={item} fields={over} values={values} />
          <Section title={t('approvals.form.rulesTitle', { count: item.checks.length })}>
            <Card>
              {item.checks.map((c, i) => <View key={c.id} className='approvals-rule-line'>{i + 1}. {c.label}<Text className='ui-muted'>{t('format.aside', { text: c.source })}</Text></View>)}
            </Card>
          </Section>
          <View className='ui-gap' />
          <View className='ui-footer-bar'>
            <Button block disabled={over.length > 0} loading={submitting} onClick={onSubmit} testId='instant-submit'>{t('approvals.form.submit')}</Button>
          </View>
        </>
      )}
    </View>
  )
}

/** Apply for one instant item: what was verified, the few questions left, then the decision. */
export function InstantApply({ itemId, enabled = true }: { itemId: string; enabled?: boolean }) {
  const t = useT()
  const item = useResource(() => approvalsApi.item(itemId), [itemId], { enabled: enabled && !!itemId })
  const [values, setValues] = useState<Values | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [phase, setPhase] = useState<'form' | 'deciding'>('form')
  const [result, setResult] = useState<InstantDecision | undefined>()
  const [startedAt, setStartedAt] = useState(0)
  // One key per form content: a retry or a double tap reuses it (useMutation), an edited form gets a new one (reset).
  // A decision makes a case: the case list loads again.
  const applying = useMutation((key: string, id: string, form: InstantForm) => approvalsApi.apply(id, form, key), {
    invalidates: ['cases'],
    onSuccess: setResult,
    onError: (e) => {
      if (e instanceof ApiError && e.status === 400 && e.fields) {
        setErrors(e.fields)
        setPhase('form')
      }
    },
  })

  const send = async (data: InstantItemDetail, form: InstantForm) => {
    if (applying.busy) return
    setResult(undefined)
    setStartedAt(startTimer())
    setPhase('deciding')
    await applying.run(data.itemId, form)
  }

  if (!itemId) return <EmptyState icon='bolt' title={t('approvals.form.noItem')} action={t('approvals.form.toList')} onAction={() => go(ROUTES.instant)} />
  return (
    <LoadState resource={item}>
      {(data) => {
        const current = values ?? initialValues(data.fields)
        if (phase === 'deciding') {
          return <DecisionScreen checks={data.checks} result={result} error={applying.error} startedAt={startedAt} onRetry={() => send(data, toForm(data.fields, current))} onEdit={() => setPhase('form')} />
        }
        const submit = () => {
          if (applying.busy) return
          const found = checkValues(data.fields, current, t)
          setErrors(found)
          if (Object.keys(found).length) return
          send(data, toForm(data.fields, current))
        }
        return (
          <ApplyForm
            item={data}
            values={current}
            errors={errors}
            submitting={applying.busy}
            onChange={(name, value) => {
              setValues({ ...current, [name]: value })
              applying.reset()
              if (errors[name]) setErrors({ ...errors, [name]: '' })
            }}
            onSubmit={submit}
          />
        )
      }}
    </LoadState>
  )
}
