/** The English words: a chunk of their own on H5 (most people never switch). */
export async function loadEnglish() {
  const { en } = await import(/* webpackChunkName: "strings-en" */ './strings.en')
  return en
}
