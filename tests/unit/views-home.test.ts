import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import {
  FILTER_ENTITY_LIMIT,
  filtersView,
  HOME_DEAL_LIMIT,
  HOME_ENTRY_LIMIT,
  HOME_MONTHS,
  homeView,
  latestMonths,
  monthBars,
  yearViews,
} from '../../src/lib/views/home.ts';
import { article, daily, trackerOf } from './small-tracker.ts';

const entryKeys = (view: { years: { months: { entries: { key: string }[] }[]; sometime: { key: string }[] }[] }) =>
  view.years.flatMap((y) => [...y.months.flatMap((m) => m.entries), ...y.sometime].map((e) => e.key));

// Ten more articles than the home page shows: the limit less five in March 2023 (known to the month), ten in
// June 2022 (so the page ends halfway through June), one in May 2022 and four in January 2021.
const MARCH = HOME_ENTRY_LIMIT - 5;
const MANY = [
  ...Array.from({ length: MARCH }, (_, i) => article(`mar-${i + 1}`, '2023-03')),
  ...daily('jun', '2022-06-01', 10),
  article('may', '2022-05-10'),
  ...daily('jan', '2021-01-01', 4),
];
const TOTAL = HOME_ENTRY_LIMIT + 10;

describe('homeView', () => {
  const t = trackerOf(MANY);
  const view = homeView(t, '2024-01-31');

  it(`shows the latest ${HOME_ENTRY_LIMIT} entries and says how many there are in all`, () => {
    expect([view.shown, view.total]).toEqual([HOME_ENTRY_LIMIT, TOTAL]);
    expect(entryKeys(view.timeline)).toEqual(t.timeline.slice(0, HOME_ENTRY_LIMIT).map((e) => e.key));
    expect(entryKeys(view.timeline).filter((k) => k.startsWith('jun-'))).toEqual(['jun-10', 'jun-9', 'jun-8', 'jun-7', 'jun-6']);
    expect(view.counts).toMatchObject({ entries: TOTAL, articles: TOTAL });
  });

  it('shows everything when there is less than the limit', () => {
    const small = homeView(trackerOf(MANY.slice(0, 5)));
    expect([small.shown, small.total]).toEqual([5, 5]);
    expect(small.olderYears).toEqual([]);
  });

  it('links each month’s bar to its heading when the month is on the page, else to its year page', () => {
    expect(view.bars).toEqual([
      { month: '2021-01', count: 4, href: '/timeline/2021/#2021-01' },
      { month: '2022-05', count: 1, href: '/timeline/2022/#2022-05' },
      { month: '2022-06', count: 10, href: '#2022-06' },
      { month: '2023-03', count: MARCH, href: '#2023-03' },
    ]);
  });

  it(`draws the latest ${HOME_MONTHS} months only, counted back from the newest month, however long the timeline`, () => {
    const long = trackerOf([...MANY, article('old', '2020-03-31'), article('edge', '2020-04-01'), article('year-only', '2023')]);
    expect(homeView(long).bars.map((b) => b.month)).toEqual(['2020-04', '2021-01', '2022-05', '2022-06', '2023-03']);
    expect(latestMonths(long.timeline, 1).map((e) => e.key)).toEqual(
      long.timeline.filter((e) => e.date.iso === '2023-03').map((e) => e.key),
    );
    expect(latestMonths(trackerOf([article('y', '2005')]).timeline, HOME_MONTHS)).toEqual([]);
  });

  it('gives every bar a target that exists: a month heading on this page or on its year page', () => {
    const onPage = new Set(view.timeline.years.flatMap((y) => y.months.map((m) => `#${m.id}`)));
    const years = yearViews(t);
    for (const bar of view.bars) {
      if (bar.href.startsWith('#')) expect(onPage.has(bar.href), bar.month).toBe(true);
      else {
        const page = years.find((y) => bar.href.startsWith(`/timeline/${y.year}/#`))!;
        expect(
          page.timeline.years[0]!.months.map((m) => m.id),
          bar.month,
        ).toContain(bar.month);
      }
    }
  });

  it('indexes every year with its whole count, and offers the year pages of what the page leaves out', () => {
    expect(view.years).toEqual([
      { text: '2023', count: MARCH, href: '#2023' },
      { text: '2022', count: 11, href: '#2022' },
      { text: '2021', count: 4, href: '/timeline/2021/' },
    ]);
    expect(view.olderYears).toEqual([{ text: '2021', href: '/timeline/2021/' }]);
  });

  it('dates the page by its newest entry, and by the last change when known', () => {
    expect(view.updated).toEqual({ newest: toPartialDate('2023-03'), lastChange: '2024-01-31' });
    expect(homeView(t).updated).toEqual({ newest: toPartialDate('2023-03') });
  });

  it('lists the deals with the latest status change first, deals without a status last', () => {
    const deals = trackerOf(
      [
        article('a', '2022-05-19', { deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }] }),
        article('b', '2023-01-10', { deals: [{ deal: 'late', status: 'agreement', date: '2023-01' }] }),
      ],
      {
        deals: {
          late: { title: 'Late deal', parties: ['moskvich', 'jac'], storyline: 'revival', summary: 'Later.' },
          'a-quiet': { title: 'A quiet deal', parties: ['moskvich', 'renault'], storyline: 'revival', summary: 'Nothing.' },
        },
      },
    );
    expect(homeView(deals).deals.map((d) => [d.id, d.status?.status])).toEqual([
      ['late', 'agreement'],
      ['kamaz-jac', 'in-talks'],
      ['a-quiet', undefined],
    ]);
  });

  it(`shows at most ${HOME_DEAL_LIMIT} deals, those changed last`, () => {
    const n = HOME_DEAL_LIMIT + 2;
    const ids = Array.from({ length: n }, (_, i) => `deal-${String(i).padStart(2, '0')}`);
    const deals = Object.fromEntries(
      ids.map((id) => [id, { title: id, parties: ['kamaz', 'jac'], storyline: 'revival', summary: 'A deal.' }]),
    );
    // deal-00 changed on 1 January 2022, deal-01 a day later, and so on.
    const articles = daily('d', '2022-01-01', n).map((a, i) => ({
      ...a,
      data: { ...a.data, deals: [{ deal: ids[i]!, status: 'reported' as const, date: a.data.date }] },
    }));
    const home = homeView(trackerOf(articles, { deals }));
    expect(home.deals).toHaveLength(HOME_DEAL_LIMIT);
    expect(home.deals[0]!.id).toBe(ids.at(-1));
    expect(home.deals.map((d) => d.id)).not.toContain('deal-00');
    expect(home.counts.deals).toBe(n + 1);
  });
});

