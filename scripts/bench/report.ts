/** The results table and the targets of issue 14 (docs/PERFORMANCE.md), each PASS or FAIL with its numbers. */
import type { SearchBudget } from '../search-budget.ts';
import type { GeneratedStats } from './generate.ts';
import type { PageStats, Run } from './measure.ts';

export interface SizeResult {
  articles: number;
  folder: string;
  stats: GeneratedStats;
  check: { errors: number; warnings: number; ms: number };
  /** The first build, which fills the card cache. */
  warmup: Run;
  /** The measured build: cold, with a warm card cache. */
  tracker: Run;
  bare: Run;
  pages: PageStats;
  barePages: number;
  home: { html: number; css: number; js: number; total: number };
  outputs: Record<string, number>;
  search: SearchBudget[] | string;
  profiles?: { tracker: { dir: string; wallMs: number }; bare: { dir: string; wallMs: number } };
}

export interface Target {
  name: string;
  status: 'PASS' | 'FAIL' | 'n/a';
  detail: string;
}

const BIG = 10_000;
const SMALL = 1_000;
const KB = 1024;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
const int = (n: number) => n.toLocaleString('en-US');
const msPerArticle = (r: SizeResult) => r.tracker.wallMs / r.articles;
const firstQuery = (r: SizeResult) => (typeof r.search === 'string' ? undefined : Math.max(...r.search.map((q) => q.firstQuery)));

/** What the build must still produce, from what was generated: every page, feed item, export row and index entry. */
function expectedOutputs(r: SizeResult): Record<string, number> {
  const { articles, entities, storylines, deals, events, formerSlugs } = r.stats;
  return {
    'article pages': articles + formerSlugs, // a former slug is a redirect page under /articles/
    'entity pages': entities,
    'entity feeds': entities,
    'storyline feeds': storylines,
    'site feed items': Math.min(50, articles),
    'articles.json rows': articles,
    'entities.json rows': entities,
    'deals.json rows': deals,
    'events.csv rows': events,
  };
}

function missingOutputs(r: SizeResult): string[] {
  const expected = expectedOutputs(r);
  const missing = Object.entries(expected).filter(([key, n]) => r.outputs[key] !== n);
  const out = missing.map(([key, n]) => `${key} ${int(r.outputs[key] ?? 0)} of ${int(n)}`);
  const searchable = r.stats.articles + r.stats.entities;
  if ((r.tracker.indexed ?? 0) < searchable) out.push(`search index ${int(r.tracker.indexed ?? 0)} pages, fewer than ${int(searchable)}`);
  return out;
}

const verdict = (name: string, ok: boolean, detail: string): Target => ({ name, status: ok ? 'PASS' : 'FAIL', detail });
const x = (ratio: number) => `${ratio.toFixed(2)}×`;

function targetsAt10k(big: SizeResult): Target[] {
  const { tracker, bare, home, pages } = big;
  const peak = Math.max(tracker.peakBytes, big.warmup.peakBytes);
  const query = firstQuery(big);
  const queryName = 'first search query ≤ 200 KB';
  return [
    verdict(
      `cold full build at ${int(BIG)} ≤ 1.5× the bare stack`,
      tracker.wallMs / bare.wallMs <= 1.5,
      `${s(tracker.wallMs)} vs ${s(bare.wallMs)}: ${x(tracker.wallMs / bare.wallMs)} (CPU ${x(tracker.cpuMs / bare.cpuMs)})`,
    ),
    verdict('peak memory < 2.5 GB', peak < 2.5e9, `${gb(peak)} (process tree, max of the warm-up and cold builds)`),
    verdict(
      'home page ≤ 14 KB compressed',
      home.total <= 14 * KB,
      `${kb(home.total)} (${kb(home.html)} + ${kb(home.css)} + ${kb(home.js)})`,
    ),
    verdict(
      'no page over 100 KB compressed',
      pages.over === 0,
      `largest ${kb(pages.largest.bytes)} ${pages.largest.url}; ${pages.over} over`,
    ),
    query === undefined
      ? { name: queryName, status: 'n/a', detail: String(big.search) }
      : verdict(queryName, query <= 200 * KB, `${kb(query)} (the largest of ${big.search.length} queries)`),
  ];
}

