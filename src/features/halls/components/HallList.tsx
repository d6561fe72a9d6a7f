import { View } from '@tarojs/components'
import type { HallWithDistance } from '@/contract'
import { Button, EmptyState } from '@/shared/ui'
import { useEntryT as useT } from '../strings.entry'
import { KIND_ORDER } from '../format'
import { HallCard } from './HallCard'
import '../halls.entry.css'

/** Nearest first when distances are known, else by kind (centre first) then name. */
export function sortHalls(halls: HallWithDistance[]): HallWithDistance[] {
  return [...halls].sort((a, b) => {
    if (a.distanceKm !== undefined && b.distanceKm !== undefined) return a.distanceKm - b.distanceKm
    return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name)
  })
}

const PAGE = 20

/**
 * Halls as a list: the map's twin for screen readers and people who prefer
 * lists. Shows PAGE at a time so 123 cards do not all render at once.
 */
export function HallList({ halls, shown, onMore, onOpen, onReset }: { halls: HallWithDistance[]; shown?: number; onMore?: () => void; onOpen: (hall: HallWithDistance) => void; onReset?: () => void }) {
  const t = useT()
  if (halls.length === 0) {
    return <EmptyState icon='pin' title={t('halls.empty')} hint={t('halls.emptyHint')} action={onReset ? t('halls.showAll') : undefined} onAction={onReset} />
  }
  const limit = shown ?? PAGE
  return (
    <View data-testid='hall-list'>
      {sortHalls(halls).slice(0, limit).map((hall) => <HallCard key={hall.id} hall={hall} onOpen={onOpen} />)}
      {limit < halls.length && onMore && (
        <View className='halls-more'>
          <Button variant='default' block onClick={onMore}>{t('action.more')}</Button>
        </View>
      )}
    </View>
  )
}

export const HALL_LIST_PAGE = PAGE
