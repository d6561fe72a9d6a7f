/** The one place src/ reaches into mock/: a chunk of its own, dropped when the mock is off. */
export async function startMock(): Promise<void> {
  // Written out in full (no early return) so DefinePlugin folds the condition and webpack emits no mock chunk
  // at all in a production build.
  if (process.env.TARO_APP_MOCK === 'true' && !process.env.TARO_APP_API_BASE) {
    // Fetch the chunk at once (every request waits for it; index.html preloads it too), but let the
    // page's first paint go before the backend's start-up work.
    const chunk = import(/* webpackChunkName: "mock-backend" */ '@mock/transports/browser')
    await afterLoad()
    const { startMockWorker } = await chunk
    await startMockWorker()
  }
}

function afterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0)
    if (document.readyState === 'complete') next()
    else window.addEventListener('load', next, { once: true })
  })
}
