/** Entity relations, in both directions: declared on one side, shown on both. */
import type { EntityData, Relation } from '../schemas/index.ts';

/** How a relation reads from the side that declares it, and from the other side. */
export const RELATION_LABELS: Record<Relation, { forward: string; inverse: string }> = {
  'subsidiary-of': { forward: 'subsidiary of', inverse: 'parent company of' },
  'owned-by': { forward: 'owned by', inverse: 'owner of' },
  'formerly-owned-by': { forward: 'formerly owned by', inverse: 'former owner of' },
  'managed-by': { forward: 'managed by', inverse: 'manages' },
  'supplier-to': { forward: 'supplier to', inverse: 'supplied by' },
  'partner-of': { forward: 'partner of', inverse: 'partner of' },
  'brand-of': { forward: 'brand of', inverse: 'owns the brand' },
  'model-of': { forward: 'model of', inverse: 'makes the model' },
  'made-at': { forward: 'made at', inverse: 'makes' },
  'located-in': { forward: 'located in', inverse: 'location of' },
  'successor-of': { forward: 'successor of', inverse: 'predecessor of' },
  'site-of-former': { forward: 'on the site of the former', inverse: 'former occupant of the site of' },
  'based-on': { forward: 'based on', inverse: 'basis of' },
};

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
      views.push({ of: id, other: r.entity, relation: r.relation, label: RELATION_LABELS[r.relation].forward, inverse: false, ...dates });
      views.push({ of: r.entity, other: id, relation: r.relation, label: RELATION_LABELS[r.relation].inverse, inverse: true, ...dates });
    }
  }
  return views;
}
