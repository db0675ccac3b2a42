import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import { STATUS_LABELS, STATUS_MEANINGS } from '../../src/lib/strings.ts';
import { dealPill, ENTRY_CHIPS, entityCardView, entryView, statusView, timelineView } from '../../src/lib/views/common.ts';
import { DEAL_STATUSES } from '../../src/schemas/index.ts';
import { article, trackerOf } from './small-tracker.ts';

const exit = { id: 'renault-exit', date: '2022-05-16', text: 'Renault left.', entities: ['renault'] };

describe('entryView', () => {
  const t = trackerOf([
    article('crowded', '2022-06-01', {
      kind: 'brief',
      entities: ['tass', 'kamaz', 'reuters', 'jac', 'moskvich', 'sobyanin', 'moscow'],
      sources: [
        { outlet: 'tass', title: 'T', url: 'https://example.com/t' },
        { outlet: 'reuters', via: 'marketscreener', title: 'R', url: 'https://example.com/r' },
      ],
      deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-06-01' }],
      events: [{ id: 'talks-begin', date: '2022-06', text: 'Talks began.', entities: ['kamaz'] }],
    }),
    article('few', '2022-05-20', { entities: ['tass', 'jac'], events: [exit] }),
    article('later', '2022-08-01', { events: [exit] }),
  ]);
  const view = (key: string) =>
    entryView(
      t,
      t.timeline.find((e) => e.key === key)!,
    );

  it(`shows up to ${ENTRY_CHIPS} entities as chips, outlets aside, in the article’s order, and counts the rest`, () => {
    expect(view('crowded').chips).toEqual([
      { text: 'KAMAZ', href: '/entities/kamaz/' },
      { text: 'JAC', href: '/entities/jac/' },
      { text: 'Moskvich', href: '/entities/moskvich/' },
    ]);
    expect(view('crowded').more).toBe(2);
  });

  it('shows every entity and no "more" when there are few, and never an outlet as a chip', () => {
    expect(view('few').chips).toEqual([{ text: 'JAC', href: '/entities/jac/' }]);
    expect(view('few').more).toBe(0);
  });

  it('names the outlets that reported it (the sources, not the relays)', () => {
    expect(view('crowded').outlets).toEqual(['TASS', 'Reuters']);
  });

  it('labels the kind of entry', () => {
    expect([view('crowded').kindLabel, view('few').kindLabel, view('event:renault-exit').kindLabel]).toEqual(['Brief', 'Report', 'Event']);
  });

  it('links the deals it records, with their status', () => {
    expect(view('crowded').deals).toEqual([
      { deal: { text: 'KAMAZ and JAC', href: '/deals/#deal-kamaz-jac' }, status: statusView('in-talks') },
    ]);
  });

  it('lists the article’s own news under it, each linked at its anchor', () => {
    expect(view('crowded').events).toEqual([
      { id: 'talks-begin', date: toPartialDate('2022-06'), text: 'Talks began.', url: '/articles/crowded/#event-talks-begin' },
    ]);
  });

  it('links a happening to the articles that report it, oldest first', () => {
    const happening = view('event:renault-exit');
    expect(happening.url).toBe('/articles/few/#event-renault-exit');
    expect(happening.reports).toEqual([
      { text: 'Title of few', href: '/articles/few/' },
      { text: 'Title of later', href: '/articles/later/' },
    ]);
    expect(happening.chips).toEqual([{ text: 'Renault', href: '/entities/renault/' }]);
  });

  it('keeps the ids the filters narrow by', () => {
    expect(view('crowded').entityIds).toContain('tass');
    expect(view('crowded').storylineIds).toEqual(['revival']);
  });

  it('throws for an entity the tracker does not know', () => {
    const bad = trackerOf([article('bad', '2022', { entities: ['nobody'] })]);
    expect(() => entryView(bad, bad.timeline[0]!)).toThrow('Unknown entity "nobody"');
  });
});

