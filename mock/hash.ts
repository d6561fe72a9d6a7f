/**
 * FNV-1a (32 bits) over a text's UTF-16 code units: fast and stable across runs, for checksums, request
 * fingerprints and seeded variation. Not for anything an attacker must not forge (codes are HMAC-signed).
 */
export function fnv1a(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}
