/**
 * The light part, safe for the 预约 tab in the main package. The hall page,
 * busy hours, item picker and recommendations are in ./screens (subpackage
 * pages only), the map in ./map (the map page only).
 */
export { hallsApi } from './api'
export { HallCard } from './components/HallCard'
export { HallList, sortHalls } from './components/HallList'
export { KIND_COLORS, hallOpenState, openText, distanceText } from './format'
export { navigateTo, getPosition } from './position'
export type { UserPosition } from './position'
