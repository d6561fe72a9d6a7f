import './mail.css'

export { mailApi } from './api'
export { AddressBook } from './components/AddressBook'
export { AddressForm } from './components/AddressForm'
export { DeliveryChoice, type DeliveryDraft } from './components/DeliveryChoice'
export { CaseDelivery, MailInCard } from './components/CaseMail'
