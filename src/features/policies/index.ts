// The entry components import policies.css too: with package.json sideEffects, webpack skips this
// barrel (and its CSS import) when a page takes only named exports from it.
import './policies.css'

export { policiesApi } from './api'
export { PolicyArea } from './components/PolicyArea'
export { ForYou } from './components/ForYou'
export { PolicyBrowser } from './components/PolicyBrowser'
export { PolicyDetail } from './components/PolicyDetail'
export { ApplyForm } from './components/ApplyForm'
export { ApplicationStatus } from './components/ApplicationStatus'
export { ApplicationList } from './components/ApplicationList'
export { ProfileForm } from './components/ProfileForm'
export { NewMatchesBadge } from './components/NewMatchesBadge'
export { useNewMatches } from './seen'
export { PolicyMeEntries } from './components/PolicyMeEntries'
