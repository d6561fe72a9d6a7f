import type { Locale } from '../strings'

/** Removes the static header painted by index.html once a real page has rendered (H5; nothing on weapp). */
export declare function removeAppShell(): void

/** Sets <html lang> to the chosen language (H5; nothing on weapp). */
export declare function setDocumentLanguage(locale: Locale): void
