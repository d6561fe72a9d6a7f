/**
 * The light part, safe for the 预约 tab in the main package; booking, the slot
 * picker, my appointments and the appointment page are in ./screens.
 */
export { appointmentsApi } from './api'
export { AppointmentCard, useMyAppointments } from './components/AppointmentCard'
export { Countdown } from './components/Countdown'
export { whenText, isUpcoming, STATUS_TONE } from './format'
/**
 * For clerk mode (issue 5): the check-in QR's format and the contract types
 * live in @/contract (checkinQrText, parseCheckinQr, CheckInRequest,
 * CheckInResponse); clerk mode calls POST /api/appointments/:id/check-in
 * through its own api.ts. Re-exported here so both sides name one source.
 */
export { CHECKIN_QR_PREFIX, checkinQrText, parseCheckinQr } from '@/contract'
export type { Appointment, CheckInRequest, CheckInResponse } from '@/contract'
