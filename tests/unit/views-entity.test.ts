import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import type { TimelineView } from '../../src/lib/views/common.ts';
import { entityView, entityYearViews, KEY_FIGURES, keyFigures, RELATED_LIMIT } from '../../src/lib/views/entity.ts';
import { SCOPE_ENTRY_LIMIT } from '../../src/lib/views/scope.ts';
import { SITE_URL } from '../../src/site-config.ts';
import { article, daily, figure, trackerOf } from './small-tracker.ts';

const SITE = SITE_URL.replace(/\/$/, '');
const entryKeys = (view: TimelineView) =>
  view.years.flatMap((y) => [...y.months.flatMap((m) => m.entries), ...y.sometime].map((e) => e.key));
const countOf = (view: TimelineView) => view.years.reduce((n, y) => n + y.count, 0);

describe('keyFigures', () => {
  const t = trackerOf(
    [
      article('sales-2023', '2024-02-01', {
        entities: ['moskvich'],
        figures: [figure({ value: 6000, period: '2023' }), figure({ value: 999, period: '2023', entity: 'kamaz' })],
      }),
      article('sales-2022', '2023-01-15', {
        entities: ['moskvich'],
        figures: [figure({ value: 3000, period: '2022' }), figure({ value: 50000, period: '2025', basis: 'plan' })],
      }),
      article('sales-h1', '2023-07-10', { entities: ['moskvich'], figures: [figure({ value: 2500, period: '2023-H1' })] }),
      article('capacity', '2022-05-19', {
        entities: ['moskvich'],
        figures: [
          figure({ measure: 'capacity', unit: 'cars a year', value: 100000, period: '2025', basis: 'plan' }),
          figure({ measure: 'capacity', unit: 'cars a year', value: 50000, period: '2023', basis: 'plan' }),
        ],
      }),
    ],
    {
      measures: {
        price: { name: 'Price', unit: 'roubles' },
        staff: { name: 'Staff', unit: 'people' },
        output: { name: 'Output', unit: 'cars' },
      },
    },
  );

  it('shows the latest result of each measure about the entity, and a plan only where there is no result', () => {
    const { figures, measures } = keyFigures(t, 'moskvich');
    expect(figures).toEqual([
      {
        value: '6,000',
        unit: 'cars',
        what: 'Moskvich cars sold',
        period: '2023',
        article: { text: 'Title of sales-2023', href: '/articles/sales-2023/' },
      },
      {
        value: '100,000',
        unit: 'cars a year',
        what: 'Plant capacity',
        period: '2025',
        article: { text: 'Title of capacity', href: '/articles/capacity/' },
      },
    ]);
    expect(measures).toEqual(['sales', 'capacity']);
  });

  it('takes only the figures about the entity, not the others in the same article', () => {
    expect(keyFigures(t, 'kamaz').figures.map((f) => f.value)).toEqual([]);
    const kamaz = trackerOf([
      article('k', '2024-02-01', { entities: ['kamaz'], figures: [figure({ value: 999, entity: 'kamaz' }), figure()] }),
    ]);
    expect(keyFigures(kamaz, 'kamaz').figures.map((f) => f.value)).toEqual(['999']);
  });

  it(`shows at most ${KEY_FIGURES}, results first, and still lists every measure for the charts`, () => {
    const measures = ['sales', 'capacity', 'price', 'staff', 'output'];
    const units: Record<string, string> = { sales: 'cars', capacity: 'cars a year', price: 'roubles', staff: 'people', output: 'cars' };
    const many = trackerOf(
      [
        article('many', '2024-02-01', {
          entities: ['moskvich'],
          figures: measures.map((m, i) =>
            figure({ measure: m, unit: units[m], value: i + 1, basis: m === 'capacity' ? 'plan' : 'result' }),
          ),
        }),
      ],
      {
        measures: {
          price: { name: 'Price', unit: 'roubles' },
          staff: { name: 'Staff', unit: 'people' },
          output: { name: 'Output', unit: 'cars' },
        },
      },
    );
    const result = keyFigures(many, 'moskvich');
    expect(result.figures).toHaveLength(KEY_FIGURES);
    expect(result.figures.map((f) => f.what)).not.toContain('Plant capacity');
    expect([...result.measures].sort()).toEqual([...measures].sort());
  });

  it('is empty for an entity without figures', () => {
    expect(keyFigures(t, 'renault')).toEqual({ figures: [], measures: [] });
  });
});

