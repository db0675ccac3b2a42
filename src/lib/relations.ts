/** Entity relations, in both directions: declared on one side, shown on both. */
import type { EntityData, Relation } from '../schemas/index.ts';
import { RELATION_INVERSE_LABELS, RELATION_LABELS } from './strings.ts';

/** How a relation reads from `of`'s side: as declared, or from the other end. */
export const relationLabel = (relation: Relation, inverse: boolean) => (inverse ? RELATION_INVERSE_LABELS : RELATION_LABELS)[relation];

export interface RelationView {
  /** The entity whose relation this is. */
  of: string;
  /** The entity at the other end. */
  other: string;
  relation: Relation;
  /** The phrase as read from `of`'s side. */
  label: string;
  /** True when the other entity declared it. */
  inverse: boolean;
  from?: string;
  to?: string;
}

/** Every relation of every entity, each declaration read from both sides, in one pass. */
export function relationsOf(entities: ReadonlyMap<string, Pick<EntityData, 'relations'>>): RelationView[] {
  const views: RelationView[] = [];
  for (const [id, data] of entities) {
    for (const r of data.relations) {
      const dates = { ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
      views.push({ of: id, other: r.entity, relation: r.relation, label: relationLabel(r.relation, false), inverse: false, ...dates });
      views.push({ of: r.entity, other: id, relation: r.relation, label: relationLabel(r.relation, true), inverse: true, ...dates });
    }
  }
  return views;
}
