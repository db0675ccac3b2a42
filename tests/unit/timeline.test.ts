import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import {
  buildTimeline,
  dateSpan,
  entriesInStoryline,
  entriesNaming,
  groupByYearAndMonth,
  mostNamed,
  sortArticles,
  sortNewestFirst,
  yearIndex,
  type TimelineEntry,
  type TimelineSource,
} from '../../src/lib/timeline.ts';

const source = (outlet: string) => ({ outlet, title: `A report by ${outlet}`, url: `https://${outlet}.example/report` });

function article(slug: string, date: string, extra: Partial<TimelineSource['data']> = {}): TimelineSource {
  return {
    slug,
    data: {
      title: `Title of ${slug}`,
      date,
      kind: 'report',
      storylines: ['moskvich-revival'],
      entities: ['moskvich'],
      sources: [source('reuters')],
      events: [],
      deals: [],
      ...extra,
    },
  };
}

/** A bare timeline entry, for the functions that take entries. */
function entry(key: string, date: string, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    key,
    kind: 'report',
    date: toPartialDate(date),
    title: key,
    url: `/articles/${key}/`,
    slug: key,
    storylines: [],
    entities: [],
    outlets: [],
    deals: [],
    ...extra,
  };
}

const keys = (entries: readonly TimelineEntry[]) => entries.map((e) => e.key);

