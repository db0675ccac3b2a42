import { describe, expect, it } from 'vitest';
import { entitiesIn, expandedQuery, startsAName, suggestion, type NameRow } from '../../src/lib/search-rank.ts';
import { runSearch, unknownFilters, type PagefindHit, type PagefindLike } from '../../src/lib/search-run.ts';

const ROWS: NameRow[] = [
  ['kamaz', 'KAMAZ', 'Company', ['Kamaz', 'КАМАЗ', 'Kama Automobile Plant'], 40],
  ['kama', 'Kama', 'Brand', ['Кама'], 2],
  ['moskvich', 'Moskvich', 'Brand', ['Moskvitch', 'Москвич', '«Москвич»'], 50],
  ['moskvich-plant', 'Moscow Automobile Factory Moskvich', 'Plant', ['Moskvich plant'], 30],
  ['sergei-sobyanin', 'Sergei Sobyanin', 'Person', ['Sobyanin', 'Собянин'], 9],
  ['chery-tiggo-7-pro', 'Chery Tiggo 7 Pro', 'Vehicle model', ['Tiggo 7 Pro'], 3],
  ['chery', 'Chery', 'Company', ['Чери'], 20],
];

describe('entitiesIn', () => {
  it('finds the entities a query names by any spelling, longest first, and keeps the other words', () => {
    const { named, rest } = entitiesIn('КАМАЗ trucks at the Moskvich plant', ROWS);
    expect(named.map((n) => [n.row[0], n.alias])).toEqual([
      ['kamaz', 'КАМАЗ'],
      ['moskvich-plant', 'Moskvich plant'],
    ]);
    expect(rest).toEqual(['trucks', 'at', 'the']);
  });

  it('compares names by nameKey: case, quotes, fullwidth forms and invisible characters do not count', () => {
    for (const query of ['kamaz', 'ＫＡＭＡＺ', 'KAMAZ\u200B', '«КАМАЗ»'])
      expect(entitiesIn(query, ROWS).named[0]?.row[0], query).toBe('kamaz');
  });

  it('does not take a name out of the middle of a word', () => {
    expect(entitiesIn('Kamazov', ROWS).named).toEqual([]);
  });
});

describe('expandedQuery', () => {
  it('replaces each alias by the main name, so Pagefind highlights what articles say', () => {
    expect(expandedQuery('Москвич sales', ROWS)).toBe('Moskvich sales');
    expect(expandedQuery('Собянин', ROWS)).toBe('Sergei Sobyanin');
    expect(expandedQuery('Sobyanin', ROWS)).toBe('Sobyanin'); // already part of the main name
    expect(expandedQuery('used cars', ROWS)).toBe('used cars');
  });
});

describe('startsAName', () => {
  it('is true while the query is the start of a spelling, not yet a whole one', () => {
    expect(['КАМ', 'mosk', 'Sergei S'].map((q) => startsAName(q, ROWS))).toEqual([true, true, true]);
    expect(['КАМАЗ', 'Moskvich plant', 'used'].map((q) => startsAName(q, ROWS))).toEqual([false, false, false]);
  });
});

describe('suggestion', () => {
  it.each([
    ['Moskvitsch', 'Moskvich'],
    ['Kamas', 'KAMAZ'],
    ['Sobianin', 'Sergei Sobyanin'],
    ['Chery Tigo', 'Chery Tiggo'],
    ['Москвичь', 'Moskvich'],
    ['Собянен', 'Sergei Sobyanin'],
  ])('%s → %s', (typed, meant) => {
    expect(suggestion(typed, ROWS)).toBe(meant);
  });

  it('allows more edits in a longer word, none in a word of one or two letters', () => {
    expect(suggestion('Kazam', ROWS)).toBeUndefined(); // two edits in five letters
    expect(suggestion('Maskvitsh', ROWS)).toBe('Moskvich'); // two or three in nine
    expect(suggestion('Ka', ROWS)).toBeUndefined();
  });

  it('offers nothing for names spelled right or words it does not know', () => {
    for (const query of ['Moskvich', 'КАМАЗ', 'Sobyanin', 'used car prices', '2024'])
      expect(suggestion(query, ROWS), query).toBeUndefined();
  });
});