export function targets(results: SizeResult[]): Target[] {
  const big = results.find((r) => r.articles === BIG);
  const small = results.find((r) => r.articles === SMALL);
  const out = big ? targetsAt10k(big) : [{ name: `targets at ${int(BIG)}`, status: 'n/a' as const, detail: `needs a run at ${int(BIG)}` }];
  const scalingName = `time per article at ${int(BIG)} ≤ 1.2× that at ${int(SMALL)}`;
  if (big && small) {
    const [a, b] = [msPerArticle(big), msPerArticle(small)];
    out.push(verdict(scalingName, a / b <= 1.2, `${a.toFixed(2)} vs ${b.toFixed(2)} ms: ${x(a / b)}`));
  } else out.push({ name: scalingName, status: 'n/a', detail: `needs runs at ${int(SMALL)} and ${int(BIG)}` });
  for (const r of results) {
    const missing = missingOutputs(r);
    const detail = missing.join('; ') || 'every page, feed item, export row and index entry';
    out.push(verdict(`every output produced at ${int(r.articles)}`, !missing.length, detail));
  }
  return out;
}

function rows(r: SizeResult): [string, string][] {
  const g = r.stats;
  const run = (x: Run) => `${s(x.wallMs)} (CPU ${s(x.cpuMs)}), peak ${gb(x.peakBytes)}`;
  const search =
    typeof r.search === 'string'
      ? [['first search query', r.search] as [string, string]]
      : r.search.map((q): [string, string] => [`first search query "${q.query}"`, `${kb(q.firstQuery)} in ${Math.round(q.ms)} ms`]);
  return [
    ['articles', `${int(g.reports)} reports, ${int(g.briefs)} briefs, ${int(g.words)} words, ${int(g.mentions)} entity mentions`],
    ['content', `${int(g.entities)} entities, ${g.measures} measures, ${int(g.figures)} figures, ${int(g.events)} events`],
    ['content check (errors, warnings)', `${r.check.errors}, ${r.check.warnings}`],
    ['first build, fills the card cache', run(r.warmup)],
    ['COLD FULL BUILD, warm card cache (wall)', s(r.tracker.wallMs)],
    ['  CPU (user + system)', s(r.tracker.cpuMs)],
    ['  peak memory, process tree', `${gb(r.tracker.peakBytes)} (${r.tracker.peakProcesses.join(' + ')})`],
    ['  time per article', `${msPerArticle(r).toFixed(2)} ms`],
    ['BARE STACK, Astro + Pagefind (wall)', s(r.bare.wallMs)],
    ['  CPU (user + system)', s(r.bare.cpuMs)],
    ['  peak memory, process tree', gb(r.bare.peakBytes)],
    ['  pages', int(r.barePages)],
    [
      'RATIO to the bare stack, wall (CPU)',
      `${(r.tracker.wallMs / r.bare.wallMs).toFixed(2)}× (${(r.tracker.cpuMs / r.bare.cpuMs).toFixed(2)}×)`,
    ],
    ['pages (.html), indexed for search', `${int(r.pages.pages)}, ${int(r.tracker.indexed ?? 0)}`],
    ['largest page (gzip -9)', `${kb(r.pages.largest.bytes)} ${r.pages.largest.url}`],
    ['pages over 100 KB', String(r.pages.over)],
    ['home page (HTML + CSS + JS, gzip -9)', `${kb(r.home.total)} (${kb(r.home.html)} + ${kb(r.home.css)} + ${kb(r.home.js)})`],
    ...search,
    [
      'outputs',
      Object.entries(r.outputs)
        .map(([k, v]) => `${k} ${int(v)}`)
        .join(', '),
    ],
    ['load (1 min) before → after the cold build', `${r.tracker.loadBefore.toFixed(2)} → ${r.tracker.loadAfter.toFixed(2)}`],
    ...(r.profiles
      ? [['CPU profiles (DevTools › Performance › Load profile)', `${r.profiles.tracker.dir} , ${r.profiles.bare.dir}`] as [string, string]]
      : []),
  ];
}

export function printResults(results: SizeResult[], verdicts: Target[]): void {
  for (const r of results) {
    const lines = rows(r);
    const width = Math.max(...lines.map(([k]) => k.length));
    console.log(`\n=== ${int(r.articles)} articles (${r.folder}) ===`);
    for (const [key, value] of lines) console.log(`${key.padEnd(width)}  ${value}`);
  }
  console.log('\nTargets:');
  for (const t of verdicts) console.log(`  ${t.status.padEnd(4)}  ${t.name}: ${t.detail}`);
}
