import { describe, expect, it } from 'vitest';
import { must } from '../../src/lib/tracker.ts';
import { BASE_FIXTURE, checkedTracker } from '../helpers/fixtures.ts';
import { article, trackerOf } from './small-tracker.ts';

const slugs = (list: readonly { slug: string }[] | undefined) => (list ?? []).map((a) => a.slug);
const keys = (list: readonly { key: string }[] | undefined) => (list ?? []).map((e) => e.key);

describe('buildTracker on a small input', () => {
  const exit = { id: 'renault-exit', date: '2022-05-16', text: 'Renault left.', entities: ['renault', 'moscow'] };
  const t = trackerOf([
    // Given oldest first and out of order on purpose: the tracker sorts.
    article('first-rumours', '2022-05-01', {
      entities: ['kamaz', 'jac'],
      deals: [{ deal: 'kamaz-jac', status: 'reported', date: '2022-05-01' }],
    }),
    article('production', '2022-11-23', {
      storylines: ['revival', 'china'],
      entities: ['moskvich', 'kamaz', 'sobyanin'],
      sources: [
        { outlet: 'reuters', via: 'marketscreener', title: 'R', url: 'https://example.com/r' },
        { outlet: 'reuters', title: 'R2', url: 'https://example.com/r2' },
      ],
      events: [exit],
      deals: [{ deal: 'kamaz-jac', status: 'production', date: '2022-11-23' }],
    }),
    article('talks', '2022-05-19', {
      storylines: ['china'],
      entities: ['kamaz', 'jac', 'tass'],
      events: [exit],
      deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }],
    }),
    article('b-same-day', '2022-05-19', { entities: ['jac'] }),
  ]);

  it('lists the articles newest first, the same date by slug, each with its URL and parsed date', () => {
    expect(slugs(t.articles)).toEqual(['production', 'b-same-day', 'talks', 'first-rumours']);
    expect(t.articles[0]).toMatchObject({
      slug: 'production',
      url: '/articles/production/',
      date: { iso: '2022-11-23', precision: 'day' },
    });
    expect(t.articlesBySlug.get('talks')).toBe(t.articles[2]);
  });

  it('keys entities, storylines, deals and measures by id, in id order, with their URLs', () => {
    expect([...t.entities.keys()]).toEqual([...t.entities.keys()].sort());
    expect(t.entities.get('kamaz')).toMatchObject({ id: 'kamaz', url: '/entities/kamaz/', data: { name: 'KAMAZ' } });
    expect(t.storylines.get('china')).toMatchObject({ id: 'china', url: '/storylines/china/' });
    expect([...t.storylines.keys()]).toEqual(['china', 'revival']);
    expect([...t.measures.keys()]).toEqual(['capacity', 'sales']);
  });

  it('indexes the articles naming each entity, newest first, and no one else’s', () => {
    expect(slugs(t.articlesByEntity.get('kamaz'))).toEqual(['production', 'talks', 'first-rumours']);
    expect(slugs(t.articlesByEntity.get('jac'))).toEqual(['b-same-day', 'talks', 'first-rumours']);
    expect(slugs(t.articlesByEntity.get('tass'))).toEqual(['talks']);
    // An event's entities are not the article's: Renault is only in the event.
    expect(t.articlesByEntity.get('renault')).toBeUndefined();
  });

  it('indexes the articles citing each outlet, as the source or the relay (via), each once', () => {
    expect(slugs(t.articlesByOutlet.get('reuters'))).toEqual(['production']);
    expect(slugs(t.articlesByOutlet.get('marketscreener'))).toEqual(['production']);
    expect(slugs(t.articlesByOutlet.get('tass'))).toEqual(['b-same-day', 'talks', 'first-rumours']);
  });

  it('indexes the articles of each storyline, newest first', () => {
    expect(slugs(t.articlesByStoryline.get('china'))).toEqual(['production', 'talks']);
    expect(slugs(t.articlesByStoryline.get('revival'))).toEqual(['production', 'b-same-day', 'first-rumours']);
  });

  it('builds the timeline from the articles newest first: one entry each, and the happening once', () => {
    expect(keys(t.timeline)).toEqual(['production', 'b-same-day', 'talks', 'event:renault-exit', 'first-rumours']);
    expect(t.timeline.find((e) => e.key === 'event:renault-exit')!.reports.map((r) => r.slug)).toEqual(['talks', 'production']);
  });

  it('indexes timeline entries by entity: a happening under its own entities, an article under the article’s', () => {
    expect(keys(t.entriesByEntity.get('renault'))).toEqual(['event:renault-exit']);
    expect(keys(t.entriesByEntity.get('moscow'))).toEqual(['event:renault-exit']);
    expect(keys(t.entriesByEntity.get('kamaz'))).toEqual(['production', 'talks', 'first-rumours']);
  });

  it('indexes timeline entries by storyline: a happening under every storyline of the articles reporting it', () => {
    expect(keys(t.entriesByStoryline.get('china'))).toEqual(['production', 'talks', 'event:renault-exit']);
    expect(keys(t.entriesByStoryline.get('revival'))).toEqual(['production', 'b-same-day', 'event:renault-exit', 'first-rumours']);
  });

  it('gives each deal its history, oldest first, and its current status', () => {
    const deal = t.deals.get('kamaz-jac')!;
    expect(deal.history.map((s) => [s.status, s.slug])).toEqual([
      ['reported', 'first-rumours'],
      ['in-talks', 'talks'],
      ['production', 'production'],
    ]);
    expect(deal.current).toBe(deal.history.at(-1));
    expect(deal.current?.status).toBe('production');
  });

  it('indexes deals by party', () => {
    expect([...(t.dealsByParty.get('jac') ?? [])].map((d) => d.id)).toEqual(['kamaz-jac']);
    expect(t.dealsByParty.get('kamaz')).toEqual(t.dealsByParty.get('jac'));
    expect(t.dealsByParty.get('moskvich')).toBeUndefined();
  });

  it('indexes the people affiliated with each organisation', () => {
    expect(t.peopleByOrganisation.get('moscow')?.map((p) => p.id)).toEqual(['sobyanin']);
    expect(t.peopleByOrganisation.get('kamaz')).toBeUndefined();
  });
});

