import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { figuresAbout } from '../../src/lib/entity-facts.ts';
import { hasCyrillic } from '../../src/lib/lang.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { relationsOf } from '../../src/lib/relations.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { exists, page } from '../helpers/dist.ts';

const { content } = checkContent(readContentDir(`${ROOT}/content`, ROOT));
const entities = [...content.entities];
const articles = [...content.articles].map(([slug, { data }]) => ({ slug, data }));
const entityData = new Map(entities.map(([id, { data }]) => [id, data]));

describe('the entities index', () => {
  it('lists every entity once, grouped by kind, alphabetical, with its article count', () => {
    const $ = page('/entities/');
    const links = $('main .entry-title')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.sort()).toEqual(entities.map(([id]) => `/entities/${id}/`).sort());
    $('main section').each((_, section) => {
      const names = $(section)
        .find('.entry-title')
        .map((_, a) => $(a).text())
        .get();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    });
    const kamaz = $('main .entry:has(a[href="/entities/kamaz/"])').text();
    const count = articles.filter((a) => a.data.entities.includes('kamaz')).length;
    expect(kamaz).toContain(`${count} articles`);
  });
});

describe.each(entities)('/entities/%s/', (id, { data }) => {
  const $ = page(`/entities/${id}/`);

  it('shows the name, the summary and every alias, Cyrillic ones in lang="ru"', () => {
    expect($('h1').text()).toBe(data.name);
    expect($('.lead').text()).toBe(data.summary);
    const aliases = $('.aliases li');
    expect(aliases.map((_, li) => $(li).text()).get()).toEqual(data.aliases);
    aliases.each((_, li) => {
      if (!hasCyrillic($(li).text())) return;
      const cyrillic = (s: string) => s.replace(/[^\p{Script=Cyrillic}]/gu, '');
      expect(cyrillic($(li).find('[lang="ru"]').text())).toBe(cyrillic($(li).text()));
    });
  });

  it('shows its relations in both directions', () => {
    for (const r of relationsOf(id, entityData)) {
      expect(
        $('.relations a')
          .map((_, a) => $(a).attr('href'))
          .get(),
        `${id} ${r.label} ${r.other}`,
      ).toContain(`/entities/${r.other}/`);
      expect($('.relations').text()).toContain(r.label);
    }
  });

  it('has a table row per figure reported about it', () => {
    expect($('#figures + table tbody tr').length).toBe(figuresAbout(id, articles).length);
  });

  it('links to every article that names it, and each of those articles links back', () => {
    const naming = articles.filter((a) => a.data.entities.includes(id));
    const hrefs = $('#entity-timeline ~ .timeline .entry-title a')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const a of naming) {
      expect(hrefs, a.slug).toContain(`/articles/${a.slug}/`);
      expect(page(`/articles/${a.slug}/`)(`a[href="/entities/${id}/"]`).length).toBeGreaterThan(0);
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
  it('shows the JAC partnership and its status, the 300,000 cars a year with its source, and the 5 billion roubles', () => {
    expect($('#deals + ul').text().replace(/\s+/g, ' ')).toMatch(/KAMAZ and JAC: building the Moskvich ?: Production/);
    const figures = $('#figures + table').text().replace(/\s+/g, ' ');
    expect(figures).toContain('300,000 cars a year');
    expect(figures).toContain('5,000,000,000 roubles');
    expect($('#figures + table tr:contains("300,000") a').attr('href')).toMatch(/^\/articles\//);
  });
  it('walks to JAC, Kogogin and the Moskvich plant', () => {
    for (const id of ['jac', 'sergey-kogogin', 'moskvich-plant'])
      expect($(`main a[href="/entities/${id}/"]`).length, id).toBeGreaterThan(0);
  });
  it('does not link to itself from its own profile', () => {
    expect($('#profile ~ * a[href="/entities/kamaz/"], #profile ~ p a[href="/entities/kamaz/"]').length).toBe(0);
  });
});

describe('outlets', () => {
  it('list the articles that cite them', () => {
    const $ = page('/entities/tass/');
    const citing = articles.filter((a) => a.data.sources.some((s) => s.outlet === 'tass' || s.via === 'tass'));
    expect($('#citing + ul li').length).toBe(citing.length);
  });
  it('every outlet cited by an article has a page', () => {
    for (const a of articles) for (const s of a.data.sources) expect(exists(`/entities/${s.outlet}/`)).toBe(true);
  });
});
