import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import { entitiesIndexView, storylinesView, storylineView, storylineYearViews } from '../../src/lib/views/listings.ts';
import { SCOPE_ENTRY_LIMIT } from '../../src/lib/views/scope.ts';
import { article, daily, trackerOf } from './small-tracker.ts';

const t = trackerOf(
  [
    article('newest', '2023-02-01', { storylines: ['china'] }),
    article('middle', '2022-06', { storylines: ['revival', 'china'] }),
    article('oldest', '2005', { events: [{ id: 'zil-founded', date: '1916', text: 'ZIL was founded.', entities: ['moscow'] }] }),
  ],
  { storylines: { empty: { title: 'Nothing yet', summary: 'A storyline without entries.' } } },
);

describe('storylinesView', () => {
  const view = storylinesView(t);
  const of = (href: string) => view.find((s) => s.link.href === href)!;

  it('gives each storyline its entry count and the span of its dates, oldest first', () => {
    expect(of('/storylines/china/')).toEqual({
      link: { text: 'Chinese partners', href: '/storylines/china/' },
      summary: 'Partnerships and talks.',
      count: 2,
      span: { first: toPartialDate('2022-06'), last: toPartialDate('2023-02-01') },
    });
  });

  it('counts the happenings its articles report', () => {
    expect(of('/storylines/revival/')).toMatchObject({ count: 3, span: { first: toPartialDate('1916'), last: toPartialDate('2022-06') } });
  });

  it('gives a storyline without entries a count of 0 and no span', () => {
    expect(of('/storylines/empty/').count).toBe(0);
    expect(of('/storylines/empty/')).not.toHaveProperty('span');
  });
});

describe('storylineView', () => {
  it('shows the storyline’s entries newest first, with its feed, and no year pages when it shows them all', () => {
    const view = storylineView(t, t.storylines.get('revival')!);
    expect(view).toMatchObject({
      id: 'revival',
      title: 'The revival',
      feed: '/storylines/revival/rss.xml',
      entryCount: 3,
      note: '3 entries in this storyline, newest first.',
      years: [],
    });
    expect(view.timeline.years.map((y) => y.year)).toEqual([2022, 2005, 1916]);
    expect(storylineYearViews(t, t.storylines.get('revival')!)).toEqual([]);
  });

  it(`shows the latest ${SCOPE_ENTRY_LIMIT} of a longer storyline and gives each year a page, every entry on exactly one`, () => {
    const long = trackerOf([...daily('d', '2022-12-01', SCOPE_ENTRY_LIMIT), article('early', '2021-05-01'), article('earlier', '2020')]);
    const revival = long.storylines.get('revival')!;
    const view = storylineView(long, revival);
    expect(view.note).toBe(
      `The latest ${SCOPE_ENTRY_LIMIT} of ${SCOPE_ENTRY_LIMIT + 2} entries in this storyline; every year has its page.`,
    );
    expect(view.years).toEqual([
      { text: '2023', href: '/storylines/revival/2023/', count: SCOPE_ENTRY_LIMIT - 31 },
      { text: '2022', href: '/storylines/revival/2022/', count: 31 },
      { text: '2021', href: '/storylines/revival/2021/', count: 1 },
      { text: '2020', href: '/storylines/revival/2020/', count: 1 },
    ]);
    const pages = storylineYearViews(long, revival);
    const keys = pages.flatMap((p) =>
      p.timeline.years.flatMap((y) => [...y.months.flatMap((m) => m.entries), ...y.sometime]).map((e) => e.key),
    );
    expect(keys.sort()).toEqual(long.timeline.map((e) => e.key).sort());
    expect(pages[3]).toMatchObject({
      title: 'The revival in 2020',
      description: 'Every report and event of 2020 in the storyline The revival: 1 entry.',
      scope: { text: 'The revival', href: '/storylines/revival/' },
      label: 'Storyline',
      year: 2020,
      count: 1,
      years: view.years,
    });
  });
});

describe('entitiesIndexView', () => {
  const index = entitiesIndexView(
    trackerOf([], {
      entities: {
        avtovaz: { name: 'AvtoVAZ', kind: 'company', summary: 'A carmaker.' },
        zetta: { name: 'Zetta', kind: 'company', summary: 'A carmaker.' },
        ekaterina: { name: 'ekaterina', kind: 'person', summary: 'Lower case first.' },
      },
    }),
  );

  it('groups every entity by kind, in the order readers look for them, leaving out empty kinds', () => {
    expect(index.kinds.map((k) => [k.kind, k.heading])).toEqual([
      ['company', 'Companies'],
      ['brand', 'Brands'],
      ['government', 'Government bodies'],
      ['person', 'People'],
      ['media', 'Outlets'],
    ]);
  });

  it('lists the entities of a kind alphabetically by name, whatever the case', () => {
    expect(index.kinds[0]!.entities.map((e) => e.link.text)).toEqual(['AvtoVAZ', 'JAC', 'KAMAZ', 'Renault', 'Zetta']);
    expect(index.kinds[3]!.entities.map((e) => e.link.text)).toEqual(['ekaterina', 'Sergei Sobyanin']);
    expect(index.kinds.flatMap((k) => k.entities)).toHaveLength(12);
  });
});
