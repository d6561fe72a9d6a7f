import { Text, View } from '@tarojs/components'
import { BOOKING_DAYS, type Slot } from '@/contract'
import { EmptyState, LoadState, Skeleton, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT, type StringKey } from '../strings'
import { local, today } from '@/shared/time'
import { appointmentsApi } from '../api'
import '../appointments.entry.css'
import '../appointments.css'

/** The server's today and the next six days, YYYY-MM-DD in the district's time. */
export function bookingDates(from: string = today()): string[] {
  const first = local(`${from}T00:00:00+08:00`)
  return Array.from({ length: BOOKING_DAYS }, (_, i) => first.add(i, 'day').format('YYYY-MM-DD'))
}

export function slotTime(slot: Pick<Slot, 'start'>): string {
  return local(slot.start).format('HH:mm')
}

/**
 * Date strip and the day's 30-minute slots. Full slots stay visible but
 * cannot be chosen (dimmed, labelled 已满, no tap handler).
 */
export function SlotPicker({ hallId, itemId, date, onDate, selected, onSelect, exceptStart }: {
  hallId: string
  itemId: string
  date: string
  onDate: (date: string) => void
  selected?: string
  onSelect: (slot: Slot) => void
  /** when rescheduling: the booking's own slot, shown as current */
  exceptStart?: string
}) {
  const t = useT()
  const slots = useResource(() => appointmentsApi.slots(hallId, itemId, date), [hallId, itemId, date])
  const dates = bookingDates()
  return (
    <View data-testid='slot-picker'>
      <View className='appointments-dates' role='tablist' aria-label={t('halls.book.chooseDate')}>
        {dates.map((d, i) => {
          const day = local(`${d}T00:00:00+08:00`)
          const label = i === 0 ? t('halls.book.today') : i === 1 ? t('halls.book.tomorrow') : t(`halls.weekday.${day.day()}` as StringKey)
          return (
            <View key={d} role='tab' aria-selected={d === date} data-testid={`slot-date-${d}`}
              className={`appointments-date ${d === date ? 'appointments-date--on' : ''}`} onClick={() => onDate(d)}>
              <Text className='appointments-date__label'>{label}</Text>
              <Text className='appointments-date__day'>{day.format('M/D')}</Text>
            </View>
          )
        })}
      </View>
      <LoadState resource={slots} skeleton={<Skeleton cards={1} rows={4} />}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState icon='calendar' title={slots.data?.reason ? t(`halls.book.noSlots.${slots.data.reason}` as StringKey, { name: slots.data.holiday ?? '' }) : t('halls.book.noSlots.closed')} hint={t('halls.book.chooseDate')} />}>
        {(data) => (
          <>
            {data.items.every((s) => s.booked >= s.capacity) && <Text className='appointments-note'>{t('halls.book.allFull')}</Text>}
            <View className='appointments-slots' role='listbox' aria-label={t('halls.book.chooseSlot')}>
              {data.items.map((slot) => {
                const left = slot.capacity - slot.booked
                const full = left <= 0 && slot.start !== exceptStart
                const on = slot.start === selected
                return (
                  <View key={slot.start} role='option' aria-selected={on} aria-disabled={full}
                    aria-label={full ? t('halls.book.fullLabel', { time: slotTime(slot) }) : t('halls.book.slotLabel', { time: slotTime(slot), count: left })}
                    data-testid={full ? 'slot-full' : 'slot'} data-start={slot.start}
                    className={`appointments-slot ${full ? 'appointments-slot--full' : ''} ${on ? 'appointments-slot--on' : ''}`}
                    onClick={full ? undefined : () => onSelect(slot)}>
                    <Text className='appointments-slot__time'>{slotTime(slot)}</Text>
                    <Text className='appointments-slot__left'>{full ? t('halls.book.full') : t('halls.book.left', { count: left })}</Text>
                    {slot.cloudWindow && <Tag tone='warning'>{t('halls.cloudWindow')}</Tag>}
                  </View>
                )
              })}
            </View>
          </>
        )}
      </LoadState>
    </View>
  )
}
