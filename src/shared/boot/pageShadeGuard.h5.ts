import { Current } from '@tarojs/runtime'

/** Taro's slide-in (300 ms) plus its start delay, with room: the late timer fires inside it. */
const LATE_HIDE_WINDOW_MS = 500

/**
 * Taro 4.2.1's H5 router hides the page under a new one when the slide-in ends (a timer), and a back
 * within that time shows the page again without stopping the timer: the page the person came back to
 * is then hidden (`taro_page_shade`), a blank screen under the tab bar. Right after a back (popstate,
 * which navigateBack and the browser's back both fire), the page on top losing its view to that timer
 * gets it back.
 */
export function guardPageAfterBack(win: Window = window): void {
  const observer = new MutationObserver((changes) => {
    const current = Current.page?.path
    for (const change of changes) {
      const el = change.target as HTMLElement
      if (current && el.id === current && el.classList.contains('taro_page') && el.classList.contains('taro_page_shade')) el.classList.remove('taro_page_shade')
    }
  })
  let stop: ReturnType<typeof setTimeout> | undefined
  // watched only in the half second after a back, not for the app's whole life
  win.addEventListener('popstate', () => {
    clearTimeout(stop)
    observer.observe(win.document.body, { subtree: true, attributes: true, attributeFilter: ['class'] })
    stop = setTimeout(() => observer.disconnect(), LATE_HIDE_WINDOW_MS)
  })
}

guardPageAfterBack()
