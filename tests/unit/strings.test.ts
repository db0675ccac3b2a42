import { describe, expect, it } from 'vitest';
import { countOf } from '../../src/lib/strings.ts';

describe('countOf', () => {
  it('writes the noun in the singular for one and in the plural otherwise, none included', () => {
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(0, 'entry', 'entries')).toBe('0 entries');
    expect(countOf(2, 'article', 'articles')).toBe('2 articles');
    expect(countOf(10000, 'warning', 'warnings')).toBe('10000 warnings');
  });
});
