/**
 * The heavier screens, imported only by the halls subpackage's pages, so that
 * the main package (the 预约 tab imports ./index) stays light. Each component
 * imports the stylesheet itself: package.json's sideEffects keeps only the
 * top-level feature barrels, and this is not one.
 */
export { HallDetailView } from './components/HallDetailView'
export { BusyHours } from './components/BusyHours'
export { ItemPicker } from './components/ItemPicker'
export { Recommendations } from './components/Recommendations'
