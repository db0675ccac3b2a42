/** Which entities are named together with an entity, ranked by how many articles name both. */

export interface CoMention {
  id: string;
  /** Articles that name both. */
  count: number;
}

/** Most shared articles first; ties by id so the order is stable. */
export function coMentions(id: string, articles: readonly { entities: readonly string[] }[]): CoMention[] {
  const counts = new Map<string, number>();
  for (const { entities } of articles) {
    if (!entities.includes(id)) continue;
    for (const other of new Set(entities)) {
      if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts].map(([other, count]) => ({ id: other, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
