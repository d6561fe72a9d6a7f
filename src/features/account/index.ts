export { ProfileCard } from './components/ProfileCard'
export { RoleSwitcher } from './components/RoleSwitcher'
export { Settings } from './components/Settings'
export { PrivacyGuide } from './components/PrivacyGuide'
