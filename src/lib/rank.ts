/** Counting and ranking, once: how often each key occurs across items, most first, ties by key. */
export function rankByCount<T>(
  items: Iterable<T>,
  keysOf: (item: T) => Iterable<string>,
  { exclude, limit = Infinity }: { exclude?: string; limit?: number } = {},
): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) if (key !== exclude) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}