describe('entityView: a company', () => {
  const t = trackerOf(
    [
      article('a', '2022-05-19', {
        entities: ['kamaz', 'jac', 'moskvich', 'tass'],
        sources: [
          { outlet: 'tass', title: 'T', url: 'https://example.com/t' },
          { outlet: 'reuters', via: 'marketscreener', title: 'R', url: 'https://example.com/r' },
        ],
      }),
      article('b', '2022-06-01', { entities: ['kamaz', 'jac'] }),
      article('c', '2022-07-01', {
        entities: ['kamaz', 'renault'],
        sources: [{ outlet: 'reuters', title: 'R', url: 'https://example.com/c' }],
      }),
      article('d', '2022-08-01', { entities: ['jac'] }),
    ],
    {
      entities: {
        kamaz: {
          name: 'KAMAZ',
          kind: 'company',
          summary: 'A truck maker.',
          country: 'RU',
          aliases: ['КАМАЗ'],
          relations: [{ entity: 'jac', relation: 'partner-of', from: '2022-05' }],
        },
        chief: { name: 'Sergey Kogogin', kind: 'person', summary: 'The chief.', role: 'Chief executive', affiliation: 'kamaz' },
      },
    },
  );
  const view = entityView(t, t.entities.get('kamaz')!);

  it('ranks the entities named in the same articles, outlets and itself aside', () => {
    expect(view.related).toEqual([
      { text: 'JAC', href: '/entities/jac/', count: 2 },
      { text: 'Moskvich', href: '/entities/moskvich/', count: 1 },
      { text: 'Renault', href: '/entities/renault/', count: 1 },
    ]);
  });

  it(`shows at most ${RELATED_LIMIT} related entities`, () => {
    const extra = Object.fromEntries(
      Array.from({ length: RELATED_LIMIT + 3 }, (_, i) => [`e-${i}`, { name: `E${i}`, kind: 'company', summary: 'S.' }]),
    );
    const wide = trackerOf([article('w', '2022-01-01', { entities: ['kamaz', ...Object.keys(extra)] })], { entities: extra });
    expect(entityView(wide, wide.entities.get('kamaz')!).related).toHaveLength(RELATED_LIMIT);
  });

  it('ranks the outlets that reported on it, relays included', () => {
    expect(view.outlets).toEqual([
      { text: 'Reuters', href: '/entities/reuters/', count: 2 },
      { text: 'TASS', href: '/entities/tass/', count: 2 },
      { text: 'MarketScreener', href: '/entities/marketscreener/', count: 1 },
    ]);
    expect(view).not.toHaveProperty('citing');
  });

  it('shows its relations from its side, its people and its deals', () => {
    expect(view.relations).toEqual([
      { label: 'partner of', other: { text: 'JAC', href: '/entities/jac/' }, from: toPartialDate('2022-05') },
    ]);
    expect(entityView(t, t.entities.get('jac')!).relations.map((r) => [r.label, r.other.text])).toEqual([['partner of', 'KAMAZ']]);
    expect(view.people).toEqual([{ text: 'Sergey Kogogin', href: '/entities/chief/', role: 'Chief executive' }]);
    expect(view.deals.map((d) => d.id)).toEqual(['kamaz-jac']);
  });

  it('links a person to the organisation they belong to', () => {
    const chief = entityView(t, t.entities.get('chief')!);
    expect(chief.affiliation).toEqual({ text: 'KAMAZ', href: '/entities/kamaz/' });
    expect(chief.role).toBe('Chief executive');
    expect(view).not.toHaveProperty('affiliation');
  });

  it('shows every entry when there are few, with no year pages', () => {
    expect(view.entryCount).toBe(3);
    expect(entryKeys(view.timeline)).toEqual(['c', 'b', 'a']);
    expect(view.years).toEqual([]);
    expect(entityYearViews(t, t.entities.get('kamaz')!)).toEqual([]);
  });

  it('gives search, the link preview and JSON-LD what they need', () => {
    expect(view.search.meta).toMatchObject({ kind: 'Company', articles: '3' });
    expect(view.search.sort).toEqual({ date: '2022-07-01' });
    expect(view.card.path).toBe('/cards/entities/kamaz.png');
    expect(view.card.content.date).toBe('Latest report: 1 July 2022');
    expect(view.jsonLd).toMatchObject({ '@type': 'Organization', name: 'KAMAZ', url: `${SITE}/entities/kamaz/`, alternateName: ['КАМАЗ'] });
    expect(view.feed).toBe('/entities/kamaz/rss.xml');
  });
});

