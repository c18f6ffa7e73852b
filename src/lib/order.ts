/** Sorts by `id` in code-unit order: the same order on every machine and locale (never localeCompare). */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