describe('buildTracker: relations and deals', () => {
  const t = trackerOf([article('quiet', '2022')], {
    entities: {
      zil: { name: 'ZIL', kind: 'plant', summary: 'A plant.', relations: [{ entity: 'moscow', relation: 'owned-by', from: '2022-05' }] },
      kamaz: { name: 'KAMAZ', kind: 'company', summary: 'A truck maker.', relations: [{ entity: 'jac', relation: 'partner-of' }] },
    },
    deals: { 'gaz-faw': { title: 'GAZ and FAW', parties: ['moskvich', 'jac'], storyline: 'china', summary: 'Talks.' } },
  });

  it('lists each relation under both entities, read from each side', () => {
    expect(t.relationsByEntity.get('zil')).toEqual([
      { of: 'zil', other: 'moscow', relation: 'owned-by', label: 'owned by', inverse: false, from: '2022-05' },
    ]);
    expect(t.relationsByEntity.get('moscow')).toEqual([
      { of: 'moscow', other: 'zil', relation: 'owned-by', label: 'owner of', inverse: true, from: '2022-05' },
    ]);
    expect(t.relationsByEntity.get('jac')?.map((r) => [r.label, r.other])).toEqual([['partner of', 'kamaz']]);
  });

  it('gives every entity a list of relations, empty when it has none', () => {
    expect(t.relationsByEntity.get('tass')).toEqual([]);
    expect([...t.relationsByEntity.keys()].sort()).toEqual([...t.entities.keys()].sort());
  });

  it('gives a deal no article reports an empty history and no status', () => {
    expect(t.deals.get('gaz-faw')).toMatchObject({ id: 'gaz-faw', history: [] });
    expect(t.deals.get('gaz-faw')!.current).toBeUndefined();
  });
});

describe('buildTracker on the checked base fixture', () => {
  const { tracker: t, problems } = checkedTracker(BASE_FIXTURE);

  it('joins what the content check let through', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(slugs(t.articles)).toEqual(['kamaz-talks-with-jac']);
  });

  it('folds the article’s own event (May 2022, reported 19 May) under its entry', () => {
    expect(keys(t.timeline)).toEqual(['kamaz-talks-with-jac']);
    expect(t.timeline[0]!.events.map((e) => e.url)).toEqual(['/articles/kamaz-talks-with-jac/#event-talks-begin']);
  });

  it('reads KAMAZ’s partnership with JAC from both sides, and TASS as the outlet', () => {
    expect(t.relationsByEntity.get('kamaz')?.map((r) => [r.label, r.other, r.inverse])).toEqual([['partner of', 'jac', false]]);
    expect(t.relationsByEntity.get('jac')?.map((r) => [r.label, r.other, r.inverse])).toEqual([['partner of', 'kamaz', true]]);
    expect(slugs(t.articlesByOutlet.get('tass'))).toEqual(['kamaz-talks-with-jac']);
  });

  it('sets the deal’s status from the article', () => {
    expect(t.deals.get('kamaz-jac')?.current).toMatchObject({ status: 'in-talks', slug: 'kamaz-talks-with-jac' });
    expect(t.dealsByParty.get('kamaz')?.map((d) => d.id)).toEqual(['kamaz-jac']);
  });
});

describe('must', () => {
  const map = new Map<string, number | string>([
    ['kamaz', 1],
    ['zero', 0],
    ['empty', ''],
  ]);

  it('returns the value for a known id, even a falsy one', () => {
    expect(must(map, 'kamaz', 'entity')).toBe(1);
    expect(must(map, 'zero', 'entity')).toBe(0);
    expect(must(map, 'empty', 'entity')).toBe('');
  });

  it('throws for an unknown id, naming what was looked up', () => {
    expect(() => must(map, 'nobody', 'storyline')).toThrow('Unknown storyline "nobody"');
  });
});
