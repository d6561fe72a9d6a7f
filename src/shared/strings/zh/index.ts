import { common } from './common'
import { bundles } from './bundles'
import { halls } from './halls'
import { safe } from './safe'
import { approvals } from './approvals'
import { policies } from './policies'
import { visit } from './visit'

/** Every user-visible string, by feature; each file's keys are prefixed with its area. */
export const zh = {
  ...common,
  ...bundles,
  ...halls,
  ...safe,
  ...approvals,
  ...policies,
  ...visit,
}
