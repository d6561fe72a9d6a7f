/** A list answer of the contract (`ListResponse`): one page of the rows, with the total and the page asked for. */
export function paginate<T>(rows: T[], query: { page?: string; pageSize?: string }, defaultSize = 20, maxSize = 100) {
  const page = Math.max(1, parseInt(query.page ?? '1', 10) || 1)
  const pageSize = Math.min(maxSize, Math.max(1, parseInt(query.pageSize ?? String(defaultSize), 10) || defaultSize))
  return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize }
}

/** A list answer with every row (lists short enough never to page). */
export function wholeList<T>(items: T[]): { items: T[]; total: number } {
  return { items, total: items.length }
}
