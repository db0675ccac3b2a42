import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import { eventUrl } from '../../src/lib/urls.ts';
import { articleView, RELATED_ARTICLES, relatedArticles } from '../../src/lib/views/article.ts';
import { statusView } from '../../src/lib/views/common.ts';
import { SITE_URL } from '../../src/site-config.ts';
import { article, figure, trackerOf } from './small-tracker.ts';

const SITE = SITE_URL.replace(/\/$/, '');

describe('articleView: where the article sits', () => {
  const t = trackerOf([
    article('oldest', '2021-03-01'),
    article('older', '2022-03-01', { storylines: ['revival', 'china'] }),
    article('this', '2022-06-10', { storylines: ['revival', 'china'] }),
    article('china-only', '2022-07-01', { storylines: ['china'] }),
    article('newer', '2022-09-01'),
  ]);
  const view = (slug: string) => articleView(t, t.articlesBySlug.get(slug)!);

  it('leads the breadcrumb with the main (first) storyline, then the date', () => {
    expect(view('this').breadcrumb).toEqual({
      storyline: { text: 'The revival', href: '/storylines/revival/' },
      date: toPartialDate('2022-06-10'),
    });
    expect(view('china-only').breadcrumb.storyline).toEqual({ text: 'Chinese partners', href: '/storylines/china/' });
  });

  const neighbour = (slug: string, rel: 'prev' | 'next') => view(slug).more.find((m) => m.rel === rel);

  it('links the older and newer neighbours in the main storyline as previous and next', () => {
    expect(neighbour('this', 'prev')).toEqual({
      text: 'Title of older',
      href: '/articles/older/',
      date: toPartialDate('2022-03-01'),
      label: 'Earlier in The revival',
      rel: 'prev',
    });
    // "china-only" is newer but not in the main storyline.
    expect(neighbour('this', 'next')).toMatchObject({ text: 'Title of newer', href: '/articles/newer/', label: 'Later in The revival' });
    expect(
      view('this')
        .more.slice(0, 2)
        .map((m) => m.rel),
    ).toEqual(['prev', 'next']);
  });

  it('has no previous for the first article of its storyline, and no next for the latest', () => {
    expect(neighbour('oldest', 'prev')).toBeUndefined();
    expect(neighbour('oldest', 'next')?.href).toBe('/articles/older/');
    expect(neighbour('newer', 'next')).toBeUndefined();
    expect(neighbour('china-only', 'next')).toBeUndefined();
    expect(neighbour('china-only', 'prev')?.href).toBe('/articles/this/');
  });

  it('lists every storyline it belongs to', () => {
    expect(view('this').storylines.map((s) => s.href)).toEqual(['/storylines/revival/', '/storylines/china/']);
  });
});

