/**
 * Small trackers for the unit tests of src/lib/tracker.ts and src/lib/views/: entries written as
 * plain frontmatter, parsed by the real schemas (so defaults apply), then joined by `buildTracker`.
 * Every id the articles below use is defined here; a test adds or overrides what it needs.
 */
import { buildTracker, type Tracker, type TrackerInput } from '../../src/lib/tracker.ts';
import { articleSchema, dealSchema, entitySchema, measureSchema, storylineSchema } from '../../src/schemas/index.ts';

type Raw = Record<string, unknown>;

export const ENTITIES: Record<string, Raw> = {
  kamaz: { name: 'KAMAZ', kind: 'company', summary: 'A truck maker.', country: 'RU' },
  jac: { name: 'JAC', kind: 'company', summary: 'A Chinese carmaker.', country: 'CN' },
  moskvich: { name: 'Moskvich', kind: 'brand', summary: 'A car brand.' },
  renault: { name: 'Renault', kind: 'company', summary: 'A French carmaker.' },
  moscow: { name: 'Moscow city government', kind: 'government', summary: 'The city.' },
  sobyanin: { name: 'Sergei Sobyanin', kind: 'person', summary: 'The mayor.', role: 'Mayor of Moscow', affiliation: 'moscow' },
  tass: { name: 'TASS', kind: 'media', outletType: 'news-agency', summary: 'A news agency.' },
  reuters: { name: 'Reuters', kind: 'media', outletType: 'news-agency', summary: 'A news agency.' },
  marketscreener: { name: 'MarketScreener', kind: 'media', outletType: 'aggregator', summary: 'A rewrite site.' },
};

export const STORYLINES: Record<string, Raw> = {
  revival: { title: 'The revival', summary: 'The Moskvich comes back.' },
  china: { title: 'Chinese partners', summary: 'Partnerships and talks.' },
};

export const DEALS: Record<string, Raw> = {
  'kamaz-jac': { title: 'KAMAZ and JAC', parties: ['kamaz', 'jac'], storyline: 'revival', summary: 'Building the car.' },
};

export const MEASURES: Record<string, Raw> = {
  sales: { name: 'Moskvich cars sold', unit: 'cars' },
  capacity: { name: 'Plant capacity', unit: 'cars a year' },
};

/** An article by TASS in the revival storyline naming KAMAZ, unless `over` says otherwise. */
export function article(slug: string, date: string, over: Raw = {}): TrackerInput['articles'][number] {
  return {
    id: slug,
    data: articleSchema.parse({
      title: `Title of ${slug}`,
      summary: `Summary of ${slug}.`,
      date,
      kind: 'report',
      storylines: ['revival'],
      entities: ['kamaz'],
      sources: [{ outlet: 'tass', title: `TASS on ${slug}`, url: `https://tass.example/${slug}` }],
      ...over,
    }),
  };
}

/** A figure about an entity, by default a result for sales. */
export const figure = (over: Raw = {}): Raw => ({
  measure: 'sales',
  label: 'Cars sold',
  value: 1000,
  unit: 'cars',
  basis: 'result',
  period: '2023',
  entity: 'moskvich',
  ...over,
});

const parsed = <T>(schema: { parse(raw: unknown): T }, raw: Record<string, Raw>) =>
  Object.entries(raw).map(([id, data]) => ({ id, data: schema.parse(data) }));

/** A tracker of `articles` and the default entities, storylines, deals and measures (each overridable by id). */
export function trackerOf(
  articles: TrackerInput['articles'],
  extra: {
    entities?: Record<string, Raw>;
    storylines?: Record<string, Raw>;
    deals?: Record<string, Raw>;
    measures?: Record<string, Raw>;
  } = {},
): Tracker {
  return buildTracker({
    articles,
    entities: parsed(entitySchema, { ...ENTITIES, ...extra.entities }),
    storylines: parsed(storylineSchema, { ...STORYLINES, ...extra.storylines }),
    deals: parsed(dealSchema, { ...DEALS, ...extra.deals }),
    measures: parsed(measureSchema, { ...MEASURES, ...extra.measures }),
  });
}

/** `count` articles, one a day from `first` (a YYYY-MM-DD date) onwards, slugs `<prefix>-1`… */
export function daily(prefix: string, first: string, count: number, over: Raw = {}): TrackerInput['articles'] {
  const start = new Date(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return article(`${prefix}-${i + 1}`, day, over);
  });
}
