import jsQR from 'jsqr'
import { colors } from '@/shared/ui'
import type { ScanLabels } from './Scanner.d'

/** How often a frame is decoded; jsQR takes a few ms per 640×480 frame. */
const FRAME_MS = 120

function overlay(cancelLabel: string) {
  const root = document.createElement('div')
  root.setAttribute('data-testid', 'camera-overlay')
  root.style.cssText = 'position:fixed;inset:0;z-index:1000;background:#000;display:flex;flex-direction:column;align-items:center;justify-content:center'
  const video = document.createElement('video')
  video.setAttribute('playsinline', 'true')
  video.muted = true
  video.style.cssText = 'width:100%;max-height:80vh;object-fit:contain'
  const frame = document.createElement('div')
  frame.style.cssText = 'position:absolute;width:60vw;height:60vw;max-width:280px;max-height:280px;border:3px solid rgba(255,255,255,.85);border-radius:12px;pointer-events:none'
  const cancel = document.createElement('button')
  cancel.textContent = cancelLabel
  cancel.setAttribute('data-testid', 'camera-cancel')
  cancel.style.cssText = `position:absolute;bottom:32px;min-height:44px;padding:0 24px;border-radius:22px;border:none;font-size:16px;background:${colors.white};color:${colors.text}`
  root.append(video, frame, cancel)
  document.body.appendChild(root)
  return { root, video, cancel }
}

/** The browser camera, decoded frame by frame with jsQR until a QR code is found. */
export async function scanOnce(labels: ScanLabels): Promise<string | null> {
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera')
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  const { root, video, cancel } = overlay(labels.cancel)
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (text: string | null, error?: unknown) => {
      if (timer) clearTimeout(timer)
      stream.getTracks().forEach((track) => track.stop())
      root.remove()
      if (error) reject(error)
      else resolve(text)
    }
    cancel.addEventListener('click', () => finish(null))
    const tick = () => {
      if (context && video.readyState >= 2 && video.videoWidth) {
        canvas.width = video.videoWidth
        canvas.height = video.videoHeight
        context.drawImage(video, 0, 0)
        const image = context.getImageData(0, 0, canvas.width, canvas.height)
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })
        if (found?.data) {
          finish(found.data)
          return
        }
      }
      timer = setTimeout(tick, FRAME_MS)
    }
    video.srcObject = stream
    video.play().then(tick, (e) => finish(null, e))
  })
}
