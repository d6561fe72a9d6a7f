import '../visit.css'
import { Text, View } from '@tarojs/components'
import type { HallPlan } from '@/contract'
import { Tag } from '@/shared/ui'
import { useT } from '../strings'
import { levelText } from '../format'

/**
 * The hall's floors drawn from its plan: each floor a band, zones as rooms,
 * windows as boxes (the one to go to highlighted), facilities as chips. Drawn
 * with views rather than an SVG image so it reads the same on both targets,
 * scales with 关怀模式 type and is read out by screen readers.
 */
export function FloorPlan({ plan, highlight, onlyLevel }: { plan: HallPlan; highlight?: string; onlyLevel?: number }) {
  const t = useT()
  if (plan.selfService) return <Text className='visit-plan__note'>{t('visit.plan.selfService')}</Text>
  const floors = [...plan.floors].filter((f) => onlyLevel === undefined || f.level === onlyLevel).sort((a, b) => b.level - a.level)
  return (
    <View className='visit-plan' data-testid='floor-plan'>
      {floors.map((floor) => (
        <View key={floor.level} className={`visit-plan__floor${floor.zones.some((z) => z.windows.some((w) => w.no === highlight)) ? ' visit-plan__floor--here' : ''}`}>
          <Text className='visit-plan__level'>{levelText(floor.level)}</Text>
          <View className='visit-plan__body'>
            {floor.zones.map((zone) => (
              <View key={zone.id} className='visit-plan__zone'>
                <Text className='visit-plan__zone-name'>{`${zone.id} · ${zone.name}`}</Text>
                <View className='visit-plan__windows'>
                  {zone.windows.map((w) => {
                    const here = w.no === highlight
                    return (
                      <View
                        key={w.no}
                        className={`visit-plan__window${here ? ' visit-plan__window--here' : ''}${w.general ? ' visit-plan__window--general' : ''}`}
                        data-testid={here ? 'plan-window-here' : undefined}
                        aria-label={here ? `${t('visit.plan.you')} ${w.no}` : w.no}
                      >
                        <Text className='visit-plan__window-no'>{w.no}</Text>
                        {w.general ? <Text className='visit-plan__window-tag'>{t('visit.plan.general')}</Text> : null}
                        {w.priority ? <Text className='visit-plan__window-tag'>{t('visit.plan.priority')}</Text> : null}
                      </View>
                    )
                  })}
                </View>
              </View>
            ))}
            {floor.facilities.length ? (
              <View className='visit-plan__facilities'>
                {floor.facilities.map((f) => <Tag key={f} tone='neutral'>{t(`visit.facility.${f}`)}</Tag>)}
              </View>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}
