import { describe, expect, it } from 'vitest';
import { articleRedirects, redirectsFile } from '../../src/lib/redirects.ts';

describe('former-slug redirects', () => {
  it('makes one redirect per former slug, sorted by old path', () => {
    const redirects = articleRedirects([
      { slug: 'kamaz-and-jac-talk', data: { formerSlugs: ['kamaz-talks', 'b-old'] } },
      { slug: 'no-history', data: { formerSlugs: [] } },
      { slug: 'unset', data: {} },
    ]);
    expect(redirects).toEqual([
      { from: '/articles/b-old/', to: '/articles/kamaz-and-jac-talk/', formerSlug: 'b-old', slug: 'kamaz-and-jac-talk' },
      { from: '/articles/kamaz-talks/', to: '/articles/kamaz-and-jac-talk/', formerSlug: 'kamaz-talks', slug: 'kamaz-and-jac-talk' },
    ]);
  });

  it('refuses a former slug that is a live slug or is claimed twice', () => {
    expect(() =>
      articleRedirects([
        { slug: 'a', data: {} },
        { slug: 'b', data: { formerSlugs: ['a'] } },
      ]),
    ).toThrow(/live article/);
    expect(() =>
      articleRedirects([
        { slug: 'a', data: { formerSlugs: ['x'] } },
        { slug: 'b', data: { formerSlugs: ['x'] } },
      ]),
    ).toThrow(/claimed by both/);
  });

  it('writes the _redirects file, one "from to 301" line each', () => {
    const file = redirectsFile(articleRedirects([{ slug: 'new', data: { formerSlugs: ['old'] } }]));
    const lines = file.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['/articles/old/ /articles/new/ 301']);
    expect(file.endsWith('\n')).toBe(true);
    expect(
      redirectsFile([])
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual([]);
  });
});
