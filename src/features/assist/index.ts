/** 帮办代办: what other pages take is only the small entry link (the screens are in ./screens, for the assist subpackage). */
export { AssistLink } from './components/AssistLink'
