export interface PickedFile {
  name: string
  size: number
  mimeType?: string
}

/** Let the user pick one picture or file; null when they cancel. Only metadata is read. */
export function pickFile(): Promise<PickedFile | null>
