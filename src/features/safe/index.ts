export { safeApi } from './api'
export { DocumentList } from './components/DocumentList'
