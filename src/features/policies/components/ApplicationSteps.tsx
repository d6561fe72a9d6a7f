import '../policies.css'
import { Text, View } from '@tarojs/components'
import type { PolicyApplication } from '@/contract'
import { Icon, colors } from '@/shared/ui'
import { useT } from '../strings'
import { formatShortDateTime } from '@/shared/time'

/** 申报 → 审核 → 兑现, each dated when reached, or with when it is expected. */
export function ApplicationSteps({ application }: { application: PolicyApplication }) {
  const t = useT()
  return (
    <View className='policies-steps' data-testid='application-steps'>
      {application.steps.map((step, i) => {
        const done = !!step.at
        const current = done && (i === application.steps.length - 1 || !application.steps[i + 1].at)
        return (
          <View key={step.status} className={`policies-step ${done ? 'policies-step--done' : ''} ${current ? 'policies-step--current' : ''}`} data-testid={`step-${step.status}`} data-done={done ? 'true' : 'false'}>
            <View className='policies-step__dot'>{done ? <Icon name='check' color={colors.white} size={14} /> : <Text>{i + 1}</Text>}</View>
            <Text className='policies-step__name'>{t(`policies.step.${step.status}`)}</Text>
            <Text className='policies-step__time'>{step.at ? formatShortDateTime(step.at) : step.due ? t('policies.step.expected', { time: formatShortDateTime(step.due) }) : ''}</Text>
          </View>
        )
      })}
    </View>
  )
}