describe('monthBars', () => {
  const t = trackerOf([article('d', '2022-06-15'), article('m', '2022-06'), article('y', '2022'), article('old', '2021-12-01')]);

  it('links to the anchor for every shown month, whether the entry shown knows the day or only the month', () => {
    expect(
      monthBars(
        t.timeline,
        t.timeline.filter((e) => e.key === 'm'),
      ),
    ).toEqual([
      { month: '2021-12', count: 1, href: '/timeline/2021/#2021-12' },
      { month: '2022-06', count: 2, href: '#2022-06' },
    ]);
  });

  it('has no bar for entries known only to the year', () => {
    expect(monthBars(t.timeline, t.timeline).map((b) => b.month)).toEqual(['2021-12', '2022-06']);
  });
});

describe('filtersView', () => {
  it(`offers every storyline and the ${FILTER_ENTITY_LIMIT} most named entities, outlets aside`, () => {
    const extra = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `firm-${String(i).padStart(2, '0')}`,
        { name: `Firm ${i}`, kind: 'company', summary: 'A firm.' },
      ]),
    );
    // firm-00 is named in 12 articles, firm-01 in 11 … firm-11 in one; TASS (an outlet) in every one.
    const articles = Array.from({ length: 12 }, (_, i) =>
      article(`a-${i}`, `2022-01-${String(i + 1).padStart(2, '0')}`, {
        entities: ['tass', ...Array.from({ length: i + 1 }, (_, j) => `firm-${String(j).padStart(2, '0')}`)],
      }),
    );
    const t = trackerOf(articles, { entities: extra });
    const filters = filtersView(t, t.timeline);
    expect(filters.entities.map((e) => e.id)).toEqual(
      Array.from({ length: FILTER_ENTITY_LIMIT }, (_, j) => `firm-${String(j).padStart(2, '0')}`),
    );
    expect(filters.entities[0]).toEqual({ id: 'firm-00', text: 'Firm 0', href: '/entities/firm-00/' });
    expect(filters.storylines).toEqual([
      { id: 'china', text: 'Chinese partners', href: '/storylines/china/' },
      { id: 'revival', text: 'The revival', href: '/storylines/revival/' },
    ]);
  });

  it('ranks by the entries given, not the whole timeline', () => {
    const t = trackerOf([article('a', '2022-01-01', { entities: ['jac'] }), article('b', '2021-01-01', { entities: ['renault'] })]);
    expect(filtersView(t, t.timeline.slice(0, 1)).entities.map((e) => e.id)).toEqual(['jac']);
  });
});

