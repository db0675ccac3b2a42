import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { formatPartialDate } from '../../src/core/partial-date.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { allPages, exists, page } from '../helpers/dist.ts';

const { content } = checkContent(readContentDir(`${ROOT}/content`, ROOT));
const articles = [...content.articles];
const entities = [...content.entities];

describe('the real content', () => {
  it('holds reports and briefs, and every article is built', () => {
    expect(articles.some(([, a]) => a.data.kind === 'report')).toBe(true);
    expect(articles.some(([, a]) => a.data.kind === 'brief')).toBe(true);
    for (const [slug] of articles) expect(exists(`/articles/${slug}/`), slug).toBe(true);
  });
  it('passes the content check with no error', () => {
    const { problems } = checkContent(readContentDir(`${ROOT}/content`, ROOT));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('article pages', () => {
  it.each(articles)('/articles/%s/ has the headline, the date as precise as known, the summary and the sources', (slug, { data }) => {
    const $ = page(`/articles/${slug}/`);
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').text().trim()).toBe(data.title);
    const time = $('article header time').first();
    expect(time.attr('datetime')).toBe(data.date);
    expect(time.text()).toBe(formatPartialDate(data.date));
    expect($('meta[name="description"]').attr('content')).toBe(data.summary);
    const external = $('.sources a[href^="http"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(external).toEqual(data.sources.map((s) => s.url));
    $('.sources a[href^="http"]').each((_, a) => expect($(a).attr('rel')).toBe('noopener noreferrer'));
    if (data.figures.length) expect($('#figures ~ table tbody tr')).toHaveLength(data.figures.length);
  });

  it('every entity an article names links to a page that exists', () => {
    for (const [slug, { data }] of articles) {
      const $ = page(`/articles/${slug}/`);
      const linked = new Set(
        $('a[href^="/entities/"]')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
      for (const id of data.entities) {
        expect(linked, `${slug} → ${id}`).toContain(`/entities/${id}/`);
        expect(exists(`/entities/${id}/`), id).toBe(true);
      }
    }
  });

  it('marks Cyrillic text as Russian', () => {
    for (const path of allPages()) {
      const $ = page(path);
      $('body *:not(script):not(style)').each((_, el) => {
        const own = $(el)
          .contents()
          .filter((_, n) => n.type === 'text')
          .text();
        if (/\p{Script=Cyrillic}/u.test(own)) {
          expect($(el).closest('[lang="ru"]').length, `${path}: "${own.trim()}"`).toBeGreaterThan(0);
        }
      });
    }
  });
});

describe('every page', () => {
  it('has a title, a description, a canonical URL, the header navigation and a main landmark', () => {
    for (const path of allPages()) {
      const $ = page(path);
      expect($('title').text(), path).not.toBe('');
      expect($('meta[name="description"]').attr('content'), path).toBeTruthy();
      expect($('link[rel="canonical"]').attr('href'), path).toMatch(/^https:\/\//);
      expect($('header nav a[href="/"]').text(), path).toBe('Timeline');
      // The search page has its own box instead of the header's.
      expect($('header form[action="/search/"] input[name="q"]').length, path).toBe(path === '/search/' ? 0 : 1);
      expect($('main#main').length, path).toBe(1);
    }
  });
  it('has a page per entity', () => {
    for (const [id] of entities) expect(exists(`/entities/${id}/`), id).toBe(true);
  });
});
