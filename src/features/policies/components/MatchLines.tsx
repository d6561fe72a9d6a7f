import '../policies.css'
import { Text, View } from '@tarojs/components'
import { Icon, colors } from '@/shared/ui'

/** Reasons (ticked) or what is missing (flagged), one line each. */
export function MatchLines({ lines, kind, testId }: { lines: string[]; kind: 'reason' | 'missing'; testId?: string }) {
  return (
    <View data-testid={testId}>
      {lines.map((line) => (
        <View key={line} className='policies-why__line'>
          <Icon name={kind === 'reason' ? 'check' : 'alert'} color={kind === 'reason' ? colors.success : colors.warning} size={14} className='policies-why__icon' />
          <Text>{line}</Text>
        </View>
      ))}
    </View>
  )
}
