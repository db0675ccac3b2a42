/** Every word the site shows that is not content: labels of kinds, statuses and types, and the tagline. */
import type { ArticleKind, DealStatus, EntityKind, FigureBasis, OutletType } from '../schemas/index.ts';

/** What the tracker is, in one line: page descriptions, the feed, the site card and the footer. */
export const TAGLINE = "The Moskvich revival and Russian carmakers' partnerships with Chinese ones, from the 2005 ZIL–FAW talks on";

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
