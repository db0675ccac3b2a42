/**
 * Renders a link-preview card to PNG at build time: Satori lays the card out as
 * SVG with the Noto Sans files shipped in src/assets/fonts (Latin and Cyrillic;
 * nothing is downloaded), resvg rasterises it. Each PNG is cached under
 * node_modules/.cache/cards/<sha256 of what the card shows + renderer version>.png,
 * so an unchanged card is never rendered twice (CARD_CACHE_DIR overrides the
 * folder). Timings are collected for the build summary (src/plugins/sharing.ts
 * prints them).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { CardJob } from './worker.ts';
import { CARD_FONT_SUBSETS, CARD_HEIGHT, CARD_WIDTH, cardKey, cardStats, cardTree, type CardContent } from './cards.ts';

export const FONT_DIR = resolve(process.cwd(), 'src/assets/fonts/noto-sans');
export const CARD_CACHE_DIR = resolve(process.env.CARD_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/cards'));

/**
 * The Fontsource subsets of Noto Sans, each under a family name of its own
 * (CARD_FONT_SUBSETS): Satori picks one font per family and weight, then falls
 * back family by family for a glyph the first lacks.
 */
const FONT_FILES = Object.entries(CARD_FONT_SUBSETS).flatMap(([family, subset]) =>
  ([400, 700] as const).map((weight) => ({ family, file: `noto-sans-${subset}-${weight}-normal.woff`, weight })),
);

let fonts: Font[] | undefined;
function loadFonts(dir: string): Font[] {
  fonts ??= FONT_FILES.map(({ family, file, weight }) => ({
    name: family,
    data: readFileSync(join(dir, file)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** Satori then resvg, no cache. */
export async function renderCardPng(card: CardContent, fontDir = FONT_DIR): Promise<Uint8Array> {
  // Satori's element type is React's; the plain object tree has the same shape.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(fontDir),
  });
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
 * Puts a cached card at `target`: a hard link (no bytes written: at 10,000
 * articles copying 508 MB of cards took 7.6 s), or a copy where the cache and
 * the output are on different file systems or links are not allowed. The cache
 * only ever replaces a file by renaming a new one over it, so a link in dist/
 * never changes after the build.
 */
function placeFile(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/** Draws one share of the cards in a child process (src/lib/cards/worker.ts); resolves with each card's time in ms. */
function drawInChild(job: CardJob, children: Set<ChildProcess>): Promise<number[]> {
  return new Promise((done, fail) => {
    const times: number[] = [];
    let error: string | undefined;
    const child = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], {
      // Node strips the TypeScript itself (flag needed before Node 22.18); --expose-gc: see worker.ts.
      execArgv: [
        '--expose-gc',
        ...(process.features.typescript ? [] : ['--experimental-strip-types']),
        '--disable-warning=ExperimentalWarning',
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(child);
    child.on('message', (message: { ms?: number; error?: string }) => {
      if (message.ms !== undefined) times.push(message.ms);
      if (message.error) error = message.error;
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      children.delete(child);
      if (code === 0 && !error && times.length === job.cards.length) done(times);
      else
        fail(
          new Error(
            `Drawing link-preview cards failed (${error ?? `exit code ${code}, ${times.length} of ${job.cards.length} cards drawn`}).`,
          ),
        );
    });
    child.send(job);
  });
}

/**
 * Draws the cards the cache lacks into the cache, in up to `processes` child
 * processes (one per core by default), each taking every n-th card.
 */
export async function drawCards(cards: readonly CardContent[], options: CacheOptions & { processes?: number } = {}): Promise<Set<string>> {
  const cacheDir = options.cacheDir ?? CARD_CACHE_DIR;
  const byKey = new Map(cards.map((card) => [cardKey(card), card]));
  const missing = [...byKey].filter(([key]) => !existsSync(join(cacheDir, `${key}.png`))).map(([, card]) => card);
  if (!missing.length) return new Set();
  mkdirSync(cacheDir, { recursive: true });
  const processes = Math.max(1, Math.min(options.processes ?? availableParallelism(), missing.length));
  const shares = Array.from({ length: processes }, (_, i) => missing.filter((_, j) => j % processes === i));
  const children = new Set<ChildProcess>();
  const times = await Promise.all(
    shares.map((share) => drawInChild({ cards: share, cacheDir, fontDir: options.fontDir ?? FONT_DIR }, children)),
  ).catch((error: unknown) => {
    // One share failed: the build stops, so stop the others too.
    for (const child of children) child.kill();
    throw error;
  });
  cardStats().rendered.push(...times.flat());
  return new Set(missing.map(cardKey));
}

/**
 * Writes each card to `<outDir><path>` (paths like /cards/articles/<slug>.png):
 * the missing ones are drawn into the cache first (`drawCards`), then every card
 * is linked or copied from the cache. No page route: at 10,000 articles routes cost about
 * 3.4 ms a card even from the cache (docs/PERFORMANCE.md).
 */
export async function writeCards(
  cards: ReadonlyMap<string, CardContent>,
  outDir: string,
  options: CacheOptions & { processes?: number } = {},
): Promise<number> {
  for (const path of cards.keys()) if (!/^\/cards\/[\w/-]+\.png$/.test(path)) throw new Error(`Not a card path: ${path}`);
  const drawn = await drawCards([...cards.values()], options);
  const cacheDir = options.cacheDir ?? CARD_CACHE_DIR;
  const made = new Set<string>();
  for (const [path, card] of cards) {
    const start = performance.now();
    const key = cardKey(card);
    const target = join(outDir, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    placeFile(join(cacheDir, `${key}.png`), target);
    if (!drawn.has(key)) cardStats().cached.push(performance.now() - start);
  }
  return cards.size;
}
