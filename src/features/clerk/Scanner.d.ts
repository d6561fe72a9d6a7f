export interface ScanLabels {
  /** the H5 camera overlay's close button */
  cancel: string
}

/**
 * Scan one QR code: the mini-program's scanner (Taro.scanCode) or, on H5, the
 * camera (getUserMedia) decoded with jsQR. Resolves the text, or null when the
 * user cancels; rejects when there is no camera or no permission.
 */
export function scanOnce(labels: ScanLabels): Promise<string | null>
