import './catalogue.css'

export { catalogueApi } from './api'
export { ThemeGroups } from './components/ThemeGroups'
export { CatalogueBrowser } from './components/CatalogueBrowser'
export { ItemRow } from './components/ItemRow'
export { useItemSearch } from './useItemSearch'
export { ItemGuide } from './components/ItemGuide'
export { openCatalogue } from './intent'
