import type { CaseHookRow } from './domain'
import { issueCertificate } from '../approvals/domain'
import { recordPayout } from '../policies/applications'

/**
 * What other features do when a case reaches a step through the clock, in one table (read when cases move on,
 * so whatever moves cases brings these with it): a person approving an instant application issues its
 * certificate; a policy application's payout records the amount paid.
 */
let table: CaseHookRow[] | undefined
export function caseHooks(): CaseHookRow[] {
  // built on first use, not at load: the modules it names import the cases domain that reads it
  table ??= [
    { source: 'instant', status: 'approved', run: issueCertificate },
    { source: 'policy', status: 'paid', run: recordPayout },
  ]
  return table
}
