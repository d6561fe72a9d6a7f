/**
 * Transport limits, checked before a body is parsed or hashed: a body is at
 * most 1 MB and JSON at most 32 levels deep, so no request can make the
 * parser, the hash or the store's serialiser run out of stack.
 */
export const MAX_BODY_BYTES = 1024 * 1024
export const MAX_JSON_DEPTH = 32

/** UTF-8 size of a string without allocating (Buffer and TextEncoder are missing on weapp). */
export function utf8Length(text: string): number {
  // Every UTF-16 unit is 1–3 bytes: only a string near the limit needs counting.
  if (text.length * 3 <= MAX_BODY_BYTES) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) { bytes += 4; i++ }
    else bytes += 3
  }
  return bytes
}

/** One linear pass over JSON text: does any `{`/`[` open deeper than `max`? Brackets inside strings do not count. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) {
      inString = true
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true
    } else if (c === 0x7d || c === 0x5d) {
      depth--
    }
  }
  return false
}

/**
 * The same for a value already parsed (the weapp interceptor hands objects over), without
 * recursion; a cycle counts as too deep, and a shared subtree is walked at most `maxNodes` times.
 */
export function valueDepthExceeds(value: unknown, max: number, maxNodes = 100_000): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  let visited = 0
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (!node || typeof node !== 'object') continue
    if (depth + 1 > max || ++visited > maxNodes) return true
    for (const child of Object.values(node as Record<string, unknown>)) stack.push([child, depth + 1])
  }
  return false
}