describe('yearViews', () => {
  const t = trackerOf(MANY);
  const views = yearViews(t);

  it('makes one page per year, newest first, each linking to the years on either side', () => {
    expect(views.map((v) => [v.year, v.count, v.newer?.href, v.older?.href])).toEqual([
      [2023, MARCH, undefined, '/timeline/2022/'],
      [2022, 11, '/timeline/2023/', '/timeline/2021/'],
      [2021, 4, '/timeline/2022/', undefined],
    ]);
    expect(views[0]).not.toHaveProperty('newer');
    expect(views[2]).not.toHaveProperty('older');
  });

  it('words each page: its title, its description and the count under its heading', () => {
    expect(views[2]).toMatchObject({
      title: '2021 on the timeline',
      description: 'Every report and event of 2021 on the Moskvich Tracker timeline: 4 entries.',
      lead: '4 entries, newest first.',
    });
  });

  it('puts every entry on exactly one year page: its own year’s', () => {
    const placed = views.flatMap((v) => entryKeys(v.timeline));
    expect([...placed].sort()).toEqual(t.timeline.map((e) => e.key).sort());
    for (const v of views) expect(v.timeline.years.map((y) => y.year)).toEqual([v.year]);
  });

  it('links its own months’ bars and its own year to anchors on the page, other years to their pages', () => {
    const y2022 = views[1]!;
    expect(y2022.bars).toEqual([
      { month: '2022-05', count: 1, href: '#2022-05' },
      { month: '2022-06', count: 10, href: '#2022-06' },
    ]);
    expect(y2022.years.map((y) => y.href)).toEqual(['/timeline/2023/', '#2022', '/timeline/2021/']);
  });

  it('offers as filters the entities named that year', () => {
    const t2 = trackerOf([article('a', '2022-01-01', { entities: ['jac'] }), article('b', '2021-01-01', { entities: ['renault'] })]);
    expect(yearViews(t2).map((v) => [v.year, v.filters.entities.map((e) => e.id)])).toEqual([
      [2022, ['jac']],
      [2021, ['renault']],
    ]);
  });

  it('keeps entries known only to the year on their year page', () => {
    const t2 = trackerOf([article('y', '2022'), article('d', '2022-03-01')]);
    const [page] = yearViews(t2);
    expect(page!.timeline.years[0]!.sometime.map((e) => e.key)).toEqual(['y']);
    expect(page!.count).toBe(2);
  });

  it('keeps a page for a year without entries between the first and the last, empty and linked on both sides', () => {
    const views2 = yearViews(trackerOf([article('new', '2022-01-01'), article('old', '2019-05-01')]));
    expect(views2.map((v) => [v.year, v.count])).toEqual([
      [2022, 1],
      [2021, 0],
      [2020, 0],
      [2019, 1],
    ]);
    expect(views2[1]).toMatchObject({ newer: { href: '/timeline/2022/' }, older: { href: '/timeline/2020/' }, bars: [] });
    expect(views2[1]!.lead).toBe('Nothing on the timeline for this year.');
    expect(views2[0]).toMatchObject({
      lead: '1 entry, newest first.',
      description: 'Every report and event of 2022 on the Moskvich Tracker timeline: 1 entry.',
    });
    expect(views2[1]!.timeline.years).toEqual([]);
  });

  it('makes no year pages for an empty timeline', () => {
    expect(yearViews(trackerOf([]))).toEqual([]);
  });
});
