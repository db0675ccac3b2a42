import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import {
  buildTimeline,
  dateSpan,
  entriesPerMonth,
  groupByYearAndMonth,
  sortArticles,
  sortNewestFirst,
  yearIndex,
  type TimelineEntry,
  type TimelineSource,
} from '../../src/lib/timeline.ts';

const source = (outlet: string) => ({ outlet, title: `A report by ${outlet}`, url: `https://${outlet}.example/report` });

type Event = TimelineSource['data']['events'][number];
const event = (id: string, date: string, entities: string[] = ['kamaz']): Event => ({ id, date, text: `Text of ${id}.`, entities });

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
    events: [],
    reports: [],
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
      { id: 'talks-begin', date: '2022-05', text: 'KAMAZ and JAC began talks.', entities: ['kamaz', 'jac'] },
      { id: 'renault-exit', date: '2022-05-16', text: 'Renault sold its Russian assets.', entities: ['renault', 'moscow'] },
      { id: 'zil-founded', date: '1916', text: 'AMO, later ZIL, was founded.', entities: ['zil'] },
    ],
  });

  it('makes one entry per article, and one per event of another date than its article', () => {
    const timeline = buildTimeline([KAMAZ_JAC, article('brief-one', '2022-06', { kind: 'brief' })]);
    expect(keys(timeline)).toEqual(['brief-one', 'kamaz-talks-with-jac', 'event:renault-exit', 'event:zil-founded']);
  });

  it('makes an article entry from the article, with its events dated within its date folded under it', () => {
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
      events: [
        {
          id: 'talks-begin',
          date: { year: 2022, month: 5, precision: 'month', iso: '2022-05' },
          text: 'KAMAZ and JAC began talks.',
          url: '/articles/kamaz-talks-with-jac/#event-talks-begin',
        },
      ],
      reports: [],
    });
  });

  it('folds an event whose date contains or is contained in the article’s date, and no other', () => {
    const folded = (articleDate: string, eventDate: string) =>
      buildTimeline([article('a', articleDate, { events: [event('e', eventDate)] })])[0]!.events.map((e) => e.id);
    expect(folded('2022-05-19', '2022-05-19')).toEqual(['e']);
    expect(folded('2022-05-19', '2022-05')).toEqual(['e']);
    expect(folded('2022-05-19', '2022')).toEqual(['e']);
    expect(folded('2022-05', '2022-05-19')).toEqual(['e']);
    expect(folded('2022', '2022-11-23')).toEqual(['e']);
    expect(folded('2022-05-19', '2022-05-18')).toEqual([]);
    expect(folded('2022-05-19', '2022-06')).toEqual([]);
    expect(folded('2022', '2021')).toEqual([]);
  });

  it('makes an event entry that links to its anchor, takes its article’s storylines and outlets, and carries its own entities', () => {
    const happening = buildTimeline([KAMAZ_JAC]).find((e) => e.key === 'event:renault-exit');
    expect(happening).toEqual({
      key: 'event:renault-exit',
      kind: 'event',
      date: { year: 2022, month: 5, day: 16, precision: 'day', iso: '2022-05-16' },
      title: 'Renault sold its Russian assets.',
      url: '/articles/kamaz-talks-with-jac/#event-renault-exit',
      slug: 'kamaz-talks-with-jac',
      storylines: ['moskvich-revival', 'chinese-partners'],
      entities: ['renault', 'moscow'],
      outlets: ['reuters', 'tass'],
      deals: [],
      events: [],
      reports: [
        {
          slug: 'kamaz-talks-with-jac',
          title: 'KAMAZ in talks with JAC',
          url: '/articles/kamaz-talks-with-jac/',
          date: toPartialDate('2022-05-19'),
        },
      ],
    });
  });

  describe('a happening several articles report', () => {
    const exit = event('renault-exit', '2022-05-16', ['renault']);
    // Newest first, as the tracker hands them over.
    const articles = [
      article('follow-up', '2023-02', { storylines: ['zil-site'], sources: [source('tass')], events: [exit] }),
      article('analysis', '2022-09-01', {
        storylines: ['moskvich-revival'],
        sources: [source('reuters'), source('interfax')],
        events: [exit],
      }),
      article('first-news', '2022-06-01', { storylines: ['moskvich-revival'], sources: [source('reuters')], events: [exit] }),
    ];

    it('is one entry, with every report oldest first, linked at its anchor in the first report', () => {
      const timeline = buildTimeline(articles);
      expect(timeline.filter((e) => e.kind === 'event')).toHaveLength(1);
      const happening = timeline.find((e) => e.key === 'event:renault-exit')!;
      expect(happening.reports.map((r) => [r.slug, r.url, r.date.iso])).toEqual([
        ['first-news', '/articles/first-news/', '2022-06-01'],
        ['analysis', '/articles/analysis/', '2022-09-01'],
        ['follow-up', '/articles/follow-up/', '2023-02'],
      ]);
      expect(happening.slug).toBe('first-news');
      expect(happening.url).toBe('/articles/first-news/#event-renault-exit');
    });

    it('carries the storylines and outlets of all its reports, each once', () => {
      const happening = buildTimeline(articles).find((e) => e.key === 'event:renault-exit')!;
      expect([...happening.storylines].sort()).toEqual(['moskvich-revival', 'zil-site']);
      expect([...happening.outlets].sort()).toEqual(['interfax', 'reuters', 'tass']);
    });

    it('is the same whatever order the articles come in', () => {
      const pick = (t: TimelineEntry[]) => {
        const e = t.find((x) => x.key === 'event:renault-exit')!;
        return { url: e.url, slug: e.slug, reports: e.reports.map((r) => r.slug), storylines: [...e.storylines].sort() };
      };
      expect(pick(buildTimeline([...articles].reverse()))).toEqual(pick(buildTimeline(articles)));
    });

    it('takes the first report by slug when two report it on the same date', () => {
      const same = [article('b-second', '2022-06-01', { events: [exit] }), article('a-first', '2022-06-01', { events: [exit] })];
      const happening = buildTimeline(same).find((e) => e.key === 'event:renault-exit')!;
      expect(happening.reports.map((r) => r.slug)).toEqual(['a-first', 'b-second']);
      expect(happening.url).toBe('/articles/a-first/#event-renault-exit');
    });

    it('gets no entry of its own when an article already tells it as its own news', () => {
      const timeline = buildTimeline([
        article('looking-back', '2022-08', { events: [exit] }),
        article('on-the-day', '2022-05-16', { events: [exit] }),
      ]);
      expect(keys(timeline)).toEqual(['looking-back', 'on-the-day']);
      expect(timeline[1]!.events.map((e) => e.id)).toEqual(['renault-exit']);
      expect(timeline[0]!.events).toEqual([]);
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
    const timeline = buildTimeline([article('moskvich-3-launch', '2022-11-23'), KAMAZ_JAC, article('zil-closes', '2013')]);
    expect(keys(timeline)).toEqual(['moskvich-3-launch', 'kamaz-talks-with-jac', 'event:renault-exit', 'zil-closes', 'event:zil-founded']);
  });

  it('orders entries as compareNewestFirst does: a year-only entry closes its year, a month-only entry its month', () => {
    const articles = ['2022-05', '2021', '2022', '2022-05-19', '2022-06-01'].map((date) => article(`a-${date}`, date));
    expect(buildTimeline(articles).map((e) => e.date.iso)).toEqual(['2022-06-01', '2022-05-19', '2022-05', '2022', '2021']);
  });

  it('orders mixed precisions among events too', () => {
    const one = article('one', '2023', {
      events: [event('e1', '2022-05-19'), event('e2', '2022-06'), event('e3', '2005'), event('e4', '2022-05'), event('e5', '2022')],
    });
    expect(keys(buildTimeline([one]))).toEqual(['one', 'event:e2', 'event:e1', 'event:e4', 'event:e5', 'event:e3']);
  });

  it('keeps the input order for equal dates, articles before a happening of the same date', () => {
    const timeline = buildTimeline([
      article('first', '2022-07', { events: [event('same', '2022-06')] }),
      article('second', '2022-06'),
      article('third', '2022-06'),
    ]);
    expect(keys(timeline)).toEqual(['first', 'second', 'third', 'event:same']);
    const reversed = buildTimeline([article('third', '2022-06'), article('second', '2022-06'), article('first', '2022-06')]);
    expect(keys(reversed)).toEqual(['third', 'second', 'first']);
  });

  it('gives every entry a key of its own', () => {
    const timeline = buildTimeline([
      KAMAZ_JAC,
      article('renault-exit', '2022-05-16', { events: [event('other', '2021')] }),
      article('later', '2022-07', { events: [event('other', '2021')] }),
    ]);
    expect(new Set(keys(timeline)).size).toBe(timeline.length);
    expect(keys(timeline)).toContain('renault-exit');
    expect(keys(timeline)).toContain('event:renault-exit');
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
    const expected = ['day', 'a-first', 'b-second', 'year', 'old'];
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

  it('puts year-only entries in sometime, after the months', () => {
    expect(keys(groups[0]!.sometime)).toEqual(['y2022']);
    expect(keys(groups[1]!.sometime)).toEqual(['y2005']);
    expect(groups[0]).not.toHaveProperty('undated');
  });

  it('groups months with zero-padded ids, keeping the order of the entries: a month-only entry closes its month', () => {
    expect(groups[0]!.months.map((m) => ({ id: m.id, month: m.month, keys: keys(m.entries) }))).toEqual([
      { id: '2022-06', month: 6, keys: ['d2022-06-15', 'd2022-06-01', 'm2022-06'] },
      { id: '2022-05', month: 5, keys: ['d2022-05-19', 'm2022-05'] },
    ]);
    expect(groups[1]!.months.map((m) => m.id)).toEqual(['2005-03']);
  });

  it('the count of a year is its year-only entries plus its months', () => {
    for (const g of groups) expect(g.count).toBe(g.sometime.length + g.months.reduce((n, m) => n + m.entries.length, 0));
  });

  it('pads a two-digit month as it is', () => {
    expect(groupByYearAndMonth([entry('x', '2022-11-01')])[0]!.months[0]!.id).toBe('2022-11');
  });

  it('gives a year with only year-only entries no months', () => {
    expect(groupByYearAndMonth([entry('a', '2013'), entry('b', '2013')])).toEqual([
      { id: '2013', year: 2013, sometime: [entry('a', '2013'), entry('b', '2013')], months: [], count: 2 },
    ]);
  });

  it('returns no groups for no entries', () => {
    expect(groupByYearAndMonth([])).toEqual([]);
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

describe('entriesPerMonth', () => {
  it('counts the entries of each month, oldest month first, day and month-only entries together', () => {
    const entries = sortNewestFirst([
      entry('a', '2022-06-15'),
      entry('b', '2022-06'),
      entry('c', '2022-06-01'),
      entry('d', '2022-05-19'),
      entry('e', '2021-12-31'),
    ]);
    expect(entriesPerMonth(entries)).toEqual([
      { month: '2021-12', count: 1 },
      { month: '2022-05', count: 1 },
      { month: '2022-06', count: 3 },
    ]);
  });

  it('leaves out entries known only to the year, and months without entries', () => {
    expect(entriesPerMonth([entry('a', '2022-09-01'), entry('b', '2022'), entry('c', '2022-01')])).toEqual([
      { month: '2022-01', count: 1 },
      { month: '2022-09', count: 1 },
    ]);
    expect(entriesPerMonth([entry('b', '2022')])).toEqual([]);
  });

  it('does not depend on the order of the entries', () => {
    const entries = [entry('a', '2021-03-01'), entry('b', '2022-01'), entry('c', '2021-03')];
    expect(entriesPerMonth([...entries].reverse())).toEqual(entriesPerMonth(entries));
  });

  it('is empty for no entries', () => {
    expect(entriesPerMonth([])).toEqual([]);
  });
});

describe('dateSpan', () => {
  it('gives the oldest date as first and the newest as last, whatever the order given', () => {
    const span = { first: toPartialDate('2005'), last: toPartialDate('2022-05-19') };
    expect(dateSpan(sortNewestFirst([entry('a', '2005'), entry('b', '2022-05-19'), entry('c', '2013-06')]))).toEqual(span);
    expect(dateSpan([entry('a', '2013-06'), entry('b', '2005'), entry('c', '2022-05-19')])).toEqual(span);
  });

  it('gives the same date twice for one entry', () => {
    expect(dateSpan([entry('a', '2022-06')])).toEqual({ first: toPartialDate('2022-06'), last: toPartialDate('2022-06') });
  });

  it('is undefined for no entries', () => {
    expect(dateSpan([])).toBeUndefined();
  });
});
