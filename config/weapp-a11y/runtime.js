// Runs in the mini-program before the app: the runtime's component lists must match the templates' (config/weapp-a11y),
// or every attribute short name after the added ones would point at the wrong template attribute.
import { mergeInternalComponents } from '@tarojs/shared'
import { A11Y_COMPONENTS } from './attributes'

mergeInternalComponents(A11Y_COMPONENTS)
