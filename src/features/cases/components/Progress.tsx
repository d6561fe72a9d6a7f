import '../cases.css'
import { Text, View } from '@tarojs/components'
import type { Case, SubCase } from '@/contract'
import { useT } from '../strings'
import { ASSIST_STEP, ASSIST_STEPS, STATUS, STEPS } from '../status'

/** Whether the case has a result to hand over (a pickup, or an e-certificate delivered to the safe). */
function hasDelivery(record: Case): boolean {
  return !!record.pickupRequired || !!record.certificateId || record.events.some((e) => e.kind === 'collected')
}

function stepOf(record: Case, sub: SubCase): number {
  const collected = record.events.some((e) => e.kind === 'collected' && (!e.subCaseId || e.subCaseId === sub.id))
  return Math.max(STATUS[sub.status].step, collected ? 4 : 0)
}

/** A help request (帮办代办) moves as one, whatever it is about (an item, a bundle, a hall): the whole case as one row. */
export function wholeCase(record: Case): SubCase {
  return { id: record.id, itemId: record.sourceId, itemName: record.title, department: '', status: record.status, updatedAt: record.updatedAt }
}

/** One item's steps as a row of dots and labels; a refusal or correction shows on the step it stopped at. */
export function StepBar({ record, sub, compact }: { record: Case; sub: SubCase; compact?: boolean }) {
  const t = useT()
  const assist = record.source === 'assist'
  const steps = assist ? ASSIST_STEPS : hasDelivery(record) ? STEPS : STEPS.slice(0, 4)
  const at = Math.min(assist ? ASSIST_STEP[sub.status] ?? 0 : stepOf(record, sub), steps.length - 1)
  const tone = STATUS[sub.status].tone
  return (
    <View className={`cases-steps ${compact ? 'cases-steps--compact' : ''}`} role='progressbar' aria-valuemin={1} aria-valuemax={steps.length} aria-valuenow={at + 1} aria-label={t('format.labelValue', { label: sub.itemName, value: t(STATUS[sub.status].label) })} data-testid='step-bar'>
      {steps.map((key, i) => (
        <View key={key} className={`cases-step ${i <= at ? `cases-step--on cases-step--${i === at ? tone : 'primary'}` : ''}`}>
          <View className='cases-step__line' />
          <View className='cases-step__dot' />
          {!compact && <Text className='cases-step__label'>{i === at && (sub.status === 'rejected' || sub.status === 'needs-correction') ? t(STATUS[sub.status].label) : t(key)}</Text>}
        </View>
      ))}
    </View>
  )
}
