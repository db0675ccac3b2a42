/**
 * Pages for the checks that cost seconds a page (axe): every page that is one of a kind, and of the
 * templates with many pages (articles, entities, years, storylines, entity and storyline years,
 * measures), the pages that between them show every variation the content has: each kind of article and of entity, figures, events, deals,
 * updates, untitled and relayed sources, Cyrillic, charts, connections, the longest title and the
 * most links. Pages of one template share their markup, so the sample finds what the whole site would.
 * A11Y_ALL=1 checks every page instead.
 */
import { allPages, page } from './dist.ts';

type Probe = (path: string) => boolean;

/** The first page (in path order) for which each probe holds, each page once. */
function covering(paths: readonly string[], probes: readonly Probe[]): string[] {
  const chosen = new Set<string>();
  for (const probe of probes) {
    const hit = paths.find(probe);
    if (hit) chosen.add(hit);
  }
  return [...chosen];
}

/** The page among `paths` with the most of something. */
const most = (paths: readonly string[], count: (path: string) => number) =>
  paths.reduce<string | undefined>((best, p) => (best === undefined || count(p) > count(best) ? p : best), undefined);

export function samplePages(): string[] {
  const pages = allPages();
  if (process.env.A11Y_ALL === '1') return pages;
  const has = (selector: string) => (path: string) => page(path)(selector).length > 0;
  const articles = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p));
  const entities = pages.filter((p) => /^\/entities\/[^/]+\/$/.test(p));
  const many = (re: RegExp) => pages.filter((p) => re.test(p));
  /** The templates with many pages other than articles and entities: years, storylines, entity and storyline years, measures. */
  const FAMILIES = /^\/(timeline\/\d{4}|storylines\/[^/]+|(entities|storylines)\/[^/]+\/\d{4}|figures\/[^/]+)\/$/;
  const singles = pages.filter((p) => !articles.includes(p) && !entities.includes(p) && !FAMILIES.test(p));
  const links = (p: string) => page(p)('a').length;
  return [
    ...singles,
    ...covering(articles, [
      has('meta[http-equiv="refresh" i]'),
      has('.kind-report'),
      has('.kind-brief'),
      has('#figures'),
      has('#events'),
      has('#deals'),
      has('#updates'),
      has('.sources .untitled'),
      has('.sources a[href^="/entities/"] + .outlet-type + a'),
      has('h1 [lang="ru"]'),
      has('.prose h2'),
    ]),
    most(articles, (p) => page(p)('h1').text().length)!,
    most(articles, links)!,
    ...covering(entities, [
      ...['Company', 'Brand', 'Government body', 'Person', 'News outlet', 'Plant', 'Vehicle model', 'Place', 'Event'].map(
        (kind) => (p: string) => page(p)('.page-head .tag').text() === kind,
      ),
      has('.chart-measure'),
      has('.chart-connections'),
      has('#citing'),
      has('.key-figures'),
      has('.aliases [lang="ru"]'),
    ]),
    most(entities, links)!,
    ...covering(many(/^\/timeline\/\d{4}\/$/), [has('.entry'), (p) => !has('.entry')(p)]),
    ...covering(many(/^\/storylines\/[^/]+\/$/), [has('.entry')]),
    ...covering(many(/^\/entities\/[^/]+\/\d{4}\/$/), [has('.entry')]),
    ...covering(many(/^\/storylines\/[^/]+\/\d{4}\/$/), [has('.entry')]),
    ...covering(many(/^\/figures\/[^/]+\/$/), [has('.chart-measure'), has('.chart-differs')]),
  ].filter((p, i, all) => all.indexOf(p) === i);
}
