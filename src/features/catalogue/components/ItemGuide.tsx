import { Text, View } from '@tarojs/components'
import type { ServiceItem } from '@/contract'
import { Card, Cell, List, LoadState, Section, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT } from '@/shared/strings'
import { catalogueApi } from '../api'

/** 办事指南: conditions, materials, time limit, fee and how it can be done. */
export function ItemGuide({ itemId }: { itemId: string }) {
  const t = useT()
  const item = useResource(() => catalogueApi.item(itemId), [itemId])
  return (
    <LoadState resource={item}>
      {(data: ServiceItem) => (
        <View data-testid='item-guide'>
          <View className='ui-section'>
            <Card>
              <Text className='ui-section__title' role='heading' aria-level={1}>{data.name}</Text>
              <View className='ui-muted' style={{ marginTop: '4px' }}>{data.department}</View>
              <View className='catalogue-tags'>
                {data.instant && <Tag tone='success'>{t('item.instant')}</Tag>}
                {data.noCertificate && <Tag tone='primary'>{t('item.noCertificate')}</Tag>}
                {data.commitment && <Tag tone='warning'>{t('item.commitment')}</Tag>}
                {data.deferrable && <Tag tone='warning'>{t('item.deferrable')}</Tag>}
                {data.online && <Tag tone='neutral'>{t('item.online')}</Tag>}
              </View>
            </Card>
          </View>
          <Section title='办理信息'>
            <List>
              <Cell title='承诺时限' extra={data.timeLimitDays === 0 ? t('item.timeLimitNow') : t('item.timeLimit', { days: data.timeLimitDays })} />
              <Cell title='收费' extra={data.fee} />
              <Cell title='办理方式' extra={data.online ? '网上办理、窗口办理' : '窗口办理'} />
            </List>
          </Section>
          <Section title='申请条件'>
            <Card>
              {data.conditions.map((c, i) => <View key={i} className='ui-muted' style={{ color: 'var(--c-text-2)' }}>{i + 1}. {c}</View>)}
            </Card>
          </Section>
          <Section title={`申请材料（${data.materials.length}）`}>
            <List>
              {data.materials.map((m) => (
                <Cell key={m.id} icon='file' title={m.name} desc={m.licenceType ? '可调用电子证照，无需提交纸质材料' : m.deferrable ? '可容缺后补' : m.commitmentAllowed ? '可告知承诺替代' : undefined} />
              ))}
            </List>
          </Section>
        </View>
      )}
    </LoadState>
  )
}
