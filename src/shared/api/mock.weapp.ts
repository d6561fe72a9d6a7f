/** The one place src/ reaches into mock/ on weapp: msw cannot run there, so an interceptor answers Taro.request. */
export async function startMock(): Promise<void> {
  if (process.env.TARO_APP_MOCK !== 'true' || process.env.TARO_APP_API_BASE) return
  // require inside the branch so webpack drops the mock when it is switched off
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { installMockInterceptor } = require('@mock/transports/taro-interceptor')
  await installMockInterceptor()
}
