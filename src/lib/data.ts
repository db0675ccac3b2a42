/**
 * The one data module: the only code that reads the collections. It builds the tracker once per
 * build (src/lib/tracker.ts) and hands the routes what they render: view models built by the
 * pure functions in src/lib/views/, and the collection entries whose Markdown the routes render.
 */
import { execFileSync } from 'node:child_process';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEAL_STATUSES } from '../schemas/index.ts';
import { articleRedirects } from './redirects.ts';
import type { NamesList } from './search-rank.ts';
import { KIND_LABELS } from './strings.ts';
import { buildTracker, must, type Tracker } from './tracker.ts';
import { articleView } from './views/article.ts';
import { dealsView } from './views/deals.ts';
import { entityView, entityYearViews } from './views/entity.ts';
import { homeView, yearViews } from './views/home.ts';
import { entitiesIndexView, storylinesView, storylineView, storylineYearViews } from './views/listings.ts';
import { figuresView, measureViews } from './views/figures.ts';
import type { ScopeYearView } from './views/scope.ts';
import { CONTENT_DIR, SITE_NAME } from '../site-config.ts';
import { rssFeed } from './feeds.ts';

interface Loaded {
  tracker: Tracker;
  entries: {
    articles: Map<string, CollectionEntry<'articles'>>;
    entities: Map<string, CollectionEntry<'entities'>>;
    storylines: Map<string, CollectionEntry<'storylines'>>;
    deals: Map<string, CollectionEntry<'deals'>>;
  };
}

let loaded: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const [articles, entities, storylines, deals, measures] = await Promise.all([
      getCollection('articles'),
      getCollection('entities'),
      getCollection('storylines'),
      getCollection('deals'),
      getCollection('measures'),
    ]);
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
    return {
      tracker: buildTracker({ articles, entities, storylines, deals, measures }),
      entries: { articles: byId(articles), entities: byId(entities), storylines: byId(storylines), deals: byId(deals) },
    };
  })();
  return loaded;
}

/** The whole tracker, loaded once per build: for feeds, exports and search data. */
export async function getTracker(): Promise<Tracker> {
  return (await load()).tracker;
}

/**
 * The day the content last changed, from the repository's history (`git log`), or undefined where
 * there is none (a copy without .git): the home page then shows only the newest entry's date.
 */
function lastContentChange(): string | undefined {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cs', '--', CONTENT_DIR], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /^\d{4}-\d{2}-\d{2}$/.test(iso.trim()) ? iso.trim() : undefined;
  } catch {
    return undefined;
  }
}

export async function homePage() {
  return homeView(await getTracker(), lastContentChange());
}

export async function yearPages() {
  return yearViews(await getTracker()).map((view) => ({ params: { year: String(view.year) }, props: { view } }));
}

/** Every article at its slug, and at each former slug a redirect page. */
export async function articlePages() {
  const { tracker: t, entries } = await load();
  const live = t.articles.map((a) => ({
    params: { slug: a.slug },
    props: { view: articleView(t, a), entry: must(entries.articles, a.slug, 'article'), redirect: false },
  }));
  const redirects = articleRedirects(t.articles).map((r) => {
    const a = must(t.articlesBySlug, r.slug, 'article');
    return {
      params: { slug: r.formerSlug },
      props: { view: articleView(t, a), entry: must(entries.articles, a.slug, 'article'), redirect: true },
    };
  });
  return [...live, ...redirects];
}

/** One page per item, with its view and the entry whose Markdown the route renders. */
function pagesWithEntries<T extends { id: string }, V, E>(items: Iterable<T>, view: (item: T) => V, entries: ReadonlyMap<string, E>) {
  return [...items].map((item) => ({ params: { id: item.id }, props: { view: view(item), entry: must(entries, item.id, 'entry') } }));
}

export async function entityPages() {
  const { tracker: t, entries } = await load();
  return pagesWithEntries(t.entities.values(), (e) => entityView(t, e), entries.entities);
}

/** One page per year of each item's timeline (entity or storyline), with its view. */
function scopeYearPages<T extends { id: string }>(items: Iterable<T>, views: (item: T) => ScopeYearView[]) {
  return [...items].flatMap((item) => views(item).map((view) => ({ params: { id: item.id, year: String(view.year) }, props: { view } })));
}

export async function entityYearPages() {
  const t = await getTracker();
  return scopeYearPages(t.entities.values(), (e) => entityYearViews(t, e));
}

export async function dealsPage() {
  const { tracker: t, entries } = await load();
  const view = dealsView(t, DEAL_STATUSES);
  return { view, entries: new Map(view.deals.map((d) => [d.pill.id, must(entries.deals, d.pill.id, 'deal')])) };
}

export async function storylineYearPages() {
  const t = await getTracker();
  return scopeYearPages(t.storylines.values(), (s) => storylineYearViews(t, s));
}

export async function storylinePages() {
  const { tracker: t, entries } = await load();
  return pagesWithEntries(t.storylines.values(), (s) => storylineView(t, s), entries.storylines);
}

/** The feed routes of entities and storylines: one feed per item, of its latest articles. */
export async function feedPaths(kind: 'entity' | 'storyline') {
  const t = await getTracker();
  return [...(kind === 'entity' ? t.entities : t.storylines).keys()].map((id) => ({ params: { id } }));
}

export async function scopeFeed(kind: 'entity' | 'storyline', id: string, site: URL | string) {
  const t = await getTracker();
  const articles = (kind === 'entity' ? t.articlesByEntity : t.articlesByStoryline).get(id) ?? [];
  return rssFeed(articles, t, { kind, id }, site, SITE_NAME);
}

export async function figuresPage() {
  return figuresView(await getTracker());
}

export async function measurePages() {
  return measureViews(await getTracker()).map((view) => ({ params: { id: view.series.id }, props: { view } }));
}

/** The day the site is built: where a deal's latest status ends on the time axis. */
export const BUILD_DAY = new Date(new Date().toISOString().slice(0, 10));

export async function storylinesPage() {
  return storylinesView(await getTracker());
}

export async function entitiesPage() {
  return entitiesIndexView(await getTracker());
}

/** The search page's names list: every entity with its spellings, kind and article count, and the storylines. */
export async function searchNames(): Promise<NamesList> {
  const t = await getTracker();
  return {
    entities: [...t.entities.values()].map((e) => [
      e.id,
      e.data.name,
      KIND_LABELS[e.data.kind],
      e.data.aliases,
      t.articlesByEntity.get(e.id)?.length ?? 0,
    ]),
    storylines: [...t.storylines.values()].map((s) => [s.id, s.data.title]),
  };
}
