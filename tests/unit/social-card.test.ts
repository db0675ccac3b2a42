import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { renderCard, writeCards } from '../../src/lib/cards/render.ts';
import {
  articleCard,
  CARD_FONT_SUBSETS,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardKey,
  cardRegistry,
  cardStats,
  cardTree,
  entityCard,
  siteCard,
  titleSize,
  useCard,
  type CardNode,
} from '../../src/lib/cards/cards.ts';
import { KIND_LABELS } from '../../src/lib/strings.ts';
import { ENTITY_KINDS } from '../../src/schemas/index.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { pngSize } from '../helpers/png.ts';

const SITE = { name: 'Moskvich Tracker', url: 'https://moskvich-tracker.example' };

describe('what a card shows', () => {
  it('an article: headline, date as precise as known, storyline, site', () => {
    expect(articleCard({ title: 'Talks', date: '2022-06', storyline: 'The revival' }, SITE)).toEqual({
      kicker: 'The revival',
      title: 'Talks',
      date: 'June 2022',
      siteName: 'Moskvich Tracker',
      host: 'moskvich-tracker.example',
    });
    expect(articleCard({ title: 'ZIL', date: '2005', storyline: 'ZIL' }, SITE).date).toBe('2005');
    expect(articleCard({ title: 'Day', date: '2022-05-19', storyline: 'S' }, SITE).date).toBe('19 May 2022');
  });

  it('an entity: name, kind, summary, and the latest report when there is one', () => {
    expect(entityCard({ name: 'KAMAZ', kind: 'company', summary: 'Trucks.', latest: '2022-11-23' }, SITE)).toMatchObject({
      kicker: 'Company',
      title: 'KAMAZ',
      subtitle: 'Trucks.',
      date: 'Latest report: 23 November 2022',
    });
    expect(entityCard({ name: 'X', kind: 'place', summary: 'S.' }, SITE)).not.toHaveProperty('date');
    for (const kind of ENTITY_KINDS) expect(KIND_LABELS[kind]).toBeTruthy();
  });

  it('the cache key changes with anything shown, and only then', () => {
    const card = articleCard({ title: 'Talks', date: '2022-06', storyline: 'The revival' }, SITE);
    expect(cardKey(card)).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey({ ...card })).toBe(cardKey(card));
    expect(cardKey({ ...card, title: 'Talks!' })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, date: 'May 2022' })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, kicker: 'Other' })).not.toBe(cardKey(card));
  });

  it('shrinks the type of long headlines', () => {
    expect(titleSize('KAMAZ')).toBeGreaterThan(titleSize('A much longer headline about KAMAZ and JAC and the Moskvich plant in Moscow'));
  });

  it('lays the card out at 1200×630 with every text in it', () => {
    const tree = cardTree(entityCard({ name: 'KAMAZ', kind: 'company', summary: 'Trucks.', latest: '2022' }, SITE));
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    const texts: string[] = [];
    const walk = (node: CardNode | string) => {
      if (typeof node === 'string') return void texts.push(node);
      const children = node.props.children;
      for (const child of Array.isArray(children) ? children : children === undefined ? [] : [children]) walk(child);
    };
    walk(tree);
    expect(texts).toEqual(
      expect.arrayContaining(['Company', 'KAMAZ', 'Trucks.', 'Latest report: 2022', 'Moskvich Tracker', 'moskvich-tracker.example']),
    );
  });
});

/** The unicode-range of each Fontsource subset shipped in src/assets/fonts/noto-sans (from @fontsource/noto-sans 5.3.0's CSS). */
const SUBSET_RANGES: Record<string, string> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,' +
    'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,' +
    'U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
};
const covered = (char: string) =>
  Object.values(CARD_FONT_SUBSETS).some((subset) =>
    SUBSET_RANGES[subset]!.split(',').some((range) => {
      const [from, to = from] = range
        .slice(2)
        .split('-')
        .map((h) => parseInt(h, 16));
      const code = char.codePointAt(0)!;
      return code >= from! && code <= to!;
    }),
  );

