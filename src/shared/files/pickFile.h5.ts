import type { PickedFile } from './pickFile.d'

/** H5: the browser's file chooser (a picture or a PDF); only name, size and type are read. */
export function pickFile(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*,application/pdf'
    input.style.display = 'none'
    const done = (file: PickedFile | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      done(file ? { name: file.name, size: file.size, mimeType: file.type || undefined } : null)
    })
    input.addEventListener('cancel', () => done(null))
    document.body.appendChild(input)
    input.click()
  })
}
