/** A deal's history and current status, from the status changes recorded in articles. */
import type { DealStatus } from '../schemas/index.ts';
import { compareNewestFirst, toPartialDate, type PartialDate } from './partial-date.ts';
import type { TimelineSource } from './timeline.ts';

export const STATUS_LABELS: Record<DealStatus, string> = {
  reported: 'Reported',
  'in-talks': 'In talks',
  agreement: 'Agreement',
  production: 'Production',
  denied: 'Denied',
  stalled: 'Stalled',
  abandoned: 'Abandoned',
};

/** The ladder a deal climbs; the other statuses are side states. */
export const STATUS_LADDER: readonly DealStatus[] = ['reported', 'in-talks', 'agreement', 'production'];

export interface DealStep {
  status: DealStatus;
  /** When the status took hold. */
  date: PartialDate;
  /** The article that reported it. */
  slug: string;
  title: string;
  /** Outlet ids of that article's sources. */
  outlets: readonly string[];
}

/** Oldest first. Steps with the same date keep the order of their articles' dates, then of the input. */
export function dealHistory(dealId: string, articles: readonly TimelineSource[]): DealStep[] {
  const steps: (DealStep & { reported: PartialDate })[] = [];
  for (const { slug, data } of articles) {
    for (const change of data.deals) {
      if (change.deal !== dealId) continue;
      steps.push({
        status: change.status,
        date: toPartialDate(change.date),
        slug,
        title: data.title,
        outlets: [...new Set(data.sources.map((s) => s.outlet))],
        reported: toPartialDate(data.date),
      });
    }
  }
  steps.sort((a, b) => compareNewestFirst(b.date, a.date) || compareNewestFirst(b.reported, a.reported));
  return steps.map(({ reported: _, ...step }) => step);
}

/** The latest step, or undefined for a deal no article has reported on yet. */
export function currentStep(history: readonly DealStep[]): DealStep | undefined {
  return history.at(-1);
}
