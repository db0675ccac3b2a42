/**
 * Renders a link-preview card to PNG at build time: Satori lays the card out as
 * SVG with the Noto Sans files shipped in src/assets/fonts (Latin and Cyrillic;
 * nothing is downloaded), resvg rasterises it. Each PNG is cached under
 * node_modules/.cache/cards/<sha256 of what the card shows + renderer version>.png,
 * so an unchanged card is never rendered twice (CARD_CACHE_DIR overrides the
 * folder). Timings are collected for the build summary (src/plugins/sharing.ts
 * prints them).
 */
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_FONT_SUBSETS, CARD_HEIGHT, CARD_WIDTH, cardKey, cardStats, cardTree, type CardContent } from './social-card.ts';

export const FONT_DIR = resolve(process.cwd(), 'src/assets/fonts/noto-sans');
export const CARD_CACHE_DIR = resolve(process.env.CARD_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/cards'));

/**
 * The Fontsource subsets of Noto Sans, each under a family name of its own
 * (CARD_FONT_FAMILIES): Satori picks one font per family and weight, then falls
 * back family by family for a glyph the first lacks.
 */
const FONT_FILES = Object.entries(CARD_FONT_SUBSETS).flatMap(([family, subset]) =>
  ([400, 700] as const).map((weight) => ({ family, file: `noto-sans-${subset}-${weight}-normal.woff`, weight })),
);

let fonts: Font[] | undefined;
function loadFonts(dir: string): Font[] {
  fonts ??= FONT_FILES.map(({ family, file, weight }) => ({ name: family, data: readFileSync(join(dir, file)), weight, style: 'normal' as const }));
  return fonts;
}

/** Satori then resvg, no cache. */
export async function renderCardPng(card: CardContent, fontDir = FONT_DIR): Promise<Uint8Array> {
  // Satori's element type is React's; the plain object tree has the same shape.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts(fontDir) });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}

interface CacheOptions {
  cacheDir?: string;
  fontDir?: string;
}

/** The cache file of a card, drawn and written first if the cache does not hold it yet. */
export async function cachedCardFile(card: CardContent, options: CacheOptions = {}): Promise<string> {
  const cacheDir = options.cacheDir ?? CARD_CACHE_DIR;
  const file = join(cacheDir, `${cardKey(card)}.png`);
  const start = performance.now();
  if (existsSync(file)) {
    cardStats().cached.push(performance.now() - start);
    return file;
  }
  const png = await renderCardPng(card, options.fontDir);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so that a build killed halfway never leaves a truncated card in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  cardStats().rendered.push(performance.now() - start);
  return file;
}

/** The card as PNG bytes, from the cache when it holds this exact card. */
export async function renderCard(card: CardContent, options: CacheOptions = {}): Promise<Uint8Array> {
  return readFileSync(await cachedCardFile(card, options));
}

/**
 * Writes each card to `<outDir><path>` (paths like /cards/articles/<slug>.png),
 * copied from the cache: a file copy per card, no page route (at 10,000 articles
 * routes cost about 3.4 ms a card even from the cache; see docs/PERFORMANCE.md).
 */
export async function writeCards(cards: ReadonlyMap<string, CardContent>, outDir: string, options: CacheOptions = {}): Promise<number> {
  const made = new Set<string>();
  for (const [path, card] of cards) {
    if (!/^\/cards\/[\w/-]+\.png$/.test(path)) throw new Error(`Not a card path: ${path}`);
    const target = join(outDir, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    // A copy-on-write clone where the file system can, a plain copy where it cannot.
    copyFileSync(await cachedCardFile(card, options), target, constants.COPYFILE_FICLONE);
  }
  return cards.size;
}

