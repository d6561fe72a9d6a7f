/** The one place src/ reaches into mock/ on weapp: msw cannot run there, so an interceptor answers Taro.request. */
export function startMock(): Promise<void> {
  // The condition is written out in full (not via a variable or an early return) so DefinePlugin folds it to a
  // constant and webpack drops the require, and the whole mock with it, from a production build. Not an async
  // function: the weapp build turns `await` into a state machine that moves the require out of this branch.
  if (process.env.TARO_APP_MOCK === 'true' && !process.env.TARO_APP_API_BASE) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import() would be kept in the production build
    const { installMockInterceptor } = require('@mock/transports/taro-interceptor')
    return installMockInterceptor()
  }
  return Promise.resolve()
}