describe('relatedArticles', () => {
  const t = trackerOf([
    article('this', '2022-06-10', { entities: ['kamaz', 'jac', 'moskvich', 'tass'] }),
    article('three-shared', '2020-01-01', { entities: ['kamaz', 'jac', 'moskvich'] }),
    article('two-shared-old', '2021-01-01', { entities: ['kamaz', 'jac'] }),
    article('two-shared-new', '2022-01-01', { entities: ['jac', 'moskvich', 'renault'] }),
    article('one-shared', '2022-08-01', { entities: ['moskvich'] }),
    article('outlet-only', '2022-09-01', { entities: ['tass', 'renault'] }),
  ]);
  const related = (slug: string) => relatedArticles(t, t.articlesBySlug.get(slug)!).map((a) => a.slug);

  it(`suggests up to ${RELATED_ARTICLES} articles sharing the most entities, the newest first among equals`, () => {
    expect(related('this')).toEqual(['three-shared', 'two-shared-new', 'two-shared-old']);
  });

  it('never counts an outlet as a shared entity, and never suggests the article itself', () => {
    expect(related('outlet-only')).toEqual(['two-shared-new']);
    expect(relatedArticles(t, t.articlesBySlug.get('this')!, 10).map((a) => a.slug)).toEqual([
      'three-shared',
      'two-shared-new',
      'two-shared-old',
      'one-shared',
    ]);
  });

  it('is what the page shows, with dates', () => {
    const related = articleView(t, t.articlesBySlug.get('this')!).more.filter((m) => m.label === 'Related');
    expect(related.map((r) => r.href)).toEqual(['/articles/three-shared/', '/articles/two-shared-new/', '/articles/two-shared-old/']);
    expect(related[0]).toEqual({
      text: 'Title of three-shared',
      href: '/articles/three-shared/',
      date: toPartialDate('2020-01-01'),
      label: 'Related',
    });
  });

  it('ranks as a full sort would, at any limit, over many articles with many ties', () => {
    const ids = ['kamaz', 'jac', 'moskvich', 'renault', 'sobyanin', 'moscow'];
    // 120 articles, each naming a fixed but scattered subset of the entities (bit k of i*37 mod 64 names ids[k]).
    const many = trackerOf(
      Array.from({ length: 120 }, (_, i) => {
        const mask = ((i * 37) % 63) + 1;
        const day = String((i % 28) + 1).padStart(2, '0');
        return article(`a-${i}`, `20${10 + (i % 12)}-0${(i % 9) + 1}-${day}`, { entities: ids.filter((_, k) => mask & (1 << k)) });
      }),
    );
    const shared = (a: (typeof many.articles)[number], b: (typeof many.articles)[number]) =>
      a.data.entities.filter((id) => b.data.entities.includes(id)).length;
    for (const subject of many.articles.filter((_, i) => i % 7 === 0))
      for (const limit of [0, 1, 3, 10, 200]) {
        const expected = many.articles
          .filter((a) => a !== subject && shared(a, subject) > 0)
          .sort((a, b) => shared(b, subject) - shared(a, subject) || a.index - b.index)
          .slice(0, limit);
        expect(relatedArticles(many, subject, limit), `${subject.slug} at ${limit}`).toEqual(expected);
      }
  });

  it('is empty when nothing else names its entities', () => {
    const alone = trackerOf([article('a', '2022-01-01', { entities: ['renault'] }), article('b', '2022-01-02', { entities: ['jac'] })]);
    expect(relatedArticles(alone, alone.articlesBySlug.get('a')!)).toEqual([]);
  });
});

