import { sha256 } from '@noble/hashes/sha256'

/*
 * Secret random bytes for session tokens and one-time codes.
 * - Node and browsers: crypto.getRandomValues.
 * - The mini-program's engine has no `crypto` global; WeChat offers only the
 *   asynchronous wx.getRandomValues (base library 2.15.0+). The weapp transport
 *   awaits it once at start-up (seedSecureRandom) and bytes are then drawn from
 *   SHA-256(seed ‖ counter), a hash-based generator over that secret seed.
 * - Neither present (a base library older than 2.15): Math.random mixed through
 *   SHA-256, which is NOT cryptographic; randomSource() says so.
 */

type RandomSource = 'crypto' | 'seeded' | 'insecure'

let seed: Uint8Array | null = null
let counter = 0

function webCrypto(): { getRandomValues: (a: Uint8Array) => Uint8Array } | undefined {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  return c && typeof c.getRandomValues === 'function' ? (c as { getRandomValues: (a: Uint8Array) => Uint8Array }) : undefined
}

export function randomSource(): RandomSource {
  if (webCrypto()) return 'crypto'
  return seed ? 'seeded' : 'insecure'
}

/** The weapp transport hands over bytes from wx.getRandomValues before the first request. */
export function seedSecureRandom(bytes: Uint8Array): void {
  if (bytes.length < 32) throw new Error('seed needs at least 32 bytes')
  seed = Uint8Array.from(bytes)
  counter = 0
}

function block(key: Uint8Array): Uint8Array {
  counter += 1
  const input = new Uint8Array(key.length + 8)
  input.set(key)
  let n = counter
  for (let i = 0; i < 8; i++) {
    input[key.length + i] = n & 255
    n = Math.floor(n / 256)
  }
  return sha256(input)
}

export function secureRandomBytes(length: number): Uint8Array {
  const c = webCrypto()
  if (c) return c.getRandomValues(new Uint8Array(length))
  const key = seed ?? Uint8Array.from({ length: 32 }, () => Math.floor(Math.random() * 256))
  const out = new Uint8Array(length)
  for (let o = 0; o < length; o += 32) out.set(block(key).subarray(0, Math.min(32, length - o)), o)
  return out
}

/** `count` decimal digits without modulo bias. */
export function secureDigits(count: number): string {
  let out = ''
  while (out.length < count) {
    for (const byte of secureRandomBytes(count)) {
      if (byte < 250 && out.length < count) out += String(byte % 10)
    }
  }
  return out
}

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}
