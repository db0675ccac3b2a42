/** Relations between entities: not to itself, declared on one side only, and no one owns itself through others. */
import type { Relation } from '../../schemas/index.ts';
import type { Report, UsableContent } from './types.ts';

/** Relations that say the other entity owns this one. */
const OWNERSHIP: readonly Relation[] = ['owned-by', 'subsidiary-of'];

export function checkRelations(entities: UsableContent['entities'], report: Report): void {
  const declared = new Map<string, string>();
  const owners = new Map<string, string[]>();
  for (const [id, { file, data }] of entities) {
    data.relations?.forEach((r, i) => {
      if (r.entity === id) {
        report.error(file.file, `relations[${i}].entity`, `"${id}" cannot be related to itself`);
        return;
      }
      const mirror = declared.get(`${r.entity}|${r.relation}|${id}`);
      if (mirror) {
        report.error(
          file.file,
          `relations[${i}]`,
          `${mirror} already declares "${r.relation}" between "${r.entity}" and "${id}"; ` +
            'a relation is declared on one side only (the other side shows it)',
        );
      }
      declared.set(`${id}|${r.relation}|${r.entity}`, file.file);
      if (OWNERSHIP.includes(r.relation) && !r.to) owners.set(id, [...(owners.get(id) ?? []), r.entity]);
    });
  }
  // A cycle of current ownership: follow "owned by" from each entity; reaching it again is a cycle.
  const reported = new Set<string>();
  for (const start of owners.keys()) {
    const path = [start];
    const walk = (id: string): string[] | undefined => {
      for (const owner of owners.get(id) ?? []) {
        if (owner === start) return [...path, owner];
        if (path.includes(owner)) continue;
        path.push(owner);
        const cycle = walk(owner);
        if (cycle) return cycle;
        path.pop();
      }
      return undefined;
    };
    const cycle = walk(start);
    if (!cycle || cycle.some((id) => reported.has(id))) continue;
    cycle.forEach((id) => reported.add(id));
    const file = entities.get(start)!.file.file;
    report.error(file, 'relations', `ownership goes round in a circle (${cycle.join(' → owned by → ')}); check which side owns which`);
  }
}
