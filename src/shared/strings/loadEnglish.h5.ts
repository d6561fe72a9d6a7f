export async function loadEnglish() {
  const { en } = await import(/* webpackChunkName: "strings-en" */ './en')
  return en
}
