/**
 * The visit: 在线取号, live calling, floor plans, the clerk's window. Only
 * subpackage pages (the visit's and the hall page) import this, so none of it
 * is in the main package. Each component imports its strings and stylesheet
 * itself: package.json's sideEffects keeps those imports, not a barrel's.
 */

export { visitApi } from './api'
export { VisitEntry } from './components/VisitEntry'
export { TicketView } from './components/TicketView'
export { TakeTicket } from './components/TakeTicket'
export { Workbench } from './components/Workbench'
export { FloorPlan } from './components/FloorPlan'
export { UsualQueue } from './components/UsualQueue'
