import { describe, expect, it } from 'vitest';
import { currentStep, dealHistory, ladderStep, type DealStep } from '../../src/lib/deals.ts';
import { STATUS_LABELS } from '../../src/lib/strings.ts';
import { toPartialDate } from '../../src/core/partial-date.ts';
import { buildTimeline, type TimelineSource } from '../../src/lib/timeline.ts';
import { DEAL_STATUSES, type DealStatus } from '../../src/schemas/index.ts';

type Change = { deal: string; status: DealStatus; date: string };

function article(slug: string, date: string, deals: Change[], outlets: string[] = ['reuters']): TimelineSource {
  return {
    slug,
    data: {
      title: `Title of ${slug}`,
      date,
      kind: 'report',
      storylines: ['moskvich-revival'],
      entities: ['kamaz', 'jac'],
      sources: outlets.map((outlet) => ({ outlet, title: `${outlet} report`, url: `https://${outlet}.example/` })),
      events: [],
      deals,
    },
  };
}

const brief = (history: DealStep[]) => history.map((s) => `${s.date.iso} ${s.status} ${s.slug}`);

describe('dealHistory', () => {
  const ARTICLES = [
    article(
      'moskvich-production-starts',
      '2022-11-23',
      [{ deal: 'kamaz-jac', status: 'production', date: '2022-11-23' }],
      ['tass', 'interfax', 'tass'],
    ),
    article('kamaz-talks-with-jac', '2022-05-19', [
      { deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' },
      { deal: 'gaz-faw', status: 'denied', date: '2022-05-18' },
    ]),
    article('agreement-signed', '2022-08-01', [{ deal: 'kamaz-jac', status: 'agreement', date: '2022-07' }], ['kommersant']),
    article('first-rumours', '2022-05-01', [{ deal: 'kamaz-jac', status: 'reported', date: '2022-05-01' }]),
    article('unrelated', '2022-06-01', []),
  ];

  it('lists the steps of one deal, oldest first', () => {
    expect(brief(dealHistory('kamaz-jac', ARTICLES))).toEqual([
      '2022-05-01 reported first-rumours',
      '2022-05-19 in-talks kamaz-talks-with-jac',
      '2022-07 agreement agreement-signed',
      '2022-11-23 production moskvich-production-starts',
    ]);
  });

  it('gives each step its date, the reporting article and that article’s outlets', () => {
    expect(dealHistory('kamaz-jac', ARTICLES).at(-1)).toEqual({
      status: 'production',
      date: toPartialDate('2022-11-23'),
      slug: 'moskvich-production-starts',
      title: 'Title of moskvich-production-starts',
      outlets: ['tass', 'interfax'],
    });
  });

  it('does not leak the reporting date into a step', () => {
    for (const step of dealHistory('kamaz-jac', ARTICLES))
      expect(Object.keys(step).sort()).toEqual(['date', 'outlets', 'slug', 'status', 'title']);
  });

  it('ignores the other deals', () => {
    expect(brief(dealHistory('gaz-faw', ARTICLES))).toEqual(['2022-05-18 denied kamaz-talks-with-jac']);
  });

  it('is empty for a deal no article reports', () => {
    expect(dealHistory('nobody', ARTICLES)).toEqual([]);
    expect(dealHistory('kamaz-jac', [])).toEqual([]);
  });

  it('breaks a tie on the step date by the date of the article, oldest first', () => {
    const history = dealHistory('d', [
      article('later-report', '2022-06-10', [{ deal: 'd', status: 'stalled', date: '2022-06' }]),
      article('earlier-report', '2022-06-02', [{ deal: 'd', status: 'in-talks', date: '2022-06' }]),
    ]);
    expect(history.map((s) => s.slug)).toEqual(['earlier-report', 'later-report']);
  });

  it('keeps the input order when both dates tie', () => {
    const history = dealHistory('d', [
      article('one', '2022-06-10', [{ deal: 'd', status: 'in-talks', date: '2022-06' }]),
      article('two', '2022-06-10', [{ deal: 'd', status: 'stalled', date: '2022-06' }]),
      article('three', '2022-06-10', [{ deal: 'd', status: 'abandoned', date: '2022-06' }]),
    ]);
    expect(history.map((s) => s.slug)).toEqual(['one', 'two', 'three']);
  });

  it('keeps the order of two changes in one article', () => {
    const history = dealHistory('d', [
      article('both', '2022-06-10', [
        { deal: 'd', status: 'reported', date: '2022-06-01' },
        { deal: 'd', status: 'in-talks', date: '2022-06-01' },
      ]),
    ]);
    expect(history.map((s) => s.status)).toEqual(['reported', 'in-talks']);
  });

  it('sorts mixed precisions as the mirror of the timeline: a month-only step before its days', () => {
    const articles = [
      article('a', '2023-01-01', [{ deal: 'd', status: 'agreement', date: '2022-06' }]),
      article('b', '2023-01-01', [{ deal: 'd', status: 'in-talks', date: '2022-06-10' }]),
      article('c', '2023-01-01', [{ deal: 'd', status: 'reported', date: '2021' }]),
      article('e', '2023-01-01', [{ deal: 'd', status: 'stalled', date: '2021-03-01' }]),
    ];
    const history = dealHistory('d', articles);
    expect(brief(history)).toEqual(['2021 reported c', '2021-03-01 stalled e', '2022-06 agreement a', '2022-06-10 in-talks b']);
    // The timeline of the same dates, newest first, read backwards.
    const timeline = buildTimeline(articles.map((a) => ({ ...a, data: { ...a.data, date: a.data.deals[0]!.date } })));
    expect(history.map((s) => s.slug)).toEqual(timeline.map((e) => e.slug).reverse());
  });
});

describe('currentStep', () => {
  it('is the last step of the history', () => {
    const history = dealHistory('kamaz-jac', [
      article('b', '2022-11-23', [{ deal: 'kamaz-jac', status: 'production', date: '2022-11-23' }]),
      article('a', '2022-05-19', [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }]),
    ]);
    expect(currentStep(history)?.status).toBe('production');
    expect(currentStep(history)).toBe(history[1]);
  });

  it('can be a side state such as stalled', () => {
    const history = dealHistory('d', [
      article('a', '2022-05-19', [{ deal: 'd', status: 'agreement', date: '2022-05-19' }]),
      article('b', '2023-02', [{ deal: 'd', status: 'stalled', date: '2023-02' }]),
    ]);
    expect(currentStep(history)?.status).toBe('stalled');
  });

  it('is undefined for no steps', () => {
    expect(currentStep([])).toBeUndefined();
  });
});

describe('ladderStep and STATUS_LABELS', () => {
  it('places the ladder statuses in order and none of the side states', () => {
    expect(['reported', 'in-talks', 'agreement', 'production'].map((s) => ladderStep(s as DealStatus))).toEqual([
      { step: 1, of: 4 },
      { step: 2, of: 4 },
      { step: 3, of: 4 },
      { step: 4, of: 4 },
    ]);
    expect(DEAL_STATUSES.filter((s) => ladderStep(s) === undefined)).toEqual(['not-proposed', 'denied', 'stalled', 'ended', 'abandoned']);
  });

  it('labels every status, in words', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...DEAL_STATUSES].sort());
    expect(STATUS_LABELS['not-proposed']).toBe('Not proposed');
    expect(STATUS_LABELS['in-talks']).toBe('In talks');
  });
});
