import { Text, View } from '@tarojs/components'
import type { HallKind } from '@/contract'
import { Icon } from '@/shared/ui'
import { useT } from '../strings'
import { KIND_COLORS } from '../format'
import '../halls.entry.css'
import '../halls.css'

/**
 * The seed has photo ids but no image files: draw calm placeholder tiles in
 * the kind's colour instead of broken images, each labelled for screen readers.
 */
export function HallPhotos({ name, kind, photos }: { name: string; kind: HallKind; photos: string[] }) {
  const t = useT()
  const tiles = photos.length ? photos : ['placeholder']
  return (
    <View className='halls-photos' data-testid='hall-photos'>
      {tiles.map((photo, i) => (
        <View key={photo} className='halls-photo' role='img' aria-label={t('halls.photoAlt', { name, n: i + 1 })}
          style={{ background: `linear-gradient(135deg, ${KIND_COLORS[kind]}22 0%, ${KIND_COLORS[kind]}44 100%)` }}>
          <Icon name={kind === 'kiosk' ? 'shop' : 'building'} size={36} color={KIND_COLORS[kind]} />
          <Text className='halls-photo__caption'>{t('halls.photoAlt', { name: '', n: i + 1 }).trim()}</Text>
        </View>
      ))}
    </View>
  )
}
