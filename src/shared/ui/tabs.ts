import type { StringKey } from '../strings'
import type { IconName } from './icons'

/** The five tab pages, in app.config's order (weapp's native tab bar uses the same order and icons). */
export const TABS: ReadonlyArray<{ path: string; label: StringKey; icon: IconName }> = [
  { path: 'pages/home/index', label: 'tab.home', icon: 'home' },
  { path: 'pages/services/index', label: 'tab.services', icon: 'grid' },
  { path: 'pages/appointments/index', label: 'tab.appointments', icon: 'calendar' },
  { path: 'pages/safe/index', label: 'tab.safe', icon: 'safe' },
  { path: 'pages/me/index', label: 'tab.me', icon: 'user' },
]
