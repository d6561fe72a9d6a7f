// imported here, not only from index.ts: tree-shaking (package.json sideEffects) drops a re-export module's own CSS import
import '../bundles.css'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BundleApplicationRequest, BundleDetail, BundleField, MaterialChoice, SafeDocument } from '@/contract'
import { selectBundle, unansweredQuestions } from '@/contract'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { Banner, Button, LoadState, Skeleton } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { ROUTES } from '@/shared/routes'
import { bundlesApi } from '../api'
import { useBundle } from '../hooks'
import { draftKey, STEPS, useDrafts, type Draft, type Step } from '../draft'
import { formErrors } from '../validation'
import { pickFile } from '@/shared/files/pickFile'
import { QuestionsStep } from './QuestionsStep'
import { FormStep } from './FormStep'
import { MaterialsStep } from './MaterialsStep'
import { ReviewStep } from './ReviewStep'
import { DeliveryChoice, type DeliveryDraft } from '@/features/mail'

/** Server refusals by where they belong: `form.x` beside field x, `materials.y` on material y. */
interface ServerErrors {
  form: Record<string, string>
  materials: Record<string, string>
}
const NO_ERRORS: ServerErrors = { form: {}, materials: {} }

function splitServerErrors(fields: Record<string, string> = {}): ServerErrors {
  const out: ServerErrors = { form: {}, materials: {} }
  for (const [path, message] of Object.entries(fields)) {
    const [area, id] = [path.slice(0, path.indexOf('.')), path.slice(path.indexOf('.') + 1)]
    if (area === 'form') out.form[id] = message
    if (area === 'materials') out.materials[id] = message
  }
  return out
}

function StepBar({ step, hasQuestions }: { step: Step; hasQuestions: boolean }) {
  const t = useT()
  const steps = hasQuestions ? STEPS : STEPS.filter((s) => s !== 'questions')
  const at = steps.indexOf(step)
  return (
    <View className='bundles-steps' aria-label={t('bundles.stepOf', { n: at + 1, total: steps.length })} data-testid='step-bar'>
      {steps.map((s, i) => (
        <View key={s} className={`bundles-steps__step ${i < at ? 'bundles-steps__step--done' : ''} ${i === at ? 'bundles-steps__step--on' : ''}`}>
          <Text className='bundles-steps__dot'>{i + 1}</Text>
          <Text className='bundles-steps__label'>{t(`bundles.step.${s}`)}</Text>
        </View>
      ))}
    </View>
  )
}

interface FlowProps {
  data: BundleDetail
  draftId: string
  draft: Draft
  documents: SafeDocument[]
}

