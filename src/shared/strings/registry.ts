/**
 * The Chinese strings in use. Common strings are here from the start; each
 * feature's strings register themselves when its code loads (importing
 * '@/shared/strings/zh/<area>'), so a page carries only its own words.
 */
const table: Record<string, string> = {}

export function registerStrings(strings: Record<string, string>): void {
  Object.assign(table, strings)
}

export function lookup(key: string): string | undefined {
  return table[key]
}
