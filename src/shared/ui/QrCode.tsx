import { Image, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'
import { base64Ascii } from './icons'

/**
 * A QR code drawn the same way on both targets: qrcode-generator (pure JS,
 * runs in the mini-program's bare engine) gives the modules, and they become
 * one SVG path shown through <Image>. Black on white with a 4-module quiet zone.
 */
export function qrSvg(text: string, errorCorrection: 'L' | 'M' | 'Q' | 'H' = 'M'): { svg: string; modules: number } {
  const qr = qrcode(0, errorCorrection)
  qr.addData(utf8Bytes(text), 'Byte')
  qr.make()
  const count = qr.getModuleCount()
  const quiet = 4
  const size = count + quiet * 2
  let path = ''
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (qr.isDark(r, c)) path += `M${c + quiet} ${r + quiet}h1v1h-1z`
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  return { svg, modules: count }
}

/** qrcode-generator's 'Byte' mode takes a string of byte values; the mini-program has no TextEncoder. */
function utf8Bytes(text: string): string {
  return unescape(encodeURIComponent(text))
}

export function QrCode({ value, size = 240, label, testId }: { value: string; size?: number; label: string; testId?: string }) {
  const uri = useMemo(() => `data:image/svg+xml;base64,${base64Ascii(qrSvg(value).svg)}`, [value])
  return (
    <View style={{ width: `${size}px`, height: `${size}px`, background: '#fff' }} data-testid={testId}>
      <Image src={uri} style={{ width: `${size}px`, height: `${size}px` }} aria-label={label} mode='aspectFit' />
    </View>
  )
}