describe('articleView: what the article says and where it comes from', () => {
  const t = trackerOf([
    article('talks', '2022-05-19', {
      title: 'KAMAZ in talks with JAC',
      entities: ['kamaz', 'jac', 'tass'],
      sources: [
        { outlet: 'tass', title: 'Переговоры', url: 'https://tass.example/1', date: '2022-05-19', language: 'ru' },
        { outlet: 'reuters', via: 'marketscreener', title: null, url: 'https://marketscreener.example/2' },
      ],
      figures: [
        figure({ value: 14778, period: '2024-H1', basis: 'plan', entity: 'kamaz', note: 'Per the plant.' }),
        figure({ measure: 'capacity', unit: 'cars a year', value: 100000, period: '2022-11/2024-03', basis: 'capacity', entity: 'jac' }),
      ],
      events: [
        { id: 'talks-begin', date: '2022-05', text: 'Talks began.', entities: ['kamaz'] },
        { id: 'renault-exit', date: '2022-05-16', text: 'Renault left.', entities: ['renault'] },
      ],
      deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05' }],
      updates: [
        { date: '2022-05-20', note: 'Added the TASS report.' },
        { date: '2022-06-02', note: 'Corrected the date.' },
        { date: '2022-06', note: 'Clarified.' },
      ],
    }),
  ]);
  const view = articleView(t, t.articlesBySlug.get('talks')!);

  it('shows each source with its outlet, the outlet’s type, the relay and the headline, "untitled" without one', () => {
    expect(view.sources).toEqual([
      {
        outlet: { text: 'TASS', href: '/entities/tass/' },
        outletType: 'news agency',
        title: 'Переговоры',
        untitled: false,
        url: 'https://tass.example/1',
        date: toPartialDate('2022-05-19'),
        language: 'ru',
      },
      {
        outlet: { text: 'Reuters', href: '/entities/reuters/' },
        outletType: 'news agency',
        via: { text: 'MarketScreener', href: '/entities/marketscreener/' },
        title: 'untitled',
        untitled: true,
        url: 'https://marketscreener.example/2',
      },
    ]);
  });

  it('writes each figure’s value, period and basis in words, with what it is about', () => {
    expect(view.figures).toEqual([
      {
        label: 'Cars sold',
        value: '14,778',
        unit: 'cars',
        period: 'first half of 2024',
        basis: 'plan or target',
        about: { text: 'KAMAZ', href: '/entities/kamaz/' },
        note: 'Per the plant.',
      },
      {
        label: 'Cars sold',
        value: '100,000',
        unit: 'cars a year',
        period: 'November 2022 to March 2024',
        basis: 'capacity',
        about: { text: 'JAC', href: '/entities/jac/' },
      },
    ]);
  });

  it('anchors every event where the timeline links to it', () => {
    expect(view.events.map((e) => [e.anchor, e.date.iso, e.text])).toEqual([
      ['event-talks-begin', '2022-05', 'Talks began.'],
      ['event-renault-exit', '2022-05-16', 'Renault left.'],
    ]);
    const linked = t.timeline.flatMap((e) => [e.url, ...e.events.map((x) => x.url)]).filter((u) => u.includes('#'));
    expect(linked.sort()).toEqual(view.events.map((e) => `${view.url}#${e.anchor}`).sort());
    expect(linked).toContain(eventUrl('talks', 'renault-exit'));
  });

  it('links the deals it records, with the status and when it took hold', () => {
    expect(view.deals).toEqual([
      { deal: { text: 'KAMAZ and JAC', href: '/deals/#deal-kamaz-jac' }, status: statusView('in-talks'), date: toPartialDate('2022-05') },
    ]);
  });

  it('lists the updates and names every entity, outlets included', () => {
    expect(view.updates.map((u) => [u.date.iso, u.text])).toEqual([
      ['2022-05-20', 'Added the TASS report.'],
      ['2022-06-02', 'Corrected the date.'],
      ['2022-06', 'Clarified.'],
    ]);
    expect(view.named.map((n) => n.text)).toEqual(['KAMAZ', 'JAC', 'TASS']);
  });

  it('builds the NewsArticle JSON-LD: absolute URL, date as precise as known, last update, sources', () => {
    expect(view.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'KAMAZ in talks with JAC',
      url: `${SITE}/articles/talks/`,
      datePublished: '2022-05-19',
      dateModified: '2022-06-02',
      image: [`${SITE}/cards/articles/talks.png`],
      articleSection: ['The revival'],
    });
    expect(view.jsonLd.citation).toHaveLength(2);
    expect((view.jsonLd.citation as { name?: string }[])[1]).not.toHaveProperty('name');
    expect((view.jsonLd.about as { name: string }[]).map((a) => a.name)).toEqual(['KAMAZ', 'JAC', 'TASS']);
  });

  it('gives the link preview and Open Graph what they need', () => {
    expect(view.card.path).toBe('/cards/articles/talks.png');
    expect(view.card.alt).toBe('KAMAZ in talks with JAC (The revival, 19 May 2022)');
    expect(view.og).toEqual({
      publishedTime: '2022-05-19',
      modifiedTime: '2022-06-02',
      section: 'The revival',
      tags: ['KAMAZ', 'JAC', 'TASS'],
    });
  });

  it('has no modified time without updates', () => {
    const plain = trackerOf([article('plain', '2022-01-01')]);
    const v = articleView(plain, plain.articles[0]!);
    expect(v.og).not.toHaveProperty('modifiedTime');
    expect(v.jsonLd).not.toHaveProperty('dateModified');
  });

  it('indexes the article for search by kind, storyline, entity and year, with its outlets’ names', () => {
    expect(view.search.filters).toEqual({ kind: ['report'], storyline: ['revival'], entity: ['kamaz', 'jac', 'tass'], year: ['2022'] });
    expect(view.search.meta.outlets).toBe('TASS, Reuters');
  });
});
