import type { zh } from '../zh'
import { common } from './common'
import { bundles } from './bundles'
import { halls } from './halls'
import { safe } from './safe'
import { approvals } from './approvals'
import { policies } from './policies'
import { visit } from './visit'

export const en: Partial<Record<keyof typeof zh, string>> = {
  ...common,
  ...bundles,
  ...halls,
  ...safe,
  ...approvals,
  ...policies,
  ...visit,
}
