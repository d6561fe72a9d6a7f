/** Bytes and base64url without TextEncoder / Buffer / atob: the weapp engine has none. */

export function utf8(text: string): Uint8Array {
  const binary = unescape(encodeURIComponent(text))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

export function fromUtf8(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i])
  return decodeURIComponent(escape(binary))
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

export function base64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63]
  }
  return out
}

/** Strict: only the canonical encoding decodes, so no two strings carry the same bytes. */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4)
    let n = 0
    for (let c = 0; c < 4; c++) n = (n << 6) | (c < chunk.length ? B64.indexOf(chunk[c]) : 0)
    out[o++] = (n >> 16) & 255
    if (chunk.length > 2) out[o++] = (n >> 8) & 255
    if (chunk.length > 3) out[o++] = n & 255
  }
  return base64url(out) === text ? out : null
}