function Flow({ data, draftId, draft, documents }: FlowProps) {
  const t = useT()
  const update = useDrafts((s) => s.update)
  const finish = useDrafts((s) => s.finish)
  const phoneMasked = useSession((s) => s.user?.phoneMasked)
  const idNumberMasked = useSession((s) => s.user?.idNumberMasked)
  const masked = useMemo(() => ({ phone: phoneMasked, idNumber: idNumberMasked }), [phoneMasked, idNumberMasked])
  const [focusId, setFocusId] = useState<string>()
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [attempted, setAttempted] = useState<Partial<Record<Step, boolean>>>({})
  const [server, setServer] = useState<ServerErrors>(NO_ERRORS)
  const [failure, setFailure] = useState<string>()
  const [deliveryError, setDeliveryError] = useState<string | true>()
  const delivery: DeliveryDraft = draft.delivery ?? { method: 'window' }
  const setDelivery = useCallback((next: DeliveryDraft) => {
    update(draftId, { delivery: next })
    setDeliveryError(undefined)
  }, [update, draftId])
  const hasQuestions = data.questions.length > 0
  const step: Step = !hasQuestions && draft.step === 'questions' ? 'form' : draft.step

  const selection = useMemo(() => selectBundle(data, data.itemGuides, draft.answers), [data, draft.answers])
  const itemName = (id: string) => data.itemGuides.find((g) => g.id === id)?.name ?? id
  // Untouched fields show the profile's value; what the user typed (or cleared) wins and is what the draft keeps.
  const prefill = (f: BundleField) => (f.prefill ? data.prefill?.[f.prefill] : undefined)
  const values: Record<string, string> = {}
  for (const f of selection.fields) values[f.id] = draft.form[f.id] ?? prefill(f) ?? ''
  // 免证办: a licence the safe already holds is attached unless the user chose otherwise.
  const choices: Record<string, MaterialChoice | undefined> = {}
  for (const m of selection.materials) {
    const licence = m.licenceType ? documents.find((d) => d.type === m.licenceType) : undefined
    choices[m.id] = draft.materials[m.id] ?? (licence ? { materialId: m.id, source: 'safe', documentId: licence.id } : undefined)
  }

  const allFieldErrors = { ...formErrors(selection.fields, values), ...server.form }
  const shownFieldErrors = Object.fromEntries(Object.entries(allFieldErrors).filter(([id]) => attempted.form || touched[id] || server.form[id]))
  const materialErrors: Record<string, string> = { ...server.materials }
  for (const m of selection.materials) if (!choices[m.id] && !materialErrors[m.id]) materialErrors[m.id] = t('bundles.materialMissing')
  const shownMaterialErrors = Object.fromEntries(Object.entries(materialErrors).filter(([id]) => attempted.materials || server.materials[id]))
  const missingAnswers = unansweredQuestions(data, draft.answers)

  const go = (next: Step) => {
    update(draftId, { step: next })
    // a new step starts at its top; where scrolling is unsupported the step still changes
    Promise.resolve().then(() => Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
  }
  const forward = () => {
    setAttempted((a) => ({ ...a, [step]: true }))
    if (step === 'questions' && missingAnswers.length) return
    if (step === 'form' && Object.keys(allFieldErrors).length) {
      showField(selection.fields.find((f) => allFieldErrors[f.id])?.id)
      return
    }
    if (step === 'materials' && Object.keys(materialErrors).length) return
    go(STEPS[STEPS.indexOf(step) + 1])
  }
  // "还有 1 项需要修改" points at a field that may be off screen: bring the first one into view and into focus
  // (the focus prop goes off and on again, so a second try focuses again).
  const showField = (id: string | undefined) => {
    if (!id) return
    setFocusId(undefined)
    setTimeout(() => {
      setFocusId(id)
      Promise.resolve().then(() => Taro.pageScrollTo({ selector: `#field-${id}`, offsetTop: -96, duration: 200 })).catch(() => undefined)
    }, 0)
  }
  const back = () => go(STEPS[Math.max(hasQuestions ? 0 : 1, STEPS.indexOf(step) - 1)])
  const clearServer = (area: keyof ServerErrors, id: string) => {
    if (server[area][id]) setServer((s) => ({ ...s, [area]: Object.fromEntries(Object.entries(s[area]).filter(([k]) => k !== id)) }))
  }
  const setField = (id: string, value: string) => {
    update(draftId, { form: { ...draft.form, [id]: value } })
    clearServer('form', id)
  }
  const choose = (choice: MaterialChoice) => {
    update(draftId, { materials: { ...draft.materials, [choice.materialId]: choice } })
    clearServer('materials', choice.materialId)
  }
  const clearMaterial = (materialId: string) => {
    const { [materialId]: _gone, ...rest } = draft.materials
    update(draftId, { materials: rest })
  }
  const upload = async (materialId: string) => {
    const file = await pickFile()
    if (file) choose({ materialId, source: 'upload', fileName: file.name, fileSize: file.size })
  }

  // The draft's id is the submission's Idempotency-Key (not useMutation's own): it survives the app being killed
  // between sending and the answer, so submitting again after a reload still makes one application.
  const submission = useMutation((_key: string, body: BundleApplicationRequest) => bundlesApi.submit(data.id, body, draft.id), {
    invalidates: ['cases'],
    onSuccess: (result) => {
      finish(draftId, { ...result, bundleId: data.id, bundleName: data.name })
      // replace the form page: Back from the done screen must not reopen a submitted application
      Taro.redirectTo({ url: `${ROUTES.bundleDone}?case=${encodeURIComponent(result.caseId)}` })
    },
    onError: (e) => {
      const fields = e instanceof ApiError ? e.fields : undefined
      if (fields?.['delivery.addressId']) {
        setDeliveryError(fields['delivery.addressId'])
        setFailure(t('bundles.serverFix'))
      } else if (fields) {
        const split = splitServerErrors(fields)
        setServer(split)
        setFailure(t('bundles.serverFix'))
        if (Object.keys(split.form).length) {
          go('form')
          showField(selection.fields.find((f) => split.form[f.id])?.id)
        }
        else if (Object.keys(split.materials).length) go('materials')
      } else {
        setFailure(t('bundles.submitFailed', { message: messageOf(e) }))
      }
    },
  })
  const submit = () => {
    if (delivery.method === 'post' && !delivery.addressId) {
      setDeliveryError(true)
      return
    }
    setFailure(undefined)
    submission.run({
      answers: Object.fromEntries(data.questions.map((q) => [q.id, draft.answers[q.id]])),
      form: Object.fromEntries(selection.fields.map((f) => [f.id, values[f.id].trim()])),
      materials: selection.materials.map((m) => choices[m.id]).filter((c): c is MaterialChoice => !!c),
      delivery: delivery.method === 'post' && delivery.addressId ? { method: 'post' as const, addressId: delivery.addressId } : { method: 'window' as const },
    })
  }

  const selectedCount = selection.itemIds.length
  const errorCount = step === 'form' ? Object.keys(shownFieldErrors).length : step === 'materials' ? Object.keys(shownMaterialErrors).length : 0
  return (
    <View data-testid={`bundle-step-${step}`}>
      <StepBar step={step} hasQuestions={hasQuestions} />
      <Banner icon='check'>{t('bundles.draftSaved')}</Banner>
      {failure && <Banner tone='danger' icon='alert'>{failure}</Banner>}
      {step === 'questions' && (
        <QuestionsStep questions={data.questions} answers={draft.answers} missing={attempted.questions ? missingAnswers : []} onAnswer={(id, value) => update(draftId, { answers: { ...draft.answers, [id]: value } })} />
      )}
      {step === 'form' && (
        <FormStep
          fields={selection.fields}
          values={values}
          errors={shownFieldErrors}
          sharedBy={(f) => f.itemIds.filter((id) => selection.itemIds.includes(id)).length}
          prefilled={(f) => draft.form[f.id] === undefined && !!prefill(f)}
          masked={masked}
          focusId={focusId}
          onChange={setField}
          onBlur={(id) => {
            setTouched((s) => ({ ...s, [id]: true }))
            if (id === focusId) setFocusId(undefined)
          }}
        />
      )}
      {step === 'materials' && (
        <MaterialsStep materials={selection.materials} produced={selection.produced} choices={choices} documents={documents} errors={shownMaterialErrors} itemName={itemName} onChoose={choose} onUpload={upload} onClear={clearMaterial} />
      )}
      {step === 'review' && (
        <>
          <ReviewStep itemNames={selection.itemIds.map(itemName)} fields={selection.fields} values={values} materials={selection.materials} choices={choices} masked={masked} onEdit={go} />
          <DeliveryChoice value={delivery} onChange={setDelivery} error={deliveryError} />
        </>
      )}
      <View className='ui-gap' />
      <View className='ui-footer-bar bundles-footer'>
        {errorCount > 0 && (
          <Text className='bundles-footer__note bundles-footer__note--error' role='alert' data-testid='step-errors'>
            {t(step === 'form' ? 'bundles.fixErrors' : 'bundles.materialsLeft', { count: errorCount })}
          </Text>
        )}
        {step === 'questions' && !missingAnswers.length && <Text className='bundles-footer__note' data-testid='selected-count'>{t('bundles.selected', { count: selectedCount })}</Text>}
        {step === 'review' && <Text className='bundles-footer__note'>{t('bundles.submitHint')}</Text>}
        <View className='ui-row' style={{ gap: '12px', width: '100%' }}>
          {step !== (hasQuestions ? 'questions' : 'form') && <View style={{ flex: 1 }}><Button variant='default' block onClick={back} testId='step-back'>{t('bundles.prev')}</Button></View>}
          <View style={{ flex: 2 }}>
            {step === 'review'
              ? <Button block loading={submission.busy} onClick={submit} testId='bundle-submit'>{t('bundles.submit')}</Button>
              : <Button block onClick={forward} testId='step-next'>{t('bundles.next')}</Button>}
          </View>
        </View>
      </View>
    </View>
  )
}

/** 一件事 guided application: situation → one form → materials → confirm, saved on the device at every step. */
export function GuidedApplication({ bundleId }: { bundleId: string }) {
  const t = useT()
  const { userId, role, detail } = useBundle(bundleId)
  const documents = useResource(() => bundlesApi.documents(), [userId], { enabled: !!userId })
  const key = userId ? draftKey(userId, bundleId) : undefined
  const draft = useDrafts((s) => (key ? s.drafts[key] : undefined))
  const open = useDrafts((s) => s.open)
  const signIn = useSession((s) => s.signIn)
  // Open the draft once per user and bundle: after submitting, the draft is gone and must not come back empty.
  const openedFor = useRef<string>()
  useEffect(() => {
    if (key && !draft && openedFor.current !== key) open(key, bundleId)
    if (key) openedFor.current = key
  }, [key, draft, open, bundleId])
  return (
    <LoadState resource={detail}>
      {(data: BundleDetail) => {
        const needs = data.target === 'business' ? 'business' : data.target === 'person' ? 'resident' : undefined
        if (role && needs && role !== needs) {
          return (
            <View className='ui-section' data-testid='bundle-wrong-role'>
              <Banner tone='warning' icon='alert'>{t(needs === 'business' ? 'bundles.needBusiness' : 'bundles.needPerson')}</Banner>
              <View className='ui-gap' />
              <Button block onClick={() => signIn(needs)}>{t(needs === 'business' ? 'bundles.switchToBusiness' : 'bundles.switchToPerson')}</Button>
            </View>
          )
        }
        if (!key || !draft || documents.data === undefined) {
          return documents.error ? <LoadState resource={documents}>{() => null}</LoadState> : <View className='ui-section'><Skeleton /></View>
        }
        return <Flow data={data} draftId={key} draft={draft} documents={documents.data.items} />
      }}
    </LoadState>
  )
}
