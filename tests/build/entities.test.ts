/** Entity pages as built, against the content: the index, each entity's page, and the outlets. */
import { describe, expect, it } from 'vitest';
import { SCOPE_ENTRY_LIMIT } from '../../src/lib/views/scope.ts';
import { checkedTracker } from '../helpers/fixtures.ts';
import { exists, page } from '../helpers/dist.ts';

const { tracker: t, content } = checkedTracker();
const entities = [...content.entities];
const cyrillic = (s: string) => s.replace(/[^\p{Script=Cyrillic}]/gu, '');

describe('the entities index', () => {
  it('lists every entity once, grouped by kind, alphabetical, with its article count', () => {
    const $ = page('/entities/');
    const links = $('main section li > a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.sort()).toEqual(entities.map(([id]) => `/entities/${id}/`).sort());
    $('main section').each((_, section) => {
      const names = $(section)
        .find('li > a')
        .map((_, a) => $(a).text())
        .get();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    });
    expect($('main li:has(> a[href="/entities/kamaz/"])').text()).toContain(`${t.articlesByEntity.get('kamaz')!.length} articles`);
  });
});

describe.each(entities)('/entities/%s/', (id, { data }) => {
  const $ = page(`/entities/${id}/`);

  it('shows the name, the summary and every alias, Cyrillic ones in lang="ru"', () => {
    expect($('h1').text()).toBe(data.name);
    expect($('.lead').text()).toBe(data.summary);
    const aliases = $('.aliases');
    for (const alias of data.aliases) expect(aliases.text(), alias).toContain(alias);
    expect(cyrillic(aliases.find('[lang="ru"]').text())).toBe(cyrillic(aliases.text()));
  });

  it('shows its relations in both directions', () => {
    for (const r of t.relationsByEntity.get(id) ?? []) {
      const line = $(`#relations ~ ul li:has(a[href="/entities/${r.other}/"])`);
      expect(line.length, `${id} ${r.label} ${r.other}`).toBeGreaterThan(0);
      expect(line.text(), `${id} ${r.label} ${r.other}`).toContain(r.label);
    }
  });

  it('lists the latest entries naming it (every year on its page when there are more), and each article links back', () => {
    const entries = t.entriesByEntity.get(id) ?? [];
    const hrefs = $('#entity-timeline ~ .timeline .entry-title a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(entries.slice(0, SCOPE_ENTRY_LIMIT).map((e) => e.url));
    for (const a of t.articlesByEntity.get(id) ?? []) {
      expect(page(a.url)(`a[href="/entities/${id}/"]`).length, a.slug).toBeGreaterThan(0);
    }
    if (entries.length > SCOPE_ENTRY_LIMIT) {
      for (const year of new Set(entries.map((e) => e.date.year))) expect(exists(`/entities/${id}/${year}/`), String(year)).toBe(true);
    }
  });

  it('links to its feed', () => {
    expect($(`a[href="/entities/${id}/rss.xml"]`).length).toBe(1);
  });
});

describe('KAMAZ, as a reader finds it', () => {
  const $ = page('/entities/kamaz/');
  const text = $('main').text().replace(/\s+/g, ' ');

  it('is Russia’s biggest truck maker, also written КАМАЗ and Kamaz', () => {
    expect(text).toMatch(/Russia's biggest truck maker/);
    expect($('.aliases').text()).toContain('КАМАЗ');
    expect($('.aliases').text()).toContain('Kamaz');
  });
  it('shows the JAC partnership and its status', () => {
    expect($('#deals ~ ul').text().replace(/\s+/g, ' ')).toMatch(/KAMAZ and JAC: building the Moskvich Production/);
  });
  it('walks to JAC, Kogogin and the Moskvich plant', () => {
    for (const id of ['jac', 'sergey-kogogin', 'moskvich-plant'])
      expect($(`main a[href="/entities/${id}/"]`).length, id).toBeGreaterThan(0);
  });
  it('does not link to itself from its own profile', () => {
    expect($('#profile ~ * a[href="/entities/kamaz/"]').length).toBe(0);
  });
});

describe('outlets', () => {
  it('list the articles that cite them', () => {
    expect(page('/entities/tass/')('#citing ~ ul li').length).toBe(t.articlesByOutlet.get('tass')!.length);
  });
  it('every outlet cited by an article has a page', () => {
    for (const a of t.articles) for (const s of a.data.sources) expect(exists(`/entities/${s.outlet}/`)).toBe(true);
  });
});
