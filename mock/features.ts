import type { MockFeature } from './http'
import { timeFeature } from './time'
import { accountFeature } from './account'
import { devFeature } from './dev'
import { catalogueFeature } from './catalogue'
import { searchFeature } from './search'
import { hallsFeature } from './halls'
import { appointmentsFeature } from './appointments'
import { safeFeature } from './safe'
import { bundlesFeature } from './bundles'
import { casesFeature } from './cases'
import { visitFeature } from './visit'
import { clerkFeature } from './clerk'
import { policiesFeature } from './policies'
import { approvalsFeature } from './approvals'
import { mailFeature } from './mail'
import { assistFeature } from './assist'
import { remindersFeature } from './reminders'

/**
 * The backend's features, each declared in its own folder (`mock/<feature>/index.ts`: the paths it owns and its routes).
 * Every transport reads this one list: Node, jest, the HTTP server and weapp load the routes on the first request under
 * their paths just as the browser does (there `import()` is a chunk, elsewhere a require). Time, sign-in and the dev
 * switches are loaded at once: every visit asks for them first.
 */
export const MOCK_FEATURES: MockFeature[] = [
  timeFeature,
  accountFeature,
  devFeature,
  catalogueFeature,
  searchFeature,
  hallsFeature,
  appointmentsFeature,
  safeFeature,
  bundlesFeature,
  casesFeature,
  visitFeature,
  clerkFeature,
  policiesFeature,
  approvalsFeature,
  mailFeature,
  assistFeature,
  remindersFeature,
]