describe('the shipped fonts', () => {
  it('are in the repository with their licence', () => {
    const dir = join(ROOT, 'src/assets/fonts/noto-sans');
    const files = readdirSync(dir);
    expect(files).toContain('OFL.txt');
    for (const subset of Object.values(CARD_FONT_SUBSETS)) {
      for (const weight of [400, 700]) expect(files).toContain(`noto-sans-${subset}-${weight}-normal.woff`);
    }
  });

  it('cover every character any card of the real content shows (Latin and Cyrillic)', () => {
    const { content } = checkContent(readContentDir(join(ROOT, 'content'), ROOT));
    const storylines = new Map([...content.storylines].map(([id, s]) => [id, s.data.title]));
    const cards = [
      siteCard(SITE),
      ...[...content.articles.values()].map(({ data }) =>
        articleCard({ title: data.title, date: data.date, storyline: storylines.get(data.storylines[0]!)! }, SITE),
      ),
      ...[...content.entities.values()].map(({ data }) =>
        entityCard({ name: data.name, kind: data.kind, summary: data.summary, latest: '2022' }, SITE),
      ),
    ];
    const text = cards.flatMap((c) => [c.kicker, c.title, c.subtitle ?? '', c.date ?? '', c.siteName, c.host]).join('');
    const missing = [...new Set([...text].filter((c) => !covered(c)))];
    expect(missing).toEqual([]);
    expect(covered('Ж')).toBe(true);
    expect(covered('中')).toBe(false);
  });
});

describe('rendering', () => {
  // Each test gets a cache of its own and primes it itself, so any one runs alone, in any order.
  const dirs: string[] = [];
  const freshDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const card = articleCard({ title: 'Moskvich (Москвич) production begins', date: '2022-11-23', storyline: 'The Moskvich revival' }, SITE);
  /** How many cards were drawn and served from the cache while `run` ran. */
  const counting = async (run: () => Promise<unknown>) => {
    const before = { rendered: cardStats().rendered.length, cached: cardStats().cached.length };
    await run();
    return { rendered: cardStats().rendered.length - before.rendered, cached: cardStats().cached.length - before.cached };
  };

  it('renders a 1200×630 PNG and caches it under its key', async () => {
    const cacheDir = freshDir('cards-');
    let png: Uint8Array | undefined;
    expect(await counting(async () => (png = await renderCard(card, { cacheDir })))).toEqual({ rendered: 1, cached: 0 });
    expect(pngSize(png!)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(cacheDir)).toEqual([`${cardKey(card)}.png`]);
  });

  it('serves an unchanged card from the cache without rendering it again', async () => {
    const cacheDir = freshDir('cards-');
    const first = await renderCard(card, { cacheDir });
    let again: Uint8Array | undefined;
    expect(await counting(async () => (again = await renderCard(card, { cacheDir })))).toEqual({ rendered: 0, cached: 1 });
    expect(Buffer.from(again!).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  });

  it('writes the cards the pages registered to the output folder, drawing only the ones not cached', async () => {
    const cacheDir = freshDir('cards-');
    const outDir = freshDir('cards-out-');
    await renderCard(card, { cacheDir });
    const other = siteCard(SITE);
    const cards = new Map([
      ['/cards/articles/production.png', card],
      ['/cards/site.png', other],
    ]);
    let written = 0;
    // The article card is in the cache; the site card is drawn once.
    expect(await counting(async () => (written = await writeCards(cards, outDir, { cacheDir })))).toEqual({ rendered: 1, cached: 1 });
    expect(written).toBe(2);
    expect(readFileSync(join(outDir, 'cards/articles/production.png'))).toEqual(readFileSync(join(cacheDir, `${cardKey(card)}.png`)));
    expect(pngSize(readFileSync(join(outDir, 'cards/site.png')))).toEqual({ width: 1200, height: 630 });
    expect(existsSync(join(cacheDir, `${cardKey(other)}.png`))).toBe(true);
  });

  it('refuses a path outside /cards/ and stops when a card cannot be drawn', async () => {
    const cacheDir = freshDir('cards-');
    const outDir = freshDir('cards-out-');
    await expect(writeCards(new Map([['/../escape.png', card]]), outDir, { cacheDir })).rejects.toThrow('Not a card path: /../escape.png');
    await expect(
      writeCards(new Map([['/cards/site.png', siteCard(SITE)]]), outDir, { cacheDir, fontDir: join(outDir, 'no-fonts') }),
    ).rejects.toThrow(/^Drawing link-preview cards failed \(ENOENT/);
    expect(existsSync(join(outDir, 'cards/site.png'))).toBe(false);
  });
});

describe('the card registry', () => {
  it('keeps the card each page declared, by URL path, and hands the path back', () => {
    const card = siteCard(SITE);
    try {
      expect(useCard('/cards/test-only.png', card)).toBe('/cards/test-only.png');
      expect(cardRegistry().get('/cards/test-only.png')).toEqual(card);
    } finally {
      cardRegistry().delete('/cards/test-only.png');
    }
  });
});
