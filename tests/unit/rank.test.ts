import { describe, expect, it } from 'vitest';
import { rankByCount } from '../../src/lib/rank.ts';

const a = (...entities: string[]) => ({ entities });
const entitiesOf = (item: { entities: string[] }) => item.entities;

describe('rankByCount', () => {
  const items = [a('kamaz', 'jac'), a('jac', 'moskvich'), a('jac', 'kamaz', 'zil'), a('moskvich')];

  it('ranks keys by how many items carry them, ties by key', () => {
    expect(rankByCount(items, entitiesOf)).toEqual([
      { id: 'jac', count: 3 },
      { id: 'kamaz', count: 2 },
      { id: 'moskvich', count: 2 },
      { id: 'zil', count: 1 },
    ]);
  });

  it('ranks by count before key', () => {
    expect(rankByCount([a('aaa'), a('zzz'), a('zzz')], entitiesOf)).toEqual([
      { id: 'zzz', count: 2 },
      { id: 'aaa', count: 1 },
    ]);
  });

  it('breaks every tie by key, whatever the order of the items', () => {
    const tied = [a('zil'), a('faw'), a('byd'), a('moskvich', 'jac')];
    const expected = ['byd', 'faw', 'jac', 'moskvich', 'zil'].map((id) => ({ id, count: 1 }));
    expect(rankByCount(tied, entitiesOf)).toEqual(expected);
    expect(rankByCount([...tied].reverse(), entitiesOf)).toEqual(expected);
  });

  it('counts a key repeated in one item once', () => {
    expect(rankByCount([a('jac', 'jac', 'jac'), a('jac')], entitiesOf)).toEqual([{ id: 'jac', count: 2 }]);
  });

  it('cuts the list at the limit, after ranking', () => {
    expect(rankByCount(items, entitiesOf, { limit: 2 })).toEqual([
      { id: 'jac', count: 3 },
      { id: 'kamaz', count: 2 },
    ]);
    expect(rankByCount(items, entitiesOf, { limit: 0 })).toEqual([]);
  });

  it('never counts the excluded key', () => {
    const result = rankByCount([a('kamaz', 'jac'), a('kamaz'), a('kamaz', 'kamaz')], entitiesOf, { exclude: 'kamaz' });
    expect(result).toEqual([{ id: 'jac', count: 1 }]);
  });

  it('ranks what is named together with an entity: its co-mentions, the entity itself left out', () => {
    const articles = [a('kamaz', 'jac', 'moskvich'), a('kamaz', 'jac'), a('kamaz', 'moskvich', 'jac'), a('kamaz', 'zil'), a('jac', 'faw')];
    const namingKamaz = articles.filter((x) => x.entities.includes('kamaz'));
    expect(rankByCount(namingKamaz, entitiesOf, { exclude: 'kamaz' })).toEqual([
      { id: 'jac', count: 3 },
      { id: 'moskvich', count: 2 },
      { id: 'zil', count: 1 },
    ]);
  });

  it('takes any iterable of items and any keys: storylines too', () => {
    const entries = new Map([
      ['x', { storylines: ['revival', 'china'] }],
      ['y', { storylines: ['revival'] }],
    ]);
    expect(rankByCount(entries.values(), (e) => e.storylines)).toEqual([
      { id: 'revival', count: 2 },
      { id: 'china', count: 1 },
    ]);
  });

  it('is empty for no items, or items without keys', () => {
    expect(rankByCount([], entitiesOf)).toEqual([]);
    expect(rankByCount([a()], entitiesOf)).toEqual([]);
    expect(rankByCount([a('kamaz')], entitiesOf, { exclude: 'kamaz' })).toEqual([]);
  });
});
