import { describe, expect, it } from 'vitest';
import { relationLabel, relationsOf } from '../../src/lib/relations.ts';
import { RELATION_INVERSE_LABELS, RELATION_LABELS } from '../../src/lib/strings.ts';
import { RELATIONS, type EntityData, type Relation } from '../../src/schemas/index.ts';

type Relations = Pick<EntityData, 'relations'>;

const ENTITIES = new Map<string, Relations>([
  ['zil', { relations: [{ entity: 'moscow-automobile-company', relation: 'managed-by', from: '2022-05', to: '2023' }] }],
  ['moscow-automobile-company', { relations: [{ entity: 'moscow-city-government', relation: 'owned-by', from: '2022-05' }] }],
  [
    'moskvich',
    {
      relations: [
        { entity: 'moscow-automobile-company', relation: 'brand-of' },
        { entity: 'jac', relation: 'partner-of' },
      ],
    },
  ],
  ['moscow-city-government', { relations: [] }],
  ['jac', { relations: [] }],
]);

/** The relations of one entity, as its page lists them; compared regardless of order. */
const of = (id: string, entities: ReadonlyMap<string, Relations> = ENTITIES) => {
  const views = relationsOf(entities).filter((r) => r.of === id);
  return views.sort((x, y) => `${x.other} ${x.relation}`.localeCompare(`${y.other} ${y.relation}`));
};

describe('relationsOf', () => {
  it('shows an entity’s own relations with their forward labels', () => {
    expect(of('zil')).toStrictEqual([
      {
        of: 'zil',
        other: 'moscow-automobile-company',
        relation: 'managed-by',
        label: 'managed by',
        inverse: false,
        from: '2022-05',
        to: '2023',
      },
    ]);
  });

  it('shows relations declared by others with their inverse labels, next to its own', () => {
    expect(of('moscow-automobile-company')).toStrictEqual([
      {
        of: 'moscow-automobile-company',
        other: 'moscow-city-government',
        relation: 'owned-by',
        label: 'owned by',
        inverse: false,
        from: '2022-05',
      },
      { of: 'moscow-automobile-company', other: 'moskvich', relation: 'brand-of', label: 'owns the brand', inverse: true },
      {
        of: 'moscow-automobile-company',
        other: 'zil',
        relation: 'managed-by',
        label: 'manages',
        inverse: true,
        from: '2022-05',
        to: '2023',
      },
    ]);
  });

  it('shows only inverses for an entity that declares nothing', () => {
    expect(of('moscow-city-government')).toStrictEqual([
      {
        of: 'moscow-city-government',
        other: 'moscow-automobile-company',
        relation: 'owned-by',
        label: 'owner of',
        inverse: true,
        from: '2022-05',
      },
    ]);
  });

  it('reads a symmetric relation the same from both sides', () => {
    expect(of('moskvich').find((r) => r.other === 'jac')?.label).toBe('partner of');
    expect(of('jac')).toStrictEqual([{ of: 'jac', other: 'moskvich', relation: 'partner-of', label: 'partner of', inverse: true }]);
  });

  it('reads every declaration from both sides, once each', () => {
    const views = relationsOf(ENTITIES);
    const declared = [...ENTITIES.values()].reduce((n, e) => n + e.relations.length, 0);
    expect(views).toHaveLength(2 * declared);
    for (const forward of views.filter((v) => !v.inverse)) {
      const inverses = views.filter(
        (v) => v.inverse && v.of === forward.other && v.other === forward.of && v.relation === forward.relation,
      );
      expect(inverses, `${forward.of} ${forward.relation} ${forward.other}`).toHaveLength(1);
      expect(inverses[0]!.label).toBe(relationLabel(forward.relation, true));
      expect([inverses[0]!.from, inverses[0]!.to]).toEqual([forward.from, forward.to]);
    }
  });

  it('is empty for an entity with no relations either way, or one that is not known', () => {
    expect(of('faw', new Map([['faw', { relations: [] }]]))).toEqual([]);
    expect(of('nobody')).toEqual([]);
    expect(relationsOf(new Map())).toEqual([]);
  });

  it('shows inverses for an id missing from the map', () => {
    const map = new Map<string, Relations>([['zil', { relations: [{ entity: 'ghost', relation: 'located-in' }] }]]);
    expect(of('ghost', map)).toStrictEqual([{ of: 'ghost', other: 'zil', relation: 'located-in', label: 'location of', inverse: true }]);
  });

  it('keeps several relations to the same entity apart', () => {
    const map = new Map<string, Relations>([
      [
        'a',
        {
          relations: [
            { entity: 'b', relation: 'formerly-owned-by', to: '2005' },
            { entity: 'b', relation: 'supplier-to', from: '2005' },
          ],
        },
      ],
      ['b', { relations: [] }],
    ]);
    expect(of('b', map).map((r) => [r.label, r.from, r.to])).toEqual([
      ['former owner of', undefined, '2005'],
      ['supplied by', '2005', undefined],
    ]);
  });
});

describe('relation labels', () => {
  const both = (relation: Relation) => [relationLabel(relation, false), relationLabel(relation, true)];

  it('label every relation of the schema, both ways, and nothing else', () => {
    expect(Object.keys(RELATION_LABELS).sort()).toEqual([...RELATIONS].sort());
    expect(Object.keys(RELATION_INVERSE_LABELS).sort()).toEqual([...RELATIONS].sort());
    for (const relation of RELATIONS) for (const label of both(relation)) expect(label.trim(), relation).not.toBe('');
  });

  it('read each relation as expected', () => {
    expect(both('managed-by')).toEqual(['managed by', 'manages']);
    expect(both('subsidiary-of')).toEqual(['subsidiary of', 'parent company of']);
    expect(both('site-of-former')).toEqual(['on the site of the former', 'former occupant of the site of']);
    expect(both('successor-of')).toEqual(['successor of', 'predecessor of']);
  });

  it('read the same both ways for partner-of only', () => {
    expect(RELATIONS.filter((r) => relationLabel(r, false) === relationLabel(r, true))).toEqual(['partner-of']);
  });
});