describe('statusView', () => {
  it('puts the ladder statuses on their step, in order', () => {
    expect(['reported', 'in-talks', 'agreement', 'production'].map((s) => statusView(s as 'reported').step)).toEqual([
      { step: 1, of: 4 },
      { step: 2, of: 4 },
      { step: 3, of: 4 },
      { step: 4, of: 4 },
    ]);
  });

  it('gives a side state no step at all', () => {
    for (const status of ['not-proposed', 'denied', 'stalled', 'ended', 'abandoned'] as const)
      expect(statusView(status), status).not.toHaveProperty('step');
  });

  it('says every status in words, with what it means', () => {
    for (const status of DEAL_STATUSES) {
      expect(statusView(status)).toMatchObject({ status, label: STATUS_LABELS[status], meaning: STATUS_MEANINGS[status] });
      expect(statusView(status).meaning.length, status).toBeGreaterThan(10);
    }
    expect(statusView('in-talks').label).toBe('In talks');
  });
});

describe('timelineView', () => {
  const t = trackerOf([
    article('june-day', '2022-06-15'),
    article('june', '2022-06'),
    article('may', '2022-05-19'),
    article('year', '2022'),
    article('old', '2005-03-01'),
  ]);
  const view = timelineView(t, t.timeline);

  it('groups the entries under years and months, labelled as read, the year-only ones after the months', () => {
    expect(
      view.years.map((y) => ({
        id: y.id,
        count: y.count,
        months: y.months.map((m) => [m.id, m.label, m.entries.map((e) => e.key)]),
        sometime: y.sometime.map((e) => e.key),
      })),
    ).toEqual([
      {
        id: '2022',
        count: 4,
        months: [
          ['2022-06', 'June 2022', ['june-day', 'june']],
          ['2022-05', 'May 2022', ['may']],
        ],
        sometime: ['year'],
      },
      { id: '2005', count: 1, months: [['2005-03', 'March 2005', ['old']]], sometime: [] },
    ]);
  });

  it('shows only the entries it is given', () => {
    expect(timelineView(t, t.timeline.slice(0, 1)).years.map((y) => y.count)).toEqual([1]);
    expect(timelineView(t, []).years).toEqual([]);
  });
});

describe('dealPill', () => {
  const t = trackerOf(
    [
      article('talks', '2022-05-19', { deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }] }),
      article('stall', '2023-02', { deals: [{ deal: 'kamaz-jac', status: 'stalled', date: '2023-01' }] }),
    ],
    { deals: { quiet: { title: 'Quiet deal', parties: ['moskvich', 'renault'], storyline: 'revival', summary: 'Nothing yet.' } } },
  );

  it('shows the latest status and since when, with the parties linked', () => {
    expect(dealPill(t, t.deals.get('kamaz-jac')!)).toEqual({
      id: 'kamaz-jac',
      title: 'KAMAZ and JAC',
      href: '/deals/#deal-kamaz-jac',
      parties: [
        { text: 'KAMAZ', href: '/entities/kamaz/' },
        { text: 'JAC', href: '/entities/jac/' },
      ],
      status: statusView('stalled'),
      since: toPartialDate('2023-01'),
    });
  });

  it('has no status and no date before any report', () => {
    const pill = dealPill(t, t.deals.get('quiet')!);
    expect(pill).not.toHaveProperty('status');
    expect(pill).not.toHaveProperty('since');
  });
});

describe('entityCardView', () => {
  const t = trackerOf([article('a', '2022-01-01', { entities: ['kamaz', 'jac'] }), article('b', '2022-02-01', { entities: ['kamaz'] })]);

  it('gives an entity’s name, link, kind, spellings, article count and feed', () => {
    expect(entityCardView(t, 'kamaz')).toEqual({
      link: { text: 'KAMAZ', href: '/entities/kamaz/' },
      kind: 'company',
      kindLabel: 'Company',
      summary: 'A truck maker.',
      aliases: [],
      articles: 2,
      feed: '/entities/kamaz/rss.xml',
    });
    expect(entityCardView(t, 'jac').articles).toBe(1);
  });

  it('counts no articles for an entity none names', () => {
    expect(entityCardView(t, 'renault').articles).toBe(0);
  });
});
