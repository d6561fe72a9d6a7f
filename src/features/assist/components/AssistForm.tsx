import '../assist.css'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { AssistKind, AssistOptions, AssistSlot, AssistTargetType, CreateAssistRequest } from '@/contract'
import { ASSIST_DECLARATION_MAX, ASSIST_KINDS, isMobile } from '@/contract'
import { Banner, Button, Cell, EmptyState, Field, List, LoadState, Section, Tag } from '@/shared/ui'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { formatDateTime } from '@/shared/time'
import { useT } from '../strings'
import { assistApi } from '../api'
import { assistDraftKey, EMPTY_DRAFT, useAssistDrafts } from '../draft'
import { AssistStateTag, slotText } from './AssistStateTag'

type Errors = Partial<Record<'slot' | 'phone' | 'documentIds' | 'declaration' | 'form', string>>

const sameSlot = (a?: AssistSlot, b?: AssistSlot) => !!a && !!b && a.date === b.date && a.half === b.half

function Documents({ chosen, onToggle }: { chosen: string[]; onToggle: (id: string) => void }) {
  const t = useT()
  const docs = useResource(() => assistApi.documents(), [])
  return (
    <LoadState resource={docs} isEmpty={(d) => d.items.length === 0} empty={<View className='ui-muted'>{t('assist.form.documentsEmpty')}</View>} skeleton={<View className='ui-muted'>{t('state.loading')}</View>}>
      {(d) => (
        <View className='assist-chips'>
          {d.items.map((doc) => (
            <View key={doc.id} className={`assist-chip ${chosen.includes(doc.id) ? 'assist-chip--on' : ''}`} role='checkbox' aria-checked={chosen.includes(doc.id)} onClick={() => onToggle(doc.id)} data-testid='assist-document'>
              {doc.name}
            </View>
          ))}
        </View>
      )}
    </LoadState>
  )
}

