import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { page } from '../helpers/dist.ts';
import { openSearch, type Search } from '../helpers/pagefind.ts';

const { content } = checkContent(readContentDir(`${ROOT}/content`, ROOT));
const entities = [...content.entities];
let search: Search;

beforeAll(async () => {
  search = await openSearch();
});
afterAll(() => search?.close());

describe('every entity is found by its name and by each alias', () => {
  const cases = entities.flatMap(([id, { data }]) => [data.name, ...data.aliases].map((query) => [query, id] as const));
  it.each(cases)('"%s" puts /entities/%s/ first', async (query, id) => {
    expect((await search.urls(query, { limit: 1 }))[0]).toBe(`/entities/${id}/`);
  });
});

describe('real-world queries', () => {
  const cases: [query: string, first: string, next?: string][] = [
    ['moskvitch', '/entities/moskvich/', '/articles/russia-courts-chinese-carmakers-for-moskvich-revival/'],
    ['Москвич', '/entities/moskvich/'],
    ['kamaz', '/entities/kamaz/'],
    ['КАМАЗ', '/entities/kamaz/'],
    ['First Automotive Works', '/entities/faw/', '/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/'],
    ['faw', '/entities/faw/'],
    ['Kogogin', '/entities/sergey-kogogin/', '/articles/kamaz-chief-says-moskvich-plant-could-make-300000-cars-a-year/'],
    ['Manturov', '/entities/denis-manturov/'],
    ['Sobyanin', '/entities/sergei-sobyanin/'],
    ['Laptev', '/entities/konstantin-laptev/', '/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/'],
    [
      'Tiggo 4 Pro',
      '/entities/chery-tiggo-4-pro/',
      '/articles/chery-puts-russian-assembly-first-but-says-moscow-never-asked-about-moskvich/',
    ],
    ['J7', '/entities/jac-j7/'],
    ['Compass truck', '/entities/kamaz-compass/'],
    ['Avtoframos', '/entities/renault-russia/'],
    ['Minpromtorg', '/entities/ministry-of-industry-and-trade/'],
    ['used car prices', '/articles/manturov-pins-car-industry-revival-on-chinese-joint-production/'],
    ['14,778 vehicles', '/entities/zil/', '/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/'],
    ['5 billion roubles', '/articles/moscow-and-kamaz-agree-to-invest-5-billion-roubles-in-moskvich-plant/'],
  ];
  it.each(cases)('"%s" → %s first', async (query, first, next) => {
    const urls = await search.urls(query, { limit: 5 });
    expect(urls[0]).toBe(first);
    if (next) expect(urls.slice(1)).toContain(next);
  });
});

describe('the index', () => {
  it('carries title, kind, date and filters on articles', async () => {
    const [kamaz] = await search.data('300,000 cars a year', 1);
    expect(kamaz!.meta.title).toMatch(/KAMAZ/);
    expect(kamaz!.meta.kind).toBe('Report');
    expect(kamaz!.meta.date).toBe('June 2022');
    expect(kamaz!.filters.kind).toEqual(['Article']);
    expect(kamaz!.filters.year).toEqual(['2022']);
    expect(kamaz!.filters.entity).toContain('KAMAZ');
    expect(kamaz!.filters.storyline!.length).toBeGreaterThan(0);
  });
  it('filters by kind', async () => {
    const articles = await search.urls('kamaz', { filters: { kind: 'Article' }, limit: 20 });
    expect(articles.length).toBeGreaterThan(0);
    for (const url of articles) expect(url).toMatch(/^\/articles\//);
  });
  it('leaves page chrome out: the navigation words find nothing', async () => {
    expect(await search.data('Storylines Timeline Entities Deals', 5)).toEqual([]);
  });
  it('highlights matched words in excerpts', async () => {
    const [first] = await search.data('Laptev', 1);
    expect(first!.excerpt).toMatch(/<mark>Laptev\.?<\/mark>/);
  });
});

describe('the search page', () => {
  it('works as a plain GET form before any script, and says search needs JavaScript', () => {
    const $ = page('/search/');
    expect($('form#search-form').attr('action')).toBe('/search/');
    expect($('form#search-form').attr('method')).toBe('get');
    expect($('#search-needs-js a[href="/"]').length).toBe(1);
    expect($('#search-needs-js a[href="/entities/"]').length).toBe(1);
    expect($('#search-status').attr('role')).toBe('status');
  });
  it('is linked from every page header as a GET form to /search/', () => {
    for (const path of ['/', '/entities/kamaz/', '/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/']) {
      expect(page(path)('header form[action="/search/"][method="get"] input[name="q"]').length, path).toBe(1);
    }
  });
});
