import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    webpackChain(chain: any) {
      if (process.env.ANALYZE) chain.optimization.set('moduleIds', 'named')
    },
  },
} satisfies UserConfigExport<'webpack5'>
