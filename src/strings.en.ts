import { common } from './shared/strings/en/common'
import { en as account } from './features/account/strings.en'
import { en as appointments } from './features/appointments/strings.en'
import { en as appointmentsEntry } from './features/appointments/strings.entry.en'
import { en as approvals } from './features/approvals/strings.en'
import { en as assist } from './features/assist/strings.en'
import { en as bundles } from './features/bundles/strings.en'
import { en as cases } from './features/cases/strings.en'
import { en as casesEntry } from './features/cases/strings.entry.en'
import { en as catalogue } from './features/catalogue/strings.en'
import { en as clerk } from './features/clerk/strings.en'
import { en as halls } from './features/halls/strings.en'
import { en as hallsEntry } from './features/halls/strings.entry.en'
import { en as mail } from './features/mail/strings.en'
import { en as policies } from './features/policies/strings.en'
import { en as policiesEntry } from './features/policies/strings.entry.en'
import { en as safe } from './features/safe/strings.en'
import { en as safeEntry } from './features/safe/strings.entry.en'
import { en as visit } from './features/visit/strings.en'

/** Every English string: the app-wide ones and each feature's. */
export const en: Record<string, string> = {
  ...common,
  ...account,
  ...appointments,
  ...appointmentsEntry,
  ...approvals,
  ...assist,
  ...bundles,
  ...cases,
  ...casesEntry,
  ...catalogue,
  ...clerk,
  ...halls,
  ...hallsEntry,
  ...mail,
  ...policies,
  ...policiesEntry,
  ...safe,
  ...safeEntry,
  ...visit,
}