describe('buildTimeline', () => {
  const KAMAZ_JAC = article('kamaz-talks-with-jac', '2022-05-19', {
    title: 'KAMAZ in talks with JAC',
    kind: 'report',
    storylines: ['moskvich-revival', 'chinese-partners'],
    entities: ['kamaz', 'jac', 'moskvich'],
    sources: [source('reuters'), source('tass'), source('reuters')],
    deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }],
    events: [
      { id: 'renault-exit', date: '2022-05-16', text: 'Renault sold its Russian assets.', entities: ['renault', 'moscow'] },
      { id: 'zil-founded', date: '1916', text: 'AMO, later ZIL, was founded.', entities: ['zil'] },
    ],
  });

  it('makes one entry per article plus one per event', () => {
    const timeline = buildTimeline([KAMAZ_JAC, article('brief-one', '2022-06', { kind: 'brief' })]);
    expect(timeline).toHaveLength(4);
    expect(keys(timeline)).toEqual([
      'brief-one',
      'kamaz-talks-with-jac',
      'kamaz-talks-with-jac#event-renault-exit',
      'kamaz-talks-with-jac#event-zil-founded',
    ]);
  });

  it('makes an article entry from the article', () => {
    const [first] = buildTimeline([KAMAZ_JAC]);
    expect(first).toEqual({
      key: 'kamaz-talks-with-jac',
      kind: 'report',
      date: { year: 2022, month: 5, day: 19, precision: 'day', iso: '2022-05-19' },
      title: 'KAMAZ in talks with JAC',
      url: '/articles/kamaz-talks-with-jac/',
      slug: 'kamaz-talks-with-jac',
      storylines: ['moskvich-revival', 'chinese-partners'],
      entities: ['kamaz', 'jac', 'moskvich'],
      outlets: ['reuters', 'tass'],
      deals: [{ deal: 'kamaz-jac', status: 'in-talks' }],
    });
  });

  it('makes an event entry that links to its anchor, inherits storylines and outlets, and carries its own entities', () => {
    const event = buildTimeline([KAMAZ_JAC]).find((e) => e.kind === 'event' && e.key.endsWith('renault-exit'));
    expect(event).toEqual({
      key: 'kamaz-talks-with-jac#event-renault-exit',
      kind: 'event',
      date: { year: 2022, month: 5, day: 16, precision: 'day', iso: '2022-05-16' },
      title: 'Renault sold its Russian assets.',
      url: '/articles/kamaz-talks-with-jac/#event-renault-exit',
      slug: 'kamaz-talks-with-jac',
      storylines: ['moskvich-revival', 'chinese-partners'],
      entities: ['renault', 'moscow'],
      outlets: ['reuters', 'tass'],
      deals: [],
    });
  });

  it('keeps the kind of the article: report or brief', () => {
    const timeline = buildTimeline([article('a', '2022', { kind: 'brief' }), article('b', '2021', { kind: 'report' })]);
    expect(timeline.map((e) => e.kind)).toEqual(['brief', 'report']);
  });

  it('records only deal and status of a deal change, on the article only', () => {
    const timeline = buildTimeline([KAMAZ_JAC]);
    expect(timeline.filter((e) => e.deals.length > 0).map((e) => e.key)).toEqual(['kamaz-talks-with-jac']);
    expect(timeline[0]!.deals[0]).not.toHaveProperty('date');
  });

  it('puts everything newest first, events among articles', () => {
    const timeline = buildTimeline([KAMAZ_JAC, article('moskvich-3-launch', '2022-11-23'), article('zil-closes', '2013')]);
    expect(keys(timeline)).toEqual([
      'moskvich-3-launch',
      'kamaz-talks-with-jac',
      'kamaz-talks-with-jac#event-renault-exit',
      'zil-closes',
      'kamaz-talks-with-jac#event-zil-founded',
    ]);
  });

  it('orders mixed precisions: a year heads its year, a month heads its month', () => {
    const articles = ['2022-05-19', '2005', '2022-06-01', '2022', '2022-05', '2022-06-15', '2022-06'].map((date) =>
      article(`a-${date}`, date),
    );
    expect(buildTimeline(articles).map((e) => e.date.iso)).toEqual([
      '2022',
      '2022-06',
      '2022-06-15',
      '2022-06-01',
      '2022-05',
      '2022-05-19',
      '2005',
    ]);
  });

  it('orders mixed precisions among events too', () => {
    const one = article('one', '2022', {
      events: [
        { id: 'e1', date: '2022-05-19', text: 'x', entities: ['a'] },
        { id: 'e2', date: '2022-06', text: 'x', entities: ['a'] },
        { id: 'e3', date: '2005', text: 'x', entities: ['a'] },
        { id: 'e4', date: '2022-05', text: 'x', entities: ['a'] },
      ],
    });
    expect(keys(buildTimeline([one]))).toEqual(['one', 'one#event-e2', 'one#event-e4', 'one#event-e1', 'one#event-e3']);
  });

  it('keeps the input order for equal dates, an article before its own events', () => {
    const timeline = buildTimeline([
      article('first', '2022-06', { events: [{ id: 'same', date: '2022-06', text: 'x', entities: ['a'] }] }),
      article('second', '2022-06'),
      article('third', '2022-06'),
    ]);
    expect(keys(timeline)).toEqual(['first', 'first#event-same', 'second', 'third']);
    const reversed = buildTimeline([article('third', '2022-06'), article('second', '2022-06'), article('first', '2022-06')]);
    expect(keys(reversed)).toEqual(['third', 'second', 'first']);
  });

  it('returns nothing for no articles', () => {
    expect(buildTimeline([])).toEqual([]);
  });
});

describe('sortNewestFirst', () => {
  it('does not change its input', () => {
    const items = [entry('old', '2005'), entry('new', '2022')];
    const sorted = sortNewestFirst(items);
    expect(keys(sorted)).toEqual(['new', 'old']);
    expect(keys(items)).toEqual(['old', 'new']);
  });
});

describe('sortArticles', () => {
  it('puts articles newest first, the same date by slug whatever the input order', () => {
    const articles = [
      article('b-second', '2022-06'),
      article('old', '2005'),
      article('a-first', '2022-06'),
      article('year', '2022'),
      article('day', '2022-06-15'),
    ];
    const expected = ['year', 'a-first', 'b-second', 'day', 'old'];
    expect(sortArticles(articles).map((a) => a.slug)).toEqual(expected);
    expect(sortArticles([...articles].reverse()).map((a) => a.slug)).toEqual(expected);
  });

  it('does not change its input', () => {
    const articles = [article('old', '2005'), article('new', '2022')];
    sortArticles(articles);
    expect(articles.map((a) => a.slug)).toEqual(['old', 'new']);
  });
});

