/** The one place src/ reaches into mock/: a chunk of its own, dropped when the mock is off. */
export async function startMock(): Promise<void> {
  if (process.env.TARO_APP_MOCK !== 'true' || process.env.TARO_APP_API_BASE) return
  // Let the page's own chunk and first paint go first: the mock is as large as the app, and requests wait for it anyway.
  await afterLoad()
  const { startMockWorker } = await import(/* webpackChunkName: "mock-backend" */ '@mock/transports/browser')
  await startMockWorker()
}

function afterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0)
    if (document.readyState === 'complete') next()
    else window.addEventListener('load', next, { once: true })
  })
}