function Form({ options, draftKey }: { options: AssistOptions; draftKey: string }) {
  const t = useT()
  const draft = useAssistDrafts((s) => s.drafts[draftKey]) ?? EMPTY_DRAFT
  const update = useAssistDrafts((s) => s.update)
  const discard = useAssistDrafts((s) => s.discard)
  const [errors, setErrors] = useState<Errors>({})
  const set = (patch: Partial<typeof draft>) => { update(draftKey, patch); setErrors({}) }
  const send = useMutation((key: string, body: CreateAssistRequest) => assistApi.create(body, key), {
    invalidates: ['assist', 'cases'],
    onSuccess: (request) => { discard(draftKey); go(ROUTES.assistDetail, { id: request.id }) },
    onError: (e) => setErrors(e instanceof ApiError && e.fields ? { ...e.fields, form: Object.values(e.fields)[0] } : { form: messageOf(e) }),
  })
  const slot = options.slots.find((s) => sameSlot(s, draft.slot))
  const home = options.homeVisit

  const submit = () => {
    const found: Errors = {}
    if (!slot) found.slot = t('assist.form.slotMissing')
    if (!isMobile(draft.phone)) found.phone = t('assist.form.phoneInvalid')
    if (draft.kind === 'proxy' && !draft.documentIds.length) found.documentIds = t('assist.form.documentsMissing')
    if (draft.kind === 'home' && !home.eligible && draft.declaration.trim().length < 2) found.declaration = t('assist.form.declarationMissing')
    setErrors(found)
    if (Object.keys(found).length || !slot) return
    void send.run({
      kind: draft.kind,
      target: { type: options.target.type, id: options.target.id },
      slot,
      phone: draft.phone,
      documentIds: draft.kind === 'proxy' ? draft.documentIds : undefined,
      declaration: draft.kind === 'home' && draft.declaration.trim() ? draft.declaration.trim() : undefined,
    })
  }

  return (
    <View data-testid='assist-form'>
      <Section title={t('assist.form.about')}>
        <List><Cell icon='people' title={options.target.name} desc={t(`assist.target.${options.target.type}`)} arrow={false} /></List>
      </Section>
      <Section title={t('assist.form.kind')}>
        <View className='assist-kinds' role='radiogroup'>
          {ASSIST_KINDS.map((kind: AssistKind) => (
            <View key={kind} className={`assist-kind ${draft.kind === kind ? 'assist-kind--on' : ''}`} role='radio' aria-checked={draft.kind === kind} onClick={() => set({ kind })} data-testid={`assist-kind-${kind}`}>
              <Text className='assist-kind__label'>{t(`assist.kind.${kind}`)}</Text>
              <Text className='assist-kind__hint'>{t(`assist.kindHint.${kind}`)}</Text>
            </View>
          ))}
        </View>
      </Section>
      {draft.kind === 'home' && (
        <Section>
          <List>
            <View className='assist-rule' data-testid='assist-eligibility' data-eligible={home.eligible}>
              <View><Tag tone={home.eligible ? 'success' : 'warning'}>{t(home.eligible ? 'assist.form.eligible' : 'assist.form.notEligible')}</Tag></View>
              <Text>{home.reason}</Text>
            </View>
            {!home.eligible && (
              <Field label={t('assist.form.declaration')} error={errors.declaration}>
                <Textarea className='assist-textarea' value={draft.declaration} maxlength={ASSIST_DECLARATION_MAX} placeholder={t('assist.form.declarationPlaceholder')} aria-label={t('assist.form.declaration')} data-testid='assist-declaration' onInput={(e) => set({ declaration: e.detail.value })} />
              </Field>
            )}
          </List>
        </Section>
      )}
      {draft.kind === 'proxy' && (
        <Section title={t('assist.form.documents')}>
          <List>
            <Field label={t('assist.form.documentsHint')} error={errors.documentIds}>
              <Documents chosen={draft.documentIds} onToggle={(id) => set({ documentIds: draft.documentIds.includes(id) ? draft.documentIds.filter((d) => d !== id) : [...draft.documentIds, id] })} />
            </Field>
          </List>
        </Section>
      )}
      <Section title={t('assist.form.slot')}>
        <List>
          <Field label={t('assist.form.slotHint')} error={errors.slot}>
            <View className='assist-chips' role='radiogroup'>
              {options.slots.map((s) => (
                <View key={`${s.date}-${s.half}`} className={`assist-chip ${sameSlot(s, draft.slot) ? 'assist-chip--on' : ''}`} role='radio' aria-checked={sameSlot(s, draft.slot)} onClick={() => set({ slot: s })} data-testid='assist-slot'>
                  {slotText(s, t)}
                </View>
              ))}
            </View>
          </Field>
        </List>
      </Section>
      <Section>
        <List>
          <Field label={t('assist.form.phone')} required error={errors.phone}>
            <Input className='ui-field__input' type='number' maxlength={11} value={draft.phone} placeholder={t('assist.form.phonePlaceholder')} aria-label={t('assist.form.phone')} data-testid='assist-phone' onInput={(e) => set({ phone: e.detail.value })} />
          </Field>
        </List>
      </Section>
      {errors.form && <View className='ui-section'><Banner tone='danger' icon='alert'>{errors.form}</Banner></View>}
      <View className='assist-actions'>
        <Button block loading={send.busy} onClick={submit} testId='assist-submit'>{t('assist.form.submit')}</Button>
      </View>
    </View>
  )
}

function Mine() {
  const t = useT()
  const list = useResource(() => assistApi.mine(), [], { tags: ['assist'] })
  return (
    <Section title={t('assist.mine')}>
      <LoadState resource={list} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='people' title={t('assist.mineEmpty')} hint={t('assist.mineEmptyHint')} />} skeleton={<View className='ui-muted'>{t('state.loading')}</View>}>
        {(d) => (
          <List>
            {d.items.map((r) => (
              <Cell key={r.id} title={`${t(`assist.kind.${r.kind}`)} · ${r.target.name}`} desc={`${r.caseNumber} · ${formatDateTime(r.createdAt)}`} extra={<AssistStateTag state={r.state} />} onClick={() => go(ROUTES.assistDetail, { id: r.id })} testId='assist-row' />
            ))}
          </List>
        )}
      </LoadState>
    </Section>
  )
}

/** 帮办代办 for an item, a bundle or a hall: the kind, the time, the callback number, and for 代办 what the staff may use. */
export function AssistForm({ type, id }: { type: AssistTargetType; id: string }) {
  const userId = useSession((s) => s.user?.id) ?? ''
  const options = useResource(() => assistApi.options(type, id), [type, id, userId])
  return (
    <View>
      <LoadState resource={options}>
        {(o) => <Form options={o} draftKey={assistDraftKey(userId, type, id)} />}
      </LoadState>
      <Mine />
    </View>
  )
}
