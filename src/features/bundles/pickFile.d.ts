export interface PickedFile {
  fileName: string
  fileSize: number
}

/** Let the user choose a picture or file for a material; null when they cancel. */
export function pickFile(): Promise<PickedFile | null>
