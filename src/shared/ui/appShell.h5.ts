import type { Locale } from '../strings'

export function removeAppShell(): void {
  document.getElementById('app-shell')?.remove()
}

/** <html lang> follows the chosen language, so screen readers and translation tools read the page right. */
export function setDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN'
}
