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

/** A stable fraction in [0, 1) from a text (FNV-1a): seeded variation without a random generator. */
export function hashFraction(text: string): number {
  return fnv1a(text) / 4294967296
}
