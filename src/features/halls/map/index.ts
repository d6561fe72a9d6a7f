/**
 * The map's own entry, imported only by the map page (subpackage): keeps
 * mapbox-gl (through HallMap.h5.tsx) out of every other bundle.
 */
export { MapScreen } from './MapScreen'