describe('groupByYearAndMonth', () => {
  const entries = sortNewestFirst([
    entry('y2022', '2022'),
    entry('m2022-06', '2022-06'),
    entry('d2022-06-15', '2022-06-15'),
    entry('d2022-06-01', '2022-06-01'),
    entry('m2022-05', '2022-05'),
    entry('d2022-05-19', '2022-05-19'),
    entry('d2005-03-01', '2005-03-01'),
    entry('y2005', '2005'),
  ]);
  const groups = groupByYearAndMonth(entries);

  it('makes one group per year, newest first, with the year as id', () => {
    expect(groups.map((g) => [g.id, g.year, g.count])).toEqual([
      ['2022', 2022, 6],
      ['2005', 2005, 2],
    ]);
  });

  it('puts year-only entries in undated', () => {
    expect(keys(groups[0]!.undated)).toEqual(['y2022']);
    expect(keys(groups[1]!.undated)).toEqual(['y2005']);
  });

  it('groups months with zero-padded ids, keeping the order of the entries', () => {
    expect(groups[0]!.months.map((m) => ({ id: m.id, month: m.month, keys: keys(m.entries) }))).toEqual([
      { id: '2022-06', month: 6, keys: ['m2022-06', 'd2022-06-15', 'd2022-06-01'] },
      { id: '2022-05', month: 5, keys: ['m2022-05', 'd2022-05-19'] },
    ]);
    expect(groups[1]!.months.map((m) => m.id)).toEqual(['2005-03']);
  });

  it('the count of a year is its undated entries plus its months', () => {
    for (const g of groups) expect(g.count).toBe(g.undated.length + g.months.reduce((n, m) => n + m.entries.length, 0));
  });

  it('pads a two-digit month as it is', () => {
    expect(groupByYearAndMonth([entry('x', '2022-11-01')])[0]!.months[0]!.id).toBe('2022-11');
  });

  it('gives a year with only year-only entries no months', () => {
    expect(groupByYearAndMonth([entry('a', '2013'), entry('b', '2013')])).toEqual([
      { id: '2013', year: 2013, undated: [entry('a', '2013'), entry('b', '2013')], months: [], count: 2 },
    ]);
  });

  it('returns no groups for no entries', () => {
    expect(groupByYearAndMonth([])).toEqual([]);
  });
});

describe('entriesNaming and entriesInStoryline', () => {
  const entries = [
    entry('a', '2022-06', { entities: ['kamaz', 'jac'], storylines: ['moskvich-revival'] }),
    entry('b', '2022-05', { entities: ['zil'], storylines: ['zil-site'] }),
    entry('c', '2022-04', { entities: ['jac'], storylines: ['moskvich-revival', 'zil-site'] }),
  ];

  it('entriesNaming keeps the entries that name the entity, in order', () => {
    expect(keys(entriesNaming(entries, 'jac'))).toEqual(['a', 'c']);
    expect(keys(entriesNaming(entries, 'zil'))).toEqual(['b']);
    expect(entriesNaming(entries, 'faw')).toEqual([]);
  });

  it('entriesNaming matches whole ids, not parts', () => {
    expect(entriesNaming(entries, 'ja')).toEqual([]);
  });

  it('entriesNaming uses an event’s own entities, not its article’s', () => {
    const timeline = buildTimeline([
      article('art', '2022', { entities: ['kamaz'], events: [{ id: 'ev', date: '2021', text: 'x', entities: ['zil'] }] }),
    ]);
    expect(keys(entriesNaming(timeline, 'zil'))).toEqual(['art#event-ev']);
    expect(keys(entriesNaming(timeline, 'kamaz'))).toEqual(['art']);
  });

  it('entriesInStoryline keeps the entries of the storyline, in order', () => {
    expect(keys(entriesInStoryline(entries, 'moskvich-revival'))).toEqual(['a', 'c']);
    expect(keys(entriesInStoryline(entries, 'zil-site'))).toEqual(['b', 'c']);
    expect(entriesInStoryline(entries, 'nothing')).toEqual([]);
  });
});

