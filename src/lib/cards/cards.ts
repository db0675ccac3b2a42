/**
 * Link-preview cards: what a 1200×630 card shows, and its layout as the element
 * tree Satori takes; no fonts, no files (src/lib/cards/render.ts renders and
 * caches). The cache key covers the content and CARD_RENDERER_VERSION, so bump
 * the version whenever the layout, the fonts or the renderer change. The one
 * piece of state is the build's card registry (`useCard`), which pages fill as
 * they render and the sharing integration reads after the build.
 */
import { createHash } from 'node:crypto';
import type { EntityKind } from '../../schemas/index.ts';
import { formatPartialDate, type PartialDate } from '../../core/partial-date.ts';
import { KIND_LABELS } from '../strings.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Part of every cache key: bump it when the layout, the fonts or the renderer change. */
export const CARD_RENDERER_VERSION = 'card-v1 satori-0.63 resvg-2.6 noto-sans-5.3';

/** Font family names on the card and the Fontsource subset of Noto Sans each one is (src/assets/fonts/noto-sans). */
export const CARD_FONT_SUBSETS = {
  'Noto Sans': 'latin',
  'Noto Sans Cyrillic': 'cyrillic',
  'Noto Sans Latin Ext': 'latin-ext',
} as const;

export interface CardContent {
  /** The line above the title: a storyline's title, or an entity's kind. */
  kicker: string;
  /** The headline or the entity's name. */
  title: string;
  /** A smaller line under the title (an entity's summary). */
  subtitle?: string;
  /** The date line, as precise as known ("19 May 2022", "June 2022", "2005"). */
  date?: string;
  siteName: string;
  /** The site's host name, e.g. moskvich-tracker.example. */
  host: string;
}

export function articleCard(
  article: { title: string; date: PartialDate | string; storyline: string },
  site: { name: string; url: string | URL },
): CardContent {
  return {
    kicker: article.storyline,
    title: article.title,
    date: formatPartialDate(article.date),
    siteName: site.name,
    host: new URL(site.url).host,
  };
}

export function entityCard(
  entity: { name: string; kind: EntityKind; summary: string; latest?: PartialDate | string },
  site: { name: string; url: string | URL },
): CardContent {
  return {
    kicker: KIND_LABELS[entity.kind],
    title: entity.name,
    subtitle: entity.summary,
    ...(entity.latest ? { date: `Latest report: ${formatPartialDate(entity.latest)}` } : {}),
    siteName: site.name,
    host: new URL(site.url).host,
  };
}

/** The cache key of a card: sha256 of what it shows and of the renderer version. */
export function cardKey(card: CardContent): string {
  const shown = [card.kicker, card.title, card.subtitle ?? '', card.date ?? '', card.siteName, card.host];
  return createHash('sha256')
    .update(JSON.stringify([CARD_RENDERER_VERSION, ...shown]))
    .digest('hex');
}

/** Smaller type for longer titles, so that every title fits in four lines. */
export function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 40 ? 76 : n <= 70 ? 64 : n <= 110 ? 54 : 46;
}

/** A Satori element: the subset of React's element shape it reads. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

const COLORS = { bg: '#fdfdfc', fg: '#1b1b1f', muted: '#55565e', accent: '#9c1c1c', line: '#d7d7dc' };

/** The card's layout: a red band on the left, the kicker, the title, then the date and the site. */
export function cardTree(card: CardContent): CardNode {
  const text: CardNode[] = [
    el(
      'div',
      { fontSize: 30, fontWeight: 700, color: COLORS.accent, textTransform: 'uppercase', letterSpacing: 2, lineClamp: 1 },
      card.kicker,
    ),
    el('div', { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, marginTop: 24, lineClamp: 4 }, card.title),
  ];
  if (card.subtitle)
    text.push(el('div', { fontSize: 30, color: COLORS.muted, lineHeight: 1.35, marginTop: 24, lineClamp: 3 }, card.subtitle));
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      backgroundColor: COLORS.bg,
      color: COLORS.fg,
      fontFamily: Object.keys(CARD_FONT_SUBSETS)
        .map((f) => `'${f}'`)
        .join(', '),
    },
    [
      el('div', { width: 28, height: '100%', backgroundColor: COLORS.accent }),
      el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, padding: '64px 72px 56px 64px' }, [
        el('div', { display: 'flex', flexDirection: 'column' }, text),
        el(
          'div',
          {
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
            borderTop: `2px solid ${COLORS.line}`,
            paddingTop: 24,
            fontSize: 30,
          },
          [
            el('div', { color: COLORS.muted }, card.date ?? ''),
            el('div', { display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }, [
              el('div', { fontWeight: 700 }, card.siteName),
              el('div', { fontSize: 24, color: COLORS.muted }, card.host),
            ]),
          ],
        ),
      ]),
    ],
  );
}

/** The site's own card, for pages without one of their own. */
export function siteCard(site: { name: string; url: string | URL }): CardContent {
  return {
    kicker: 'News tracker',
    title: site.name,
    subtitle: "The Moskvich revival and Russian carmakers' partnerships with Chinese ones, from the 2005 ZIL–FAW talks on.",
    siteName: site.name,
    host: new URL(site.url).host,
  };
}

export interface CardStats {
  rendered: number[];
  cached: number[];
}

/** Per-build timings in milliseconds, shared with the integration that reports them (src/plugins/sharing.ts). */
export function cardStats(): CardStats {
  const g = globalThis as { __moskvichCardStats?: CardStats };
  g.__moskvichCardStats ??= { rendered: [], cached: [] };
  return g.__moskvichCardStats;
}

/**
 * The cards the rendered pages use, by URL path (/cards/articles/<slug>.png).
 * Pages declare their card with `useCard` while they render; after the build,
 * src/plugins/sharing.ts writes exactly these to dist/ (from the card cache, or
 * drawn once), and the dev server draws them on request. Kept on globalThis
 * because pages and integrations load this module through different graphs.
 */
export function cardRegistry(): Map<string, CardContent> {
  const g = globalThis as { __moskvichCards?: Map<string, CardContent> };
  g.__moskvichCards ??= new Map();
  return g.__moskvichCards;
}

/** Registers the card a page shows as its og:image and returns its URL path. */
export function useCard(path: string, card: CardContent): string {
  cardRegistry().set(path, card);
  return path;
}
