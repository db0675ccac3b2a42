/** A deal's history and current status, from the status changes recorded in articles. */
import type { DealStatus } from '../schemas/index.ts';
import { compareNewestFirst, toPartialDate, type PartialDate } from '../core/partial-date.ts';
import type { TimelineSource } from './timeline.ts';

/** The ladder a deal climbs; every other status is a side state off it. */
const LADDER: readonly DealStatus[] = ['reported', 'in-talks', 'agreement', 'production'];

/** Where a status stands on the ladder ("step 2 of 4"), or undefined for a side state. */
export function ladderStep(status: DealStatus): { step: number; of: number } | undefined {
  const i = LADDER.indexOf(status);
  return i < 0 ? undefined : { step: i + 1, of: LADDER.length };
}

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
