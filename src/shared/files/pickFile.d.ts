export interface PickedFile {
  name: string
  size: number
  mimeType?: string
}

/** Let the user pick one picture or PDF (a material, an upload to the safe); null when they cancel. Only metadata is read. */
export function pickFile(): Promise<PickedFile | null>
