/**
 * `npm run bench [-- --articles 1000,10000]`: for each size, generates a synthetic tracker in a temp
 * folder, builds it with the real build (the two steps of `npm run build`) and the bare stack
 * (baseline.ts: bare Astro, then Pagefind) over the same articles, and prints and writes to
 * results.json the times, memory, sizes and the targets of docs/PERFORMANCE.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblems } from '../../src/lib/content-check/index.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { measureSearch, type SearchBudget } from '../search-budget.ts';
import { writeBareProject } from './baseline.ts';
import { generateTracker, type GeneratedStats } from './generate.ts';
import { homeWeight, measureRun, outputs, pageStats, type PageStats, type Run } from './measure.ts';
import { targets, type SizeResult, printResults } from './report.ts';

const USAGE = `Usage: npm run bench -- [options]
  --articles N[,N…]  sizes of the synthetic tracker (default 1000; the targets need 1000,10000)
  --seed S           seed of the generator (default 7)
  --out DIR          working folder (default: a new folder under ${tmpdir()})
  --profile          for the largest size, build the tracker and the bare stack once more under
                     node --cpu-prof and say where the .cpuprofile files are
  --keep-dist        keep the built sites and the card cache
  --help`;

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const SEARCH_INDEX = join(ROOT, 'scripts/search-index.ts');
const PAGE_LIMIT = 100 * 1024;

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'keep-dist': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
const sizes = args.articles!.split(',').map(Number);
if (args.help || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}
const seed = Number(args.seed);
const OUT = resolve(args.out ?? mkdtempSync(join(tmpdir(), 'moskvich-bench-')));
const started = performance.now();
const say = (text: string) => console.log(`[bench +${Math.round((performance.now() - started) / 1000)}s] ${text}`);
const secs = (run: Run) => `${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU`;

/** Generates the content and runs the content check over it (as `npm run check -- --dir` does); stops on any error. */
function generate(folder: string, n: number): { content: string; stats: GeneratedStats; check: SizeResult['check'] } {
  const content = join(folder, 'content');
  rmSync(content, { recursive: true, force: true });
  const stats = generateTracker({ dir: content, articles: n, seed });
  const t = performance.now();
  const { problems } = checkContent(readContentDir(content));
  const errors = problems.filter((p) => p.severity === 'error');
  const check = { errors: errors.length, warnings: problems.length - errors.length, ms: performance.now() - t };
  say(`n=${n}: generated in ${content}; content check: ${check.errors} errors, ${check.warnings} warnings`);
  if (problems.length) console.log(formatProblems(problems.slice(0, 20)));
  if (errors.length) throw new Error(`the synthetic content fails the content check: fix scripts/bench/generate.ts (${content})`);
  return { content, stats, check };
}

interface Site {
  folder: string;
  content: string;
  /**
   * The tracker's build runs from here, `src` and `node_modules` linked to the project's: the card fonts are read from <cwd>/src,
   * and the output is inside it, so Astro's prerender chunks go next to it (never to the project's .astro/) and resolve packages.
   */
  cwd: string;
  dist: string;
  cards: string;
  astroCache: string;
}

function site(folder: string, content: string): Site {
  const cwd = join(folder, 'site');
  mkdirSync(cwd, { recursive: true });
  for (const dir of ['src', 'node_modules']) {
    rmSync(join(cwd, dir), { force: true });
    symlinkSync(join(ROOT, dir), join(cwd, dir), 'dir');
  }
  // The rule of astro.config.ts: a content folder other than `content` has an Astro cache of its own.
  const astroCache = join(ROOT, 'node_modules/.astro', content.replace(/[^a-zA-Z0-9]+/g, '_'));
  return { folder, content, cwd, dist: join(cwd, 'dist'), cards: join(folder, 'cards'), astroCache };
}

/** One full build as `npm run build` runs it, cold (Astro's cache and the output emptied), with the bench's card cache. */
function buildTracker(s: Site, name: string, nodeOptions = ''): Promise<Run> {
  rmSync(s.astroCache, { recursive: true, force: true });
  rmSync(s.dist, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: s.content, CARD_CACHE_DIR: s.cards, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions };
  const astro = [NODE, ASTRO, 'build', '--root', ROOT, '--outDir', s.dist];
  return measureRun([astro, [NODE, TSX, SEARCH_INDEX, s.dist]], { cwd: s.cwd, env, logFile: join(s.folder, `${name}.log`) });
}

