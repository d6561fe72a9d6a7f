/** The assist subpackage's screens (heavy: imported only by its pages). */
export { AssistForm } from './components/AssistForm'
export { AssistDetail } from './components/AssistDetail'
export { AssistDesk } from './components/AssistDesk'
export { assistApi } from './api'
