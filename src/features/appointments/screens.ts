/**
 * The heavier screens, imported only by the halls subpackage's pages (the 预约
 * tab imports ./index). Each component imports the stylesheet itself:
 * package.json's sideEffects keeps only the top-level feature barrels.
 */
export { SlotPicker } from './components/SlotPicker'
export { BookingForm } from './components/BookingForm'
export { MyAppointments } from './components/MyAppointments'
export { AppointmentDetail } from './components/AppointmentDetail'
export { RenewalNote } from './components/RenewalNote'
