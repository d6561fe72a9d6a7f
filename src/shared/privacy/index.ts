export { onPlatformPrivacyRequest, usePrivacy } from './store'
export type { PrivacyPurpose } from './store'
export { PrivacyPopup } from './PrivacyPopup'
