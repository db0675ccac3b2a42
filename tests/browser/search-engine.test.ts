/**
 * The site's own search code (src/lib/search-run.ts), run in Chromium on the built index.
 * Every spelling of a name finds every article about it: for every alias of every entity that
 * articles name (generated from the content), the entity's page comes first and every article
 * naming the entity is among the results. Near misses get the right suggestion.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { articleUrl, entityUrl } from '../../src/lib/urls.ts';
import { hasChromium, openSite } from '../helpers/browser.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { prepareSearch, searchIn, suggestionIn } from '../helpers/search-in-page.ts';

const { content } = checkContent(readContentDir(`${ROOT}/content`, ROOT));
const naming = new Map<string, string[]>();
for (const [slug, { data }] of content.articles)
  for (const id of data.entities) naming.set(id, [...(naming.get(id) ?? []), articleUrl(slug)]);
const cases = [...content.entities]
  .filter(([id]) => naming.has(id))
  .flatMap(([id, { data }]) => [data.name, ...data.aliases].map((alias) => [alias, id] as const));

describe.skipIf(!hasChromium)('search by every spelling, in Chromium', () => {
  const site = openSite();
  let page: Page;
  beforeAll(async () => {
    // The bundle goes in as an inline script, which the site's own policy rightly refuses.
    page = await site.browser.newPage({ bypassCSP: true });
    await prepareSearch(page, site.server.url);
  });
  afterAll(() => page?.close());

  it(`covers every alias of the ${naming.size} entities that articles name (${cases.length} spellings)`, () => {
    expect(cases.length).toBeGreaterThan(naming.size);
  });

  it.each(cases)('"%s" ranks /entities/%s/ first and finds every article naming it', async (alias, id) => {
    const urls = await searchIn(page, alias);
    expect(urls[0]).toBe(entityUrl(id));
    expect(urls).toEqual(expect.arrayContaining(naming.get(id)!));
  });

  it.each([
    ['Moskvitsch', 'Moskvich'],
    ['Kamas', 'KAMAZ'],
    ['Sobianin', 'Sergei Sobyanin'],
    ['Manturow', 'Denis Manturov'],
    ['Chery Tigo', 'Chery Tiggo'],
    ['Москвичь', 'Moskvich'],
    ['Собянен', 'Sergei Sobyanin'],
  ])('a near miss, "%s", is offered "%s"', async (typed, meant) => {
    expect(await suggestionIn(page, typed)).toBe(meant);
  });

  it('offers nothing for a name spelled right', async () => {
    for (const query of ['Moskvich', 'КАМАЗ', 'Sobyanin', 'JAC']) expect(await suggestionIn(page, query), query).toBeUndefined();
  });

  it.each([
    ['used car prices', '/articles/manturov-pins-car-industry-revival-on-chinese-joint-production/'],
    ['5 billion roubles', '/articles/moscow-and-kamaz-agree-to-invest-5-billion-roubles-in-moskvich-plant/'],
    ['KAMAZ JAC', '/entities/kamaz/'],
    ['Moskvitch sales', '/entities/moskvich/'],
  ])('"%s" finds %s first', async (query, first) => {
    expect((await searchIn(page, query))[0]).toBe(first);
  });

  it('finds every article naming all the entities a query names', async () => {
    const both = await searchIn(page, 'КАМАЗ JAC', { filters: { kind: ['report', 'brief'] } });
    const jac = new Set(naming.get('jac'));
    const expected = naming.get('kamaz')!.filter((url) => jac.has(url));
    expect(expected.length).toBeGreaterThan(0);
    expect(both).toEqual(expect.arrayContaining(expected));
  });

  it('indexes an article with its title, kind label, date, outlets and filters by id', async () => {
    const meta = await page.evaluate(async () => {
      const w = window as unknown as { pf: { search(q: string, o: object): Promise<{ results: { data(): Promise<unknown> }[] }> } };
      const r = await w.pf.search('Kogogin', { filters: { kind: { any: ['report'] } } });
      return r.results[0]!.data();
    });
    const { meta: m, filters: f } = meta as { meta: Record<string, string>; filters: Record<string, string[]> };
    expect(m.title).toBeTruthy();
    expect(m.kind).toBe('Report');
    expect(m.date).toMatch(/\d{4}$/);
    expect(m.outlets).toBeTruthy();
    expect(f.kind).toEqual(['report']);
    expect(f.entity).toContain('sergey-kogogin');
    expect(f.year![0]).toMatch(/^\d{4}$/);
  });

  it('leaves page chrome out of the index: the navigation words find nothing', async () => {
    expect(await searchIn(page, 'Storylines Timeline Entities Deals')).toEqual([]);
  });
});
