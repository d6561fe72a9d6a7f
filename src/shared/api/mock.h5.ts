/** The one place src/ reaches into mock/: a chunk of its own, dropped when the mock is off. */
export async function startMock(): Promise<void> {
  if (process.env.TARO_APP_MOCK !== 'true' || process.env.TARO_APP_API_BASE) return
  // Fetch the chunk beside the page's own (every request waits for it), but start the backend only
  // after the page's first paint: it is as large as the app.
  const chunk = import(/* webpackChunkName: "mock-backend" */ '@mock/transports/browser')
  await afterLoad()
  const { startMockWorker } = await chunk
  await startMockWorker()
}

function afterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0)
    if (document.readyState === 'complete') next()
    else window.addEventListener('load', next, { once: true })
  })
}
