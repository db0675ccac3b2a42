/** What the articles say about one entity: its figures and who reported on it. Pure: takes articles as arguments. */
import type { ArticleData } from '../schemas/index.ts';

type ArticleLike = { slug: string; data: Pick<ArticleData, 'title' | 'entities' | 'sources' | 'figures'> };

export interface FigureView {
  figure: ArticleData['figures'][number];
  /** The article that reports it. */
  slug: string;
  title: string;
  /** Outlet ids of that article's sources. */
  outlets: string[];
}

/** Every figure reported about `id` (or about anything, for `undefined`), in the order of the articles given. */
export function figuresAbout(id: string | undefined, articles: readonly ArticleLike[]): FigureView[] {
  return articles.flatMap(({ slug, data }) =>
    data.figures
      .filter((f) => id === undefined || f.entity === id)
      .map((figure) => ({ figure, slug, title: data.title, outlets: [...new Set(data.sources.map((s) => s.outlet))] })),
  );
}

/** Outlets whose reports name `id`, with how many articles each, most first; ties by id. */
export function outletsReporting(id: string, articles: readonly ArticleLike[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { data } of articles) {
    if (!data.entities.includes(id)) continue;
    for (const outlet of new Set(data.sources.flatMap((s) => (s.via ? [s.outlet, s.via] : [s.outlet])))) {
      if (outlet !== id) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    }
  }
  return [...counts].map(([outlet, count]) => ({ id: outlet, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