describe('entityView: an outlet', () => {
  const t = trackerOf([
    article('relayed', '2022-05-19', { sources: [{ outlet: 'reuters', via: 'marketscreener', title: 'R', url: 'https://example.com/r' }] }),
    article('direct', '2022-06-01', { sources: [{ outlet: 'marketscreener', title: 'M', url: 'https://example.com/m' }] }),
    article('other', '2022-07-01'),
  ]);
  const view = entityView(t, t.entities.get('marketscreener')!);

  it('lists the articles citing it, as the source or the relay, newest first', () => {
    expect(view.citing).toEqual([
      { text: 'Title of direct', href: '/articles/direct/', date: toPartialDate('2022-06-01') },
      { text: 'Title of relayed', href: '/articles/relayed/', date: toPartialDate('2022-05-19') },
    ]);
  });

  it('has no outlets of its own, and an empty citing list when nothing cites it', () => {
    expect(view.outlets).toEqual([]);
    const none = trackerOf([article('x', '2022-01-01')]);
    expect(entityView(none, none.entities.get('reuters')!).citing).toEqual([]);
  });
});

describe('entityView and entityYearViews: an entity with more entries than its page shows', () => {
  // Five more entries than the page shows: three more than the limit in 2022, one in May 2021 and one sometime in 2021.
  const t = trackerOf([...daily('d', '2022-03-01', SCOPE_ENTRY_LIMIT + 3), article('early', '2021-05'), article('sometime', '2021')]);
  const kamaz = t.entities.get('kamaz')!;
  const view = entityView(t, kamaz);
  const total = SCOPE_ENTRY_LIMIT + 5;

  it(`shows the latest ${SCOPE_ENTRY_LIMIT} entries and says how many there are`, () => {
    expect(view.entryCount).toBe(total);
    expect(countOf(view.timeline)).toBe(SCOPE_ENTRY_LIMIT);
    expect(entryKeys(view.timeline)).toEqual(
      t.entriesByEntity
        .get('kamaz')!
        .slice(0, SCOPE_ENTRY_LIMIT)
        .map((e) => e.key),
    );
  });

  it('links every year’s page, newest first, with its count', () => {
    expect(view.years).toEqual([
      { text: '2022', href: '/entities/kamaz/2022/', count: SCOPE_ENTRY_LIMIT + 3 },
      { text: '2021', href: '/entities/kamaz/2021/', count: 2 },
    ]);
  });

  it('makes one page per year, each holding that year complete, so every entry is on exactly one', () => {
    const pages = entityYearViews(t, kamaz);
    expect(pages.map((p) => p.year)).toEqual(view.years.map((y) => Number(y.text)));
    const placed = pages.flatMap((p) => entryKeys(p.timeline));
    expect(placed).toHaveLength(total);
    expect(new Set(placed).size).toBe(total);
    for (const p of pages) {
      expect(
        p.timeline.years.map((y) => y.year),
        String(p.year),
      ).toEqual([p.year]);
      expect(p.count).toBe(countOf(p.timeline));
      expect(p.scope).toEqual({ text: 'KAMAZ', href: '/entities/kamaz/' });
      expect(p.label).toBe('Company');
      expect(p.years).toEqual(view.years);
    }
    expect(pages.map((p) => p.lead)).toEqual([`${SCOPE_ENTRY_LIMIT + 3} entries, newest first.`, '2 entries, newest first.']);
    expect(pages.find((p) => p.year === 2021)!.timeline.years[0]!.sometime.map((e) => e.key)).toEqual(['sometime']);
  });

  it(`makes no year pages at exactly ${SCOPE_ENTRY_LIMIT} entries`, () => {
    const exact = trackerOf(daily('d', '2022-01-01', SCOPE_ENTRY_LIMIT));
    expect(entityView(exact, exact.entities.get('kamaz')!).years).toEqual([]);
    expect(entityYearViews(exact, exact.entities.get('kamaz')!)).toEqual([]);
    expect(countOf(entityView(exact, exact.entities.get('kamaz')!).timeline)).toBe(SCOPE_ENTRY_LIMIT);
  });
});