describe('yearIndex', () => {
  const all = [
    entry('a', '2022-06'),
    entry('b', '2022-05'),
    entry('c', '2022'),
    entry('d', '2021-01'),
    entry('e', '2005'),
    entry('f', '2005-02'),
  ];
  const yearPage = (year: number) => `/timeline/${year}/`;

  it('lists every year with its count, linking shown years to their anchor and the others to their page', () => {
    expect(yearIndex(all, all.slice(0, 2), yearPage)).toEqual([
      { year: 2022, count: 3, href: '#2022' },
      { year: 2021, count: 1, href: '/timeline/2021/' },
      { year: 2005, count: 2, href: '/timeline/2005/' },
    ]);
  });

  it('links every year to its anchor when everything is shown', () => {
    expect(yearIndex(all, all, yearPage).map((y) => y.href)).toEqual(['#2022', '#2021', '#2005']);
  });

  it('links every year to its page when nothing is shown', () => {
    expect(yearIndex(all, [], yearPage).map((y) => y.href)).toEqual(['/timeline/2022/', '/timeline/2021/', '/timeline/2005/']);
  });

  it('counts the whole year even when only part of it is shown', () => {
    expect(yearIndex(all, [all[0]!], yearPage)[0]).toEqual({ year: 2022, count: 3, href: '#2022' });
  });

  it('is empty for an empty timeline', () => {
    expect(yearIndex([], [], yearPage)).toEqual([]);
  });
});

describe('mostNamed', () => {
  const entries = [
    entry('a', '2022', { entities: ['kamaz', 'jac'], storylines: ['moskvich-revival'] }),
    entry('b', '2022', { entities: ['jac', 'moskvich'], storylines: ['moskvich-revival'] }),
    entry('c', '2022', { entities: ['jac', 'kamaz', 'zil'], storylines: ['zil-site'] }),
    entry('d', '2022', { entities: ['moskvich'], storylines: ['moskvich-revival'] }),
  ];

  it('ranks ids by how many entries name them, ties by id', () => {
    expect(mostNamed(entries, 'entities', 10)).toEqual([
      { id: 'jac', count: 3 },
      { id: 'kamaz', count: 2 },
      { id: 'moskvich', count: 2 },
      { id: 'zil', count: 1 },
    ]);
  });

  it('cuts the list at the limit', () => {
    expect(mostNamed(entries, 'entities', 2)).toEqual([
      { id: 'jac', count: 3 },
      { id: 'kamaz', count: 2 },
    ]);
    expect(mostNamed(entries, 'entities', 0)).toEqual([]);
  });

  it('ranks storylines too', () => {
    expect(mostNamed(entries, 'storylines', 5)).toEqual([
      { id: 'moskvich-revival', count: 3 },
      { id: 'zil-site', count: 1 },
    ]);
  });

  it('is empty for no entries', () => {
    expect(mostNamed([], 'entities', 5)).toEqual([]);
  });
});

describe('dateSpan', () => {
  it('gives the oldest date as first and the newest as last', () => {
    const entries = sortNewestFirst([entry('a', '2005'), entry('b', '2022-05-19'), entry('c', '2013-06')]);
    expect(dateSpan(entries)).toEqual({ first: toPartialDate('2005'), last: toPartialDate('2022-05-19') });
  });

  it('gives the same date twice for one entry', () => {
    expect(dateSpan([entry('a', '2022-06')])).toEqual({ first: toPartialDate('2022-06'), last: toPartialDate('2022-06') });
  });

  it('is undefined for no entries', () => {
    expect(dateSpan([])).toBeUndefined();
  });
});
