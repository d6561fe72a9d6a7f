import type { Appointment } from '@/contract'
import type { StringKey } from '@/shared/strings'

export type ReminderResult = 'on' | 'denied' | 'saved' | 'copied'

/** The reminder button's label on this platform. */
export declare const REMINDER_LABEL: StringKey

/** weapp: ask for the subscribe-message authorisation; H5: download an .ics file, or copy the details where downloads go nowhere (WeChat's browser). The mock records either. */
export declare function offerReminder(appointment: Appointment): Promise<ReminderResult>
