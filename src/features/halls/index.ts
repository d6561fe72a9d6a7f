export { hallsApi } from './api'
export { HallList } from './components/HallList'
