import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/core/partial-date.ts';
import { statusView } from '../../src/lib/views/common.ts';
import { dealsView } from '../../src/lib/views/deals.ts';
import { DEAL_STATUSES } from '../../src/schemas/index.ts';
import { article, trackerOf } from './small-tracker.ts';

const t = trackerOf(
  [
    article('rumours', '2022-05-01', { deals: [{ deal: 'kamaz-jac', status: 'reported', date: '2022-05-01' }] }),
    article('talks', '2022-05-19', {
      sources: [
        { outlet: 'tass', title: 'T', url: 'https://example.com/t' },
        { outlet: 'reuters', title: 'R', url: 'https://example.com/r' },
      ],
      deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }],
    }),
    article('talks-again', '2022-06-01', { deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-06-01' }] }),
    article('stalled', '2023-02-01', { deals: [{ deal: 'kamaz-jac', status: 'stalled', date: '2023-01' }] }),
    article('other', '2023-03-01', { deals: [{ deal: 'gaz-faw', status: 'denied', date: '2023-03-01' }] }),
  ],
  {
    deals: {
      'gaz-faw': { title: 'GAZ and FAW', parties: ['moskvich', 'jac'], storyline: 'china', summary: 'Denied talks.' },
      'a-quiet': { title: 'A quiet deal', parties: ['kamaz', 'renault'], storyline: 'revival', summary: 'Nothing yet.' },
      'b-quiet': { title: 'B quiet deal', parties: ['kamaz', 'renault'], storyline: 'revival', summary: 'Nothing yet.' },
    },
  },
);
const view = dealsView(t, DEAL_STATUSES);
const deal = (id: string) => view.deals.find((d) => d.pill.id === id)!;

describe('dealsView', () => {
  it('says for each step of a deal’s history what changed, from which status to which', () => {
    expect(deal('kamaz-jac').history.map((s) => [s.from?.status, s.to.status, s.date.iso])).toEqual([
      [undefined, 'reported', '2022-05-01'],
      ['reported', 'in-talks', '2022-05-19'],
      [undefined, 'in-talks', '2022-06-01'],
      ['in-talks', 'stalled', '2023-01'],
    ]);
  });

  it('gives the first report and a report that changes nothing no "from"', () => {
    expect(deal('kamaz-jac').history[0]).not.toHaveProperty('from');
    expect(deal('kamaz-jac').history[2]).not.toHaveProperty('from');
  });

  it('links each step to the article that reported it, naming that article’s outlets', () => {
    expect(deal('kamaz-jac').history[1]).toEqual({
      from: statusView('reported'),
      to: statusView('in-talks'),
      date: toPartialDate('2022-05-19'),
      article: { text: 'Title of talks', href: '/articles/talks/' },
      outlets: ['TASS', 'Reuters'],
    });
  });

  it('anchors each deal, with its storyline, summary and current status', () => {
    expect(deal('kamaz-jac')).toMatchObject({
      anchor: 'deal-kamaz-jac',
      summary: 'Building the car.',
      storyline: { text: 'The revival', href: '/storylines/revival/' },
      pill: { href: '/deals/#deal-kamaz-jac', status: statusView('stalled'), since: toPartialDate('2023-01') },
    });
  });

  it('puts the latest status change first, and deals with no report last, by title', () => {
    expect(view.deals.map((d) => d.pill.id)).toEqual(['gaz-faw', 'kamaz-jac', 'a-quiet', 'b-quiet']);
    expect(deal('a-quiet').history).toEqual([]);
  });

  it('explains the statuses it is given, in that order', () => {
    expect(view.statuses).toEqual(DEAL_STATUSES.map(statusView));
    expect(dealsView(t, ['denied', 'reported']).statuses.map((s) => s.label)).toEqual(['Denied', 'Reported']);
  });
});
