/** Every word the site shows that is not content: labels of kinds, statuses and types, and the tagline. */
import type { ArticleKind, DealStatus, EntityKind, FigureBasis, OutletType, Relation } from '../schemas/index.ts';

/** What the tracker is, in one line: page descriptions, the feed, the site card and the footer. */
export const TAGLINE = "The Moskvich revival and Russian carmakers' partnerships with Chinese ones, from the 2005 ZIL–FAW talks on";

/** A count with its noun: "1 entry", "3 entries". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How a source without a visible headline is shown. */
export const UNTITLED = 'untitled';

export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = { report: 'Report', brief: 'Brief' };

/** How a deal status reads. */
export const STATUS_LABELS: Record<DealStatus, string> = {
  reported: 'Reported',
  'in-talks': 'In talks',
  agreement: 'Agreement',
  production: 'Production',
  'not-proposed': 'Not proposed',
  denied: 'Denied',
  stalled: 'Stalled',
  ended: 'Ended',
  abandoned: 'Abandoned',
};

/** What each status means, for the deals page's key and the pill's title. */
export const STATUS_MEANINGS: Record<DealStatus, string> = {
  reported: 'a report says a deal is being considered',
  'in-talks': 'the parties are reported to be negotiating',
  agreement: 'an agreement was reported signed or announced',
  production: 'cars or parts are reported to be in production under it',
  'not-proposed': 'one party says no official proposal was made',
  denied: 'a party denied it',
  stalled: 'reported to have stalled',
  ended: 'it was running and has been reported to have stopped',
  abandoned: 'reported to have been given up before production',
};

/** Singular labels for one entity's kind. */
export const KIND_LABELS: Record<EntityKind, string> = {
  company: 'Company',
  brand: 'Brand',
  government: 'Government body',
  person: 'Person',
  media: 'News outlet',
  plant: 'Plant',
  model: 'Vehicle model',
  place: 'Place',
  event: 'Event',
};

/** Plural headings for the entity index, in the order readers look for them. */
export const KIND_HEADINGS: Record<EntityKind, string> = {
  company: 'Companies',
  brand: 'Brands',
  government: 'Government bodies',
  person: 'People',
  media: 'Outlets',
  plant: 'Plants',
  model: 'Vehicle models',
  place: 'Places',
  event: 'Events',
};

/** How an outlet works, shown beside each source it supplies. */
export const OUTLET_TYPE_LABELS: Record<OutletType, string> = {
  'news-agency': 'news agency',
  newspaper: 'newspaper',
  magazine: 'magazine',
  broadcaster: 'broadcaster',
  online: 'online news site',
  trade: 'trade publication',
  official: 'official source',
  aggregator: 'rewrite site',
};

/** What a figure is. */
export const BASIS_LABELS: Record<FigureBasis, string> = {
  result: 'result',
  plan: 'plan or target',
  forecast: 'forecast',
  capacity: 'capacity',
};

/** How a relation reads from the entity that declares it: "KAMAZ · partner of · JAC". */
export const RELATION_LABELS: Record<Relation, string> = {
  'subsidiary-of': 'subsidiary of',
  'owned-by': 'owned by',
  'formerly-owned-by': 'formerly owned by',
  'managed-by': 'managed by',
  'supplier-to': 'supplier to',
  'partner-of': 'partner of',
  'brand-of': 'brand of',
  'model-of': 'model of',
  'made-at': 'made at',
  'located-in': 'located in',
  'successor-of': 'successor of',
  'site-of-former': 'on the site of the former',
  'based-on': 'based on',
};

/** How a relation reads from the entity at the other end, which shows it without declaring it. */
export const RELATION_INVERSE_LABELS: Record<Relation, string> = {
  'subsidiary-of': 'parent company of',
  'owned-by': 'owner of',
  'formerly-owned-by': 'former owner of',
  'managed-by': 'manages',
  'supplier-to': 'supplied by',
  'partner-of': 'partner of',
  'brand-of': 'owns the brand',
  'model-of': 'makes the model',
  'made-at': 'makes',
  'located-in': 'location of',
  'successor-of': 'predecessor of',
  'site-of-former': 'former occupant of the site of',
  'based-on': 'basis of',
};

/** What a fixed page says about itself: its title (the <title> and the <h1>), its meta description, the lead under its heading. */
export interface PageText {
  title: string;
  description: string;
  lead?: string;
}

/** The words of the pages that are not built from content. */
export const PAGE_TEXT = {
  deals: {
    title: 'Deals',
    description: 'Where each partnership stands: every deal from first report to outcome, with the date and source of each status.',
    lead:
      'Each partnership from its first report to where it stands now. A status is a step on the ladder reported → in talks → agreement → ' +
      'production, or a side state.',
  },
  entities: {
    title: 'Entities',
    description: 'Every company, brand, body, person, outlet, plant, model and place the Moskvich Tracker covers, with every spelling.',
    lead: 'Everyone and everything the reports name, with every spelling a reader may meet.',
  },
  figures: {
    title: 'Numbers',
    description:
      'What was planned, built and sold: every measure the Moskvich Tracker follows, charted over time, with a table of sources.',
    lead:
      'The quantities the reports give more than once, over time: results as solid marks joined by a line, plans and forecasts hollow, ' +
      'capacity as a dashed line. Each mark links to the article that reported it; the table under each chart holds the same numbers ' +
      'with their sources. The measures with the most figures are charted here; every measure has a page of its own.',
  },
  storylines: {
    title: 'Storylines',
    description: 'The storylines the Moskvich Tracker follows, with their span of dates and how many reports and events each holds.',
  },
  search: {
    title: 'Search',
    description: `Search the Moskvich Tracker for any company, person, model or story, in any spelling: Moskvich or Москвич. ${TAGLINE}.`,
  },
  notFound: {
    title: 'Page not found',
    description:
      'There is no page at this address on the Moskvich Tracker. Search it, or start from the timeline, the entities or the deals.',
    lead: 'There is no page at this address. It may have been mistyped, or the link that brought you here may be out of date.',
  },
} as const satisfies Record<string, PageText>;
