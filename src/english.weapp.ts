import { common } from './shared/strings/en/common'

// The mini-program cannot load chunks at run time: the app-wide English ships in the main package, and each
// feature's English with the feature's translator (src/features/<f>/strings.ts), in the package that uses it.
export async function loadEnglish() {
  return common
}
