/** The one place src/ reaches into mock/: a chunk of its own, dropped when the mock is off. */
export async function startMock(): Promise<void> {
  if (process.env.TARO_APP_MOCK !== 'true' || process.env.TARO_APP_API_BASE) return
  const { startMockWorker } = await import(/* webpackChunkName: "mock-backend" */ '@mock/transports/browser')
  await startMockWorker()
}
