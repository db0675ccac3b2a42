/** The deals page: a status board of every partnership, then each deal's history, change by change. */
import type { PartialDate } from '../../core/partial-date.ts';
import { must, type Tracker } from '../tracker.ts';
import type { DealLaneInput } from '../charts/deal-lanes.ts';
import { articleUrl, dealAnchor } from '../urls.ts';
import { partyMeasures } from './figures.ts';
import { dealPill, statusView, type DealPill, type Link, type StatusView } from './common.ts';

export interface DealStepView {
  /** What changed: the status before (none for the first report) and after. */
  from?: StatusView;
  to: StatusView;
  date: PartialDate;
  article: Link;
  /** Who reported it: the names of the article's outlets. */
  outlets: string[];
}

export interface DealView {
  anchor: string;
  pill: DealPill;
  summary: string;
  storyline: Link;
  history: DealStepView[];
  /** The measures about its parties, linked to their charts. */
  measures: Link[];
}

export interface DealsView {
  /** Newest status change first. */
  deals: DealView[];
  /** The deals on a time axis: one lane each, a segment per status. */
  lanes: DealLaneInput[];
  /** Every status, in the ladder's order then the side states, for the key. */
  statuses: StatusView[];
}

export function dealsView(t: Tracker, statuses: readonly StatusView['status'][]): DealsView {
  const deals = [...t.deals.values()].map((deal): DealView => {
    const storyline = must(t.storylines, deal.data.storyline, 'storyline');
    return {
      anchor: dealAnchor(deal.id),
      pill: dealPill(t, deal),
      summary: deal.data.summary,
      storyline: { text: storyline.data.title, href: storyline.url },
      measures: partyMeasures(t, deal.data.parties),
      history: deal.history.map((step, i) => {
        const before = deal.history[i - 1];
        return {
          ...(before && before.status !== step.status ? { from: statusView(before.status) } : {}),
          to: statusView(step.status),
          date: step.date,
          article: { text: step.title, href: must(t.articlesBySlug, step.slug, 'article').url },
          outlets: step.outlets.map((id) => must(t.entities, id, 'outlet').data.name),
        };
      }),
    };
  });
  deals.sort((a, b) => (b.pill.since?.iso ?? '').localeCompare(a.pill.since?.iso ?? '') || a.pill.title.localeCompare(b.pill.title));
  const lanes = deals.map(({ pill }) => {
    const deal = must(t.deals, pill.id, 'deal');
    return {
      id: deal.id,
      title: deal.data.title,
      url: pill.href,
      history: deal.history.map((step) => ({
        status: step.status,
        date: step.date.iso,
        articleUrl: articleUrl(step.slug),
        articleTitle: step.title,
      })),
    };
  });
  return { deals, lanes, statuses: statuses.map(statusView) };
}
