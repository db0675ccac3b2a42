import { describe, expect, it } from 'vitest';
import { RELATION_LABELS, relationsOf } from '../../src/lib/relations.ts';
import { RELATIONS, type EntityData } from '../../src/schemas/index.ts';

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

describe('relationsOf', () => {
  it('shows an entity’s own relations with their forward labels', () => {
    expect(relationsOf('zil', ENTITIES)).toEqual([
      { other: 'moscow-automobile-company', relation: 'managed-by', label: 'managed by', inverse: false, from: '2022-05', to: '2023' },
    ]);
  });

  it('shows relations declared by others with their inverse labels', () => {
    expect(relationsOf('moscow-automobile-company', ENTITIES)).toEqual([
      { other: 'moscow-city-government', relation: 'owned-by', label: 'owned by', inverse: false, from: '2022-05', to: undefined },
      { other: 'zil', relation: 'managed-by', label: 'manages', inverse: true, from: '2022-05', to: '2023' },
      { other: 'moskvich', relation: 'brand-of', label: 'owns the brand', inverse: true, from: undefined, to: undefined },
    ]);
  });

  it('shows only inverses for an entity that declares nothing', () => {
    expect(relationsOf('moscow-city-government', ENTITIES)).toEqual([
      { other: 'moscow-automobile-company', relation: 'owned-by', label: 'owner of', inverse: true, from: '2022-05', to: undefined },
    ]);
  });

  it('reads a symmetric relation the same from both sides', () => {
    expect(relationsOf('moskvich', ENTITIES).find((r) => r.other === 'jac')?.label).toBe('partner of');
    expect(relationsOf('jac', ENTITIES)).toEqual([
      { other: 'moskvich', relation: 'partner-of', label: 'partner of', inverse: true, from: undefined, to: undefined },
    ]);
  });

  it('is empty for an entity with no relations either way, or one that is not known', () => {
    expect(relationsOf('faw', new Map([['faw', { relations: [] }]]))).toEqual([]);
    expect(relationsOf('nobody', ENTITIES)).toEqual([]);
  });

  it('shows inverses for an id missing from the map', () => {
    const map = new Map<string, Relations>([['zil', { relations: [{ entity: 'ghost', relation: 'located-in' }] }]]);
    expect(relationsOf('ghost', map)).toEqual([
      { other: 'zil', relation: 'located-in', label: 'location of', inverse: true, from: undefined, to: undefined },
    ]);
  });

  it('does not show a relation an entity declares to itself twice', () => {
    const map = new Map<string, Relations>([['x', { relations: [{ entity: 'x', relation: 'successor-of' }] }]]);
    expect(relationsOf('x', map)).toEqual([
      { other: 'x', relation: 'successor-of', label: 'successor of', inverse: false, from: undefined, to: undefined },
    ]);
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
    expect(relationsOf('b', map).map((r) => [r.label, r.from, r.to])).toEqual([
      ['former owner of', undefined, '2005'],
      ['supplied by', '2005', undefined],
    ]);
  });
});

describe('RELATION_LABELS', () => {
  it('labels every relation of the schema, both ways, and nothing else', () => {
    expect(Object.keys(RELATION_LABELS).sort()).toEqual([...RELATIONS].sort());
    for (const relation of RELATIONS) {
      const labels = RELATION_LABELS[relation];
      expect(labels.forward.trim(), relation).not.toBe('');
      expect(labels.inverse.trim(), relation).not.toBe('');
    }
  });

  it('reads each relation as expected', () => {
    expect(RELATION_LABELS['managed-by']).toEqual({ forward: 'managed by', inverse: 'manages' });
    expect(RELATION_LABELS['subsidiary-of']).toEqual({ forward: 'subsidiary of', inverse: 'parent company of' });
    expect(RELATION_LABELS['site-of-former']).toEqual({ forward: 'on the site of the former', inverse: 'former occupant of the site of' });
    expect(RELATION_LABELS['successor-of']).toEqual({ forward: 'successor of', inverse: 'predecessor of' });
  });

  it('only partner-of reads the same both ways', () => {
    expect(RELATIONS.filter((r) => RELATION_LABELS[r].forward === RELATION_LABELS[r].inverse)).toEqual(['partner-of']);
  });
});
