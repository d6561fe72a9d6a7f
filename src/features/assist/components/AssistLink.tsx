import { View } from '@tarojs/components'
import { Cell, List } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { go, ROUTES } from '@/shared/routes'
import type { AssistTargetType } from '@/contract'

/** The one small entry an item guide, a bundle or a hall page carries: opens the request form. */
export function AssistLink({ type, id }: { type: AssistTargetType; id: string }) {
  const t = useT()
  return (
    <View className='ui-section'>
      <List>
        <Cell icon='people' title={t('assist.entry')} desc={t('assist.entryHint')} onClick={() => go(ROUTES.assistRequest, { type, id })} testId='assist-entry' />
      </List>
    </View>
  )
}
