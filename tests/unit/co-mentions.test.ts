import { describe, expect, it } from 'vitest';
import { coMentions } from '../../src/lib/co-mentions.ts';

const a = (...entities: string[]) => ({ entities });

describe('coMentions', () => {
  it('ranks entities by how many articles name them with the entity', () => {
    const articles = [a('kamaz', 'jac', 'moskvich'), a('kamaz', 'jac'), a('kamaz', 'moskvich', 'jac'), a('kamaz', 'zil')];
    expect(coMentions('kamaz', articles)).toEqual([
      { id: 'jac', count: 3 },
      { id: 'moskvich', count: 2 },
      { id: 'zil', count: 1 },
    ]);
  });

  it('breaks ties by id', () => {
    const articles = [a('kamaz', 'zil'), a('faw', 'kamaz'), a('kamaz', 'byd'), a('moskvich', 'kamaz', 'jac')];
    expect(coMentions('kamaz', articles)).toEqual([
      { id: 'byd', count: 1 },
      { id: 'faw', count: 1 },
      { id: 'jac', count: 1 },
      { id: 'moskvich', count: 1 },
      { id: 'zil', count: 1 },
    ]);
  });

  it('never counts the entity itself', () => {
    const result = coMentions('kamaz', [a('kamaz', 'jac'), a('kamaz'), a('kamaz', 'kamaz')]);
    expect(result).toEqual([{ id: 'jac', count: 1 }]);
    expect(result.map((c) => c.id)).not.toContain('kamaz');
  });

  it('counts a name repeated in one article once', () => {
    expect(coMentions('kamaz', [a('kamaz', 'jac', 'jac', 'jac'), a('kamaz', 'jac')])).toEqual([{ id: 'jac', count: 2 }]);
  });

  it('ignores articles that do not name the entity', () => {
    expect(coMentions('kamaz', [a('jac', 'moskvich'), a('jac', 'zil'), a('kamaz', 'zil')])).toEqual([{ id: 'zil', count: 1 }]);
  });

  it('is empty when nothing is named with the entity', () => {
    expect(coMentions('kamaz', [])).toEqual([]);
    expect(coMentions('kamaz', [a('kamaz')])).toEqual([]);
    expect(coMentions('nobody', [a('kamaz', 'jac')])).toEqual([]);
  });

  it('ranks by count before id', () => {
    const articles = [a('x', 'aaa'), a('x', 'zzz'), a('x', 'zzz')];
    expect(coMentions('x', articles)).toEqual([
      { id: 'zzz', count: 2 },
      { id: 'aaa', count: 1 },
    ]);
  });
});
