import type { Appointment } from '@/contract'
import type { StringKey } from './strings'

/** on: subscribed; denied: the user said no; saved: .ics made (H5); copied: details copied where downloads go nowhere (H5 in WeChat);
 * unconfigured: no template id in this build; failed: WeChat refused or errored. */
export type ReminderResult = 'on' | 'denied' | 'saved' | 'copied' | 'unconfigured' | 'failed'

/** The reminder button's label on this platform. */
export declare const REMINDER_LABEL: StringKey

/** weapp: ask for the subscribe-message authorisation; H5: download an .ics file, or copy the details where downloads go nowhere (WeChat's browser). The mock records either. */
export declare function offerReminder(appointment: Appointment): Promise<ReminderResult>