/** The bare stack, cold: bare Astro over the same articles, then Pagefind over its pages. */
function buildBare(s: Site, name: string, nodeOptions = ''): Promise<Run> {
  const root = join(s.folder, 'bare');
  writeBareProject(root, ROOT, s.content);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions };
  const astro = [NODE, ASTRO, 'build', '--root', root, '--outDir', join(root, 'dist')];
  return measureRun([astro, [NODE, TSX, SEARCH_INDEX, join(root, 'dist')]], { cwd: root, env, logFile: join(s.folder, `${name}.log`) });
}

/** The first query's bytes and time in Chromium (scripts/search-budget.ts), for a name, its Cyrillic spelling and a word. */
async function search(dist: string, queries: string[]): Promise<SearchBudget[] | string> {
  try {
    return await measureSearch(dist, queries);
  } catch (error) {
    return `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}

async function profile(s: Site): Promise<SizeResult['profiles']> {
  const dirs = { tracker: join(s.folder, 'profile-tracker'), bare: join(s.folder, 'profile-bare') };
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  say(`profiling the tracker's build (${s.folder})…`);
  const tracker = await buildTracker(s, 'profile-tracker', `--cpu-prof --cpu-prof-dir=${dirs.tracker}`);
  say(`profiling the bare stack…`);
  const bare = await buildBare(s, 'profile-bare', `--cpu-prof --cpu-prof-dir=${dirs.bare}`);
  return { tracker: { dir: dirs.tracker, wallMs: tracker.wallMs }, bare: { dir: dirs.bare, wallMs: bare.wallMs } };
}

async function runSize(n: number, withProfile: boolean): Promise<SizeResult> {
  const folder = join(OUT, `n${n}`);
  mkdirSync(folder, { recursive: true });
  const { content, stats, check } = generate(folder, n);
  const s = site(folder, content);
  say(`n=${n}: warming the card cache with a first build…`);
  const warmup = await buildTracker(s, 'build-warmup');
  say(`n=${n}: warm-up ${secs(warmup)}; cold full build with a warm card cache…`);
  const tracker = await buildTracker(s, 'build-cold');
  say(`n=${n}: tracker ${secs(tracker)}, peak ${(tracker.peakBytes / 1e9).toFixed(2)} GB; bare stack…`);
  const bare = await buildBare(s, 'build-bare');
  say(`n=${n}: bare stack ${secs(bare)}; measuring the output…`);
  const result: SizeResult = {
    ...{ articles: n, folder, stats, check, warmup, tracker, bare, pages: pageStats(s.dist, PAGE_LIMIT) as PageStats },
    ...{ barePages: pageStats(join(folder, 'bare/dist'), PAGE_LIMIT).pages, home: homeWeight(s.dist), outputs: outputs(s.dist) },
    search: await search(s.dist, stats.queries),
  };
  if (withProfile) result.profiles = await profile(s);
  if (!args['keep-dist']) {
    for (const dir of [s.dist, s.cards, join(folder, 'bare')]) rmSync(dir, { recursive: true, force: true });
  }
  rmSync(s.astroCache, { recursive: true, force: true });
  return result;
}

function machine() {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout.
  }
  return {
    ...{ date: new Date().toISOString(), commit, cpus: availableParallelism(), cpu: cpus()[0]?.model, memoryBytes: totalmem() },
    ...{ node: process.version, astro: version('astro'), pagefind: version('pagefind'), load: loadavg() },
  };
}

const info = machine();
say(`working folder ${OUT}; ${info.cpus} CPUs (${info.cpu}), Node ${info.node}, Astro ${info.astro}, load ${info.load.join(' ')}`);
const results: SizeResult[] = [];
for (const n of sizes) results.push(await runSize(n, args.profile && n === Math.max(...sizes)));
const verdicts = targets(results);
printResults(results, verdicts);
const file = join(OUT, 'results.json');
writeFileSync(file, JSON.stringify({ machine: { ...info, loadAfter: loadavg() }, seed, sizes: results, targets: verdicts }, null, 2));
say(`results: ${file}; load now ${loadavg().join(' ')}`);
