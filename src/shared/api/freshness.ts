/**
 * What a write changes, by name ('appointments', 'cases' …): a screen's reads (`useResource(…, { tags })`)
 * load again when a mutation (`useMutation(…, { invalidates })`) that touches them succeeds.
 */
const readers = new Map<string, Set<() => void>>()

export function onStale(tag: string, reload: () => void): () => void {
  const set = readers.get(tag) ?? new Set()
  set.add(reload)
  readers.set(tag, set)
  return () => { set.delete(reload) }
}

export function markStale(tags: readonly string[]): void {
  const due = new Set<() => void>()
  for (const tag of tags) readers.get(tag)?.forEach((reload) => due.add(reload))
  due.forEach((reload) => reload())
}
