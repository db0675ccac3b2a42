import { describe, expect, it } from 'vitest';
import { indexBy } from '../../src/lib/index-by.ts';

describe('indexBy', () => {
  it('lists each item under every key, in the items’ order, once per key', () => {
    const items = [
      { n: 1, keys: ['a', 'b'] },
      { n: 2, keys: ['b', 'b'] },
      { n: 3, keys: [] },
      { n: 4, keys: ['a'] },
    ];
    const index = indexBy(items, (i) => i.keys);
    expect([...index.keys()]).toEqual(['a', 'b']);
    expect(index.get('a')!.map((i) => i.n)).toEqual([1, 4]);
    expect(index.get('b')!.map((i) => i.n)).toEqual([1, 2]);
    expect(index.get('c')).toBeUndefined();
  });
});