/** A stand-in for Pagefind: pages with a text and filters; a search returns the pages matching every word and every filter. */
function fakePagefind(pages: { id: string; text: string; filters: Record<string, string[]>; date: string }[]): PagefindLike {
  const match = (filter: unknown, values: string[] = []) => {
    const f = filter as { any?: string[]; all?: string[] };
    return f.any ? f.any.some((v) => values.includes(v)) : f.all!.every((v) => values.includes(v));
  };
  return {
    async search(term, options = {}) {
      const words = term?.toLowerCase().split(/\s+/) ?? [];
      let hits = pages.filter(
        (p) =>
          words.every((w) => p.text.toLowerCase().includes(w)) &&
          Object.entries(options.filters ?? {}).every(([key, f]) => match(f, p.filters[key])),
      );
      if (options.sort) hits = [...hits].sort((a, b) => b.date.localeCompare(a.date));
      const filters: Record<string, Record<string, number>> = {};
      for (const p of hits)
        for (const [key, values] of Object.entries(p.filters))
          for (const v of values) (filters[key] ??= {})[v] = (filters[key]![v] ?? 0) + 1;
      return {
        results: hits.map((p): PagefindHit => ({ id: p.id, data: async () => ({ url: p.id, excerpt: '', meta: {}, filters: p.filters }) })),
        filters,
      };
    },
  };
}

describe('runSearch', () => {
  const pf = fakePagefind([
    { id: '/entities/kamaz/', text: 'KAMAZ truck maker Kamaz КАМАЗ', filters: { kind: ['entity'], entity: ['kamaz'] }, date: '2024' },
    { id: '/articles/a/', text: 'KAMAZ and JAC talk', filters: { kind: ['report'], entity: ['kamaz'], year: ['2022'] }, date: '2022-05' },
    {
      id: '/articles/b/',
      text: 'The truck maker from Chelny',
      filters: { kind: ['brief'], entity: ['kamaz'], year: ['2023'] },
      date: '2023-01',
    },
    { id: '/articles/c/', text: 'Moskvich sales', filters: { kind: ['brief'], entity: ['moskvich'], year: ['2023'] }, date: '2023-06' },
    { id: '/entities/kama/', text: 'Kama brand of KAMAZ', filters: { kind: ['entity'], entity: ['kama'] }, date: '2023' },
  ]);
  const order = async (query: string, options = {}) => (await runSearch(pf, ROWS, { query, ...options })).hits.map(({ hit }) => hit.id);

  it('puts the named entity first, then every article filed under it (even one that never spells it), then other pages', async () => {
    expect(await order('КАМАЗ')).toEqual(['/entities/kamaz/', '/articles/a/', '/articles/b/', '/entities/kama/']);
  });

  it('keeps the reader’s filters, by id', async () => {
    expect(await order('КАМАЗ', { filters: { kind: ['brief'] } })).toEqual(['/articles/b/']);
    // Entity pages carry no year, so a year filter leaves only the articles of that year.
    expect(await order('КАМАЗ', { filters: { year: ['2022'] } })).toEqual(['/articles/a/']);
  });

  it('sorts articles newest first when asked', async () => {
    expect(await order('Kamaz', { sort: 'date' })).toEqual(['/entities/kamaz/', '/articles/b/', '/articles/a/', '/entities/kama/']);
  });

  it('finds plain text when the query names no entity', async () => {
    expect(await order('truck maker')).toEqual(['/articles/b/', '/entities/kamaz/']);
  });
});

describe('unknownFilters', () => {
  it('lists the filter values a URL asks for that the site does not have', () => {
    expect(
      unknownFilters(
        { kind: ['report', 'essay'], entity: ['kamaz', 'kamazz'], storyline: ['moskvich-revival'], year: ['2024', 'last'] },
        { storylines: ['moskvich-revival'], entities: ['kamaz'] },
      ),
    ).toEqual([
      ['kind', 'essay'],
      ['entity', 'kamazz'],
      ['year', 'last'],
    ]);
  });
});
