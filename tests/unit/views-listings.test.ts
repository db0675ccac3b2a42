import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import { entitiesIndexView, storylinesView, storylineView } from '../../src/lib/views/listings.ts';
import { article, trackerOf } from './small-tracker.ts';

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
  it('shows the storyline’s entries newest first, with its feed', () => {
    const view = storylineView(t, t.storylines.get('revival')!);
    expect(view).toMatchObject({ id: 'revival', title: 'The revival', feed: '/storylines/revival/rss.xml', count: 3 });
    expect(view.timeline.years.map((y) => y.year)).toEqual([2022, 2005, 1916]);
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
