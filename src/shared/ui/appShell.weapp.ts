import type { Locale } from '../strings'

// The mini-program has no index.html shell.
export function removeAppShell(): void {}

// WeChat reads the app's language from the system.
export function setDocumentLanguage(_locale: Locale): void {}
