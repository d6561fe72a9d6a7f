import { en } from './strings.en'

// The mini-program cannot load chunks at run time: English ships in the package.
export async function loadEnglish() {
  return en
}
