/**
 * `npm run bench [-- --articles 1000,10000] [--compare results.json] [--profile]`
 *
 * Generates a synthetic tracker in a temporary folder, checks it with the real
 * content check, builds the full site from it with the real build (`astro build`
 * with CONTENT_DIR pointing at it, then the search-index step, as `npm run
 * build` does), then a bare Astro project over the same
 * articles, and prints (and writes to <tmp>/results.json) the build times, peak
 * memory, pages, output and search-index sizes, the card cost and the targets.
 * See docs/PERFORMANCE.md for what each number means and the latest results.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblems } from '../../src/lib/content-check/index.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { BASELINE_VARIANTS, clearBaselineCaches, findMarkdownRemark, writeBaselineProject, type BaselineVariant } from './baseline.ts';
import { editedBody, generateTracker, type GeneratedStats } from './generate.ts';
import { distStats, runBuild, type BuildResult, type DistStats } from './measure.ts';
import { summariseProfiles, type ProfileSummary } from './profile.ts';

const USAGE = `Usage: npm run bench -- [options]
  --articles N[,N…]   sizes of the synthetic tracker (default 1000)
  --seed S            PRNG seed (default 7)
  --out DIR           working folder (default: a new folder in ${tmpdir()})
  --compare FILE      an earlier results.json: its sizes join this run's for the targets
  --repeat K          run the cold full build and the bare baseline K times each and use the medians (default 1)
  --profile           also build once under node --cpu-prof and summarise where the time goes
  --no-unified        skip the baselines on unified (@astrojs/markdown-remark)
  --no-links          skip the baselines with the entity-link plugin
  --keep-dist         keep the built sites (they are deleted at the end otherwise)
`;

const PROJECT_ROOT = process.cwd();
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const BENCH_CACHE = join(PROJECT_ROOT, 'node_modules/.cache/bench-baseline');
/** Targets (docs/PERFORMANCE.md). */
const TARGET_SIZE = 10_000;
const TARGET_BASELINE_RATIO = 1.5;
const TARGET_PEAK_BYTES = 2.5e9;
const TARGET_SCALING = 1.2;
const SMALL_SIZE = 1_000;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
    compare: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    'no-unified': { type: 'boolean', default: false },
    'no-links': { type: 'boolean', default: false },
    'keep-dist': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.articles!.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--articles takes whole numbers, e.g. 1000 or 1000,10000\n\n${USAGE}`);
  process.exit(2);
}
if (!existsSync(ASTRO_BIN)) {
  console.error(`No Astro at ${ASTRO_BIN}: run \`npm run bench\` from the project folder after \`npm install\`.`);
  process.exit(2);
}
const seed = Number(values.seed);
const repeat = Math.max(1, Number(values.repeat) || 1);
const OUT = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'moskvich-bench-')));
mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- formatting

const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);
const gb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1e9).toFixed(2)} GB`);
const x = (ratio: number | undefined) => (ratio === undefined || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`);
const int = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('en-US'));
const started = performance.now();
const say = (text: string) => console.log(`[bench +${((performance.now() - started) / 1000).toFixed(0)}s] ${text}`);

function median(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (!known.length) return undefined;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid] : (known[mid - 1]! + known[mid]!) / 2;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r, j) => {
      const line = r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
      return j === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

// ---------------------------------------------------------------- link-preview cards

/** The site's card cache, if the site renders cards (src/lib/render-card.ts). */
async function cardCacheDir(): Promise<string | undefined> {
  try {
    const mod = (await import('../../src/lib/render-card.ts')) as { CARD_CACHE_DIR?: string };
    return mod.CARD_CACHE_DIR;
  } catch {
    return undefined;
  }
}

/**
 * The folder the full builds run from. The site keeps its cards under
 * <cwd>/node_modules/.cache/cards, shared by every build of the project (and
 * emptied by some tests), so the benchmark builds from a folder of its own:
 * `--root` points at the project, `src` is a symlink (the card fonts are read
 * from <cwd>/src), and `node_modules` mirrors the project's with symlinks, except
 * along the path to the card cache, which is a private folder the benchmark can
 * empty or keep warm. The output folder is inside it, as `dist/` is inside the
 * project, so Astro writes its prerender chunks next to the output just as in a
 * real build (an outDir outside the working folder sends them to <cwd>/.astro/).
 */
function privateBuildCwd(folder: string, cardsDir: string | undefined): string {
  const cwd = join(folder, 'site');
  mkdirSync(cwd, { recursive: true });
  const link = (target: string, path: string) => {
    if (!existsSync(path)) symlinkSync(target, path, statSync(target).isDirectory() ? 'dir' : 'file');
  };
  link(join(PROJECT_ROOT, 'src'), join(cwd, 'src'));
  const own = cardsDir ? relative(PROJECT_ROOT, cardsDir).split(sep) : ['node_modules'];
  // Real folders along the path to the card cache; everything beside them links to the project's.
  let real = PROJECT_ROOT;
  let mine = cwd;
  for (const [i, part] of own.entries()) {
    real = join(real, part);
    mine = join(mine, part);
    if (i === own.length - 1) break;
    mkdirSync(mine, { recursive: true });
    for (const entry of existsSync(real) ? readdirSync(real) : []) if (entry !== own[i + 1]) link(join(real, entry), join(mine, entry));
  }
  return cwd;
}

/**
 * A digest of the code a build runs (src/, astro.config.ts, package.json): other
 * people edit the site while the benchmark runs, and builds of one run are only
 * comparable if they ran the same code.
 */
function codeFingerprint(): string {
  const hash = createHash('sha1');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) add(join(path, entry));
    } else {
      hash.update(relative(PROJECT_ROOT, path)).update(readFileSync(path));
    }
  };
  for (const path of ['src', 'astro.config.ts', 'package.json']) add(join(PROJECT_ROOT, path));
  return hash.digest('hex').slice(0, 12);
}

function gitState(): { head?: string; changedFiles?: number } {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length;
    return { head, changedFiles: changed };
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------- one size

interface SizeResult {
  articles: number;
  folder: string;
  generated: GeneratedStats;
  generateMs: number;
  check: { files: number; errors: number; warnings: number; ms: number };
  builds: Record<string, BuildResult>;
  /** Keys of `builds` that built the full site, and those that built a baseline. */
  fullKeys: string[];
  baselineKeys: string[];
  dist?: DistStats;
  baselineDist: Record<string, DistStats>;
  derived: {
    /** Median wall time of the cold full builds with a warm card cache. */
    coldMs?: number;
    coldCpuMs?: number;
    msPerArticle?: number;
    rebuildMs?: number;
    baselineMs?: number;
    baselineCpuMs?: number;
    ratioToBaseline?: number;
    cpuRatioToBaseline?: number;
    coldEmptyCardsMs?: number;
    cardCostMs?: number;
    peakRssBytes?: number;
    unifiedMs?: number;
    unifiedOverSatteri?: number;
    linksMs?: number;
    unifiedLinksMs?: number;
  };
  profile?: ProfileSummary;
  /** Pagefind run on its own after the build, when the build did not index (no log line). */
  pagefindSeparate?: { ms: number; exitCode: number };
  notes: string[];
}

async function runSize(n: number, markdownRemark: string | undefined, siteCardsDir: string | undefined): Promise<SizeResult> {
  const folder = join(OUT, `n${n}`);
  rmSync(folder, { recursive: true, force: true });
  const content = join(folder, 'content');
  const buildCwd = privateBuildCwd(folder, siteCardsDir);
  const dist = join(buildCwd, 'dist');
  const notes: string[] = [];

  say(`n=${n}: generating the synthetic tracker in ${content}`);
  let t = performance.now();
  const generated = generateTracker({ dir: content, articles: n, seed });
  const generateMs = performance.now() - t;
  say(
    `n=${n}: ${generated.articles} articles (${generated.reports} reports, ${generated.briefs} briefs), ${generated.entities} entities, ${generated.storylines} storylines, ${generated.deals} deals, ${int(generated.words)} words`,
  );

  t = performance.now();
  const files = readContentDir(content, PROJECT_ROOT);
  const { problems } = checkContent(files);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const check = { files: files.length, errors, warnings: problems.length - errors, ms: performance.now() - t };
  say(`n=${n}: content check: ${check.files} files, ${errors} errors, ${check.warnings} warnings (${s(check.ms)})`);
  if (errors) {
    console.error(formatProblems(problems).split('\n').slice(0, 40).join('\n'));
    console.error(`The synthetic content fails the content check (${errors} errors): fix scripts/bench/generate.ts.`);
    process.exit(1);
  }

  const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  // The same rule as astro.config.ts: a content folder other than `content` has a cache of its own.
  const astroCache = join(PROJECT_ROOT, 'node_modules/.astro', content.replace(/[^a-zA-Z0-9]+/g, '_'));
  const cardsDir = siteCardsDir ? join(buildCwd, relative(PROJECT_ROOT, siteCardsDir)) : undefined;
  const builds: Record<string, BuildResult> = {};
  const fullKeys: string[] = [];
  const baselineKeys: string[] = [];
  const build = async (key: string, label: string, opts: { cold: boolean; nodeArgs?: string[] }) => {
    if (opts.cold) {
      rmSync(astroCache, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
    }
    say(`n=${n}: full build: ${label}…`);
    const code = codeFingerprint();
    const result = await runBuild(
      {
        label,
        args: ['build', '--root', PROJECT_ROOT, '--outDir', dist],
        // The second step of `npm run build`: the search index, once Astro has exited.
        then: [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'scripts/search-index.ts'), dist],
        cwd: buildCwd,
        env,
        logFile: join(folder, `build-${key.replace(/\W/g, '-')}.log`),
        nodeArgs: opts.nodeArgs,
        useTime: true,
      },
      ASTRO_BIN,
    );
    if (result.exitCode !== 0) {
      console.error(readFileSync(result.logFile, 'utf8').split('\n').slice(-40).join('\n'));
      throw new Error(`The full build (${label}) failed with exit code ${result.exitCode}; log: ${result.logFile}`);
    }
    result.code = code;
    builds[key] = result;
    fullKeys.push(key);
    say(
      `n=${n}: ${label}: ${s(result.wallMs)}, peak ${gb(result.peakRssBytes)}${result.cards ? `, cards rendered ${result.cards.rendered}, from cache ${result.cards.cached}` : ''}`,
    );
    return result;
  };

  // 1. Cold, with an empty card cache.
  if (cardsDir) {
    rmSync(cardsDir, { recursive: true, force: true });
    const first = await build('coldEmptyCards', 'cold, empty card cache', { cold: true });
    const cached = existsSync(cardsDir) ? readdirSync(cardsDir).length : 0;
    if (!cached)
      notes.push(
        `The cards were not cached in ${cardsDir}: the site's card cache no longer follows the working folder, so the warm/empty comparison is not isolated.`,
      );
    if (first.cards?.cached) notes.push(`${first.cards.cached} cards came from a cache in the "empty card cache" build.`);
  } else {
    notes.push(
      'TODO(cards): the site renders no link-preview cards with a cache (src/lib/render-card.ts CARD_CACHE_DIR not found), so their cost is not measured.',
    );
  }
  // 2. Cold (Astro's cache emptied), with the cards cached: the headline number (the median of --repeat runs).
  const colds: BuildResult[] = [];
  for (let i = 0; i < repeat; i++) {
    colds.push(
      await build(i ? `cold#${i + 1}` : 'cold', `${cardsDir ? 'cold, warm card cache' : 'cold'}${i ? ` #${i + 1}` : ''}`, { cold: true }),
    );
  }
  let pagefindSeparate: SizeResult['pagefindSeparate'];
  if (!colds[0]!.pagefind) {
    // The build did not index (no Pagefind log line): index the built site on its own and time that.
    say(`n=${n}: no Pagefind line in the build log: running pagefind --site on the output…`);
    const t0 = performance.now();
    const run = spawnSync('npx', ['pagefind', '--site', dist], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    pagefindSeparate = { ms: performance.now() - t0, exitCode: run.status ?? 1 };
    notes.push(`Pagefind timed separately (npx pagefind --site), not inside the build: ${s(pagefindSeparate.ms)}.`);
  }
  const dStats = distStats(dist);
  // 3. One article's body edited, then built again with every cache warm.
  const target = join(content, generated.editTarget);
  const text = readFileSync(target, 'utf8');
  writeFileSync(target, editedBody(text, 'benchmark edit'));
  const rebuild = await build('rebuild', `rebuild after editing ${generated.editTarget}`, { cold: false });
  if (
    !readFileSync(join(dist, 'articles', generated.editTarget.replace(/^.*\//, '').replace(/\.md$/, ''), 'index.html'), 'utf8').includes(
      'benchmark edit',
    )
  ) {
    notes.push('The edited article did not show the edit after the rebuild.');
  }
  // 4. Optional: a cold build under the CPU profiler.
  let profile: ProfileSummary | undefined;
  if (values.profile) {
    const profDir = join(folder, 'cpu-profile');
    rmSync(profDir, { recursive: true, force: true });
    await build('profile', 'cold, warm card cache, under node --cpu-prof', {
      cold: true,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
    });
    profile = summariseProfiles(profDir, PROJECT_ROOT);
  }

  // 5. The bare baselines over the same articles.
  const variants = BASELINE_VARIANTS.filter(
    (v) => !(v.processor === 'unified' && (values['no-unified'] || !markdownRemark)) && !(v.entityLinks && values['no-links']),
  );
  if (!markdownRemark && !values['no-unified']) {
    notes.push(
      'unified baselines skipped: @astrojs/markdown-remark is not installed (npm install --prefix node_modules/.cache/bench-baseline @astrojs/markdown-remark@7.3.1).',
    );
  }
  const baselineDist: Record<string, DistStats> = {};
  const runBaseline = async (variant: BaselineVariant, run: number) => {
    const key = run ? `${variant.name}#${run + 1}` : variant.name;
    const root = join(folder, `astro-${variant.name.replace(/\W/g, '-')}`);
    const out = join(root, 'dist');
    writeBaselineProject({ root, projectRoot: PROJECT_ROOT, contentDir: content, variant, markdownRemark });
    clearBaselineCaches(root);
    rmSync(out, { recursive: true, force: true });
    say(`n=${n}: ${key} build (cold)…`);
    const result = await runBuild(
      {
        label: key,
        args: ['build', '--root', root, '--outDir', out],
        cwd: root,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        logFile: join(folder, `build-${key.replace(/\W/g, '-')}.log`),
        useTime: true,
      },
      ASTRO_BIN,
    );
    if (result.exitCode !== 0) {
      console.error(readFileSync(result.logFile, 'utf8').split('\n').slice(-30).join('\n'));
      throw new Error(`The ${variant.name} build failed; log: ${result.logFile}`);
    }
    baselineDist[key] = distStats(out);
    builds[key] = result;
    baselineKeys.push(key);
    say(`n=${n}: ${key}: ${s(result.wallMs)}, peak ${gb(result.peakRssBytes)}, ${baselineDist[key]!.htmlPages} pages`);
    if (!values['keep-dist']) rmSync(out, { recursive: true, force: true });
    clearBaselineCaches(root);
  };
  for (const variant of variants) {
    for (let run = 0; run < (variant.name === 'baseline' ? repeat : 1); run++) await runBaseline(variant, run);
  }

  const codes = new Set(fullKeys.map((k) => builds[k]!.code));
  if (codes.size > 1) {
    notes.push(
      `The site's code changed during the run (other edits): ${fullKeys.map((k) => `${k} ran ${builds[k]!.code}`).join(', ')}; compare those builds with care.`,
    );
  }

  // 6. Leave the project's folders as they were.
  rmSync(astroCache, { recursive: true, force: true });
  if (cardsDir) rmSync(cardsDir, { recursive: true, force: true });
  if (!values['keep-dist']) rmSync(dist, { recursive: true, force: true });

  const baselines = baselineKeys.filter((k) => k === 'baseline' || k.startsWith('baseline#')).map((k) => builds[k]!);
  const coldMs = median(colds.map((b) => b.wallMs))!;
  const coldCpuMs = median(colds.map((b) => b.cpuMs));
  const baselineMs = median(baselines.map((b) => b.wallMs));
  const baselineCpuMs = median(baselines.map((b) => b.cpuMs));
  return {
    articles: n,
    folder,
    generated,
    generateMs,
    check,
    builds,
    fullKeys,
    baselineKeys,
    dist: dStats,
    baselineDist,
    derived: {
      coldMs,
      coldCpuMs,
      msPerArticle: coldMs / n,
      rebuildMs: rebuild.wallMs,
      baselineMs,
      baselineCpuMs,
      ratioToBaseline: baselineMs ? coldMs / baselineMs : undefined,
      cpuRatioToBaseline: coldCpuMs && baselineCpuMs ? coldCpuMs / baselineCpuMs : undefined,
      coldEmptyCardsMs: builds.coldEmptyCards?.wallMs,
      cardCostMs: builds.coldEmptyCards ? builds.coldEmptyCards.wallMs - coldMs : undefined,
      peakRssBytes: Math.max(...fullKeys.filter((k) => k !== 'profile').map((k) => builds[k]!.peakRssBytes)),
      unifiedMs: builds.unified?.wallMs,
      unifiedOverSatteri: builds.unified && baselineMs ? builds.unified.wallMs / baselineMs : undefined,
      linksMs: builds['baseline+links']?.wallMs,
      unifiedLinksMs: builds['unified+links']?.wallMs,
    },
    profile,
    pagefindSeparate,
    notes,
  };
}

// ---------------------------------------------------------------- report

function report(r: SizeResult): string {
  const out: string[] = [];
  const g = r.generated;
  out.push(`\n=== ${int(r.articles)} articles (${r.folder}) ===`);
  out.push(
    `content: ${g.reports} reports (${g.reportWords.min}–${g.reportWords.max} words, mean ${g.reportWords.mean}), ${g.briefs} briefs (${g.briefWords.min}–${g.briefWords.max}, mean ${g.briefWords.mean}); ` +
      `${g.entities} entities (${Object.entries(g.entitiesByKind)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}); ${g.storylines} storylines; ${g.deals} deals with ${g.dealChanges} status changes; ` +
      `${g.figures} figures; ${g.events} events; ${int(g.mentions)} entity mentions in bodies; dates ${g.dates.first} to ${g.dates.last} (${g.dates.day} days, ${g.dates.month} months, ${g.dates.year} years)`,
  );
  out.push(
    `generated in ${s(r.generateMs)}; content check ${r.check.files} files, ${r.check.errors} errors, ${r.check.warnings} warnings, ${s(r.check.ms)}`,
  );
  const rows = [
    [
      'build',
      'wall',
      'ms/article',
      'CPU (user+sys)',
      'peak RSS (tree)',
      'max RSS (1 proc)',
      'Astro says',
      'load before→after',
      'pages (html)',
    ],
  ];
  for (const [key, b] of Object.entries(r.builds)) {
    const html = key in r.baselineDist ? r.baselineDist[key]!.htmlPages : key === 'cold' ? r.dist?.htmlPages : undefined;
    rows.push([
      b.label.length > 60 ? `${b.label.slice(0, 57)}…` : b.label,
      s(b.wallMs),
      (b.wallMs / r.articles).toFixed(1),
      s(b.cpuMs),
      gb(b.peakRssBytes),
      gb(b.maxRssSingleBytes),
      s(b.astroReportedMs),
      `${b.loadBefore.toFixed(1)}→${b.loadAfter.toFixed(1)}`,
      int(html),
    ]);
  }
  out.push(table(rows));
  const phaseRows = [['phase (full build)', ...r.fullKeys]];
  const full = r.fullKeys.map((k) => [k, r.builds[k]!] as const);
  for (const phase of ['startupMs', 'contentSyncMs', 'typesMs', 'entrypointsMs', 'pagesMs', 'buildDoneMs', 'exitMs'] as const) {
    phaseRows.push([phase.replace(/Ms$/, ''), ...full.map(([, b]) => s(b.phases[phase]))]);
  }
  phaseRows.push(['search index (after Astro exits)', ...full.map(([, b]) => (b.pagefind ? s(b.pagefind.ms) : '–'))]);
  phaseRows.push(['  cards rendered / from cache', ...full.map(([, b]) => (b.cards ? `${b.cards.rendered} / ${b.cards.cached}` : '–'))]);
  phaseRows.push(['  card render time (sum)', ...full.map(([, b]) => (b.cards ? s(b.cards.renderedMs) : '–'))]);
  phaseRows.push([
    '  cards written to dist/ (drawing included)',
    ...full.map(([, b]) => (b.cards?.writtenMs !== undefined ? s(b.cards.writtenMs) : '–')),
  ]);
  phaseRows.push(['peak RSS (tree) during', ...full.map(([, b]) => (b.peak ? `${b.peak.phase} @${s(b.peak.atMs)}` : '–'))]);
  phaseRows.push([
    '  processes at the peak',
    ...full.map(([, b]) => (b.peak ? b.peak.processes.map((p) => `${p.name} ${gb(p.bytes)}`).join(' + ') : '–')),
  ]);
  phaseRows.push(['largest node RSS (sampled)', ...full.map(([, b]) => gb(b.peakMainBytes))]);
  out.push('', table(phaseRows));
  const cold = r.builds.cold;
  if (cold) {
    const routeRows = [['routes (cold build)', 'count', 'sum of (+ms)']];
    for (const [group, v] of Object.entries(cold.routes).sort((a, b) => b[1].ms - a[1].ms)) routeRows.push([group, int(v.count), s(v.ms)]);
    out.push('', table(routeRows));
  }
  const d = r.dist;
  const dd = r.derived;
  out.push(
    '',
    table([
      ['measure', 'value'],
      [`cold full build (warm card cache)${repeat > 1 ? `, median of ${repeat}` : ''}`, s(dd.coldMs)],
      ['  its CPU time (user+sys)', s(dd.coldCpuMs)],
      ['ms per article (cold)', dd.msPerArticle?.toFixed(1) ?? '–'],
      ['rebuild after one article edit', s(dd.rebuildMs)],
      ['cold full build, empty card cache', s(dd.coldEmptyCardsMs)],
      ['card cost (empty − warm card cache)', s(dd.cardCostMs)],
      ['peak memory, process tree (max of full builds)', gb(dd.peakRssBytes)],
      ['pages written (.html)', int(d?.htmlPages)],
      ['dist/ size (files)', `${mb(d?.bytes)} (${int(d?.files)})`],
      ['  of which cards', `${mb(d?.cardsBytes)} (${int(d?.cardFiles)})`],
      ['Pagefind index size (files)', `${mb(d?.pagefindBytes)} (${int(d?.pagefindFiles)})`],
      cold?.pagefind
        ? ['Pagefind indexing time (search-index step, its log line)', s(cold.pagefind.ms)]
        : ['Pagefind indexing time (npx pagefind, run separately)', s(r.pagefindSeparate?.ms)],
      [`bare Astro baseline (Sätteri), cold${repeat > 1 ? `, median of ${repeat}` : ''}`, s(dd.baselineMs)],
      ['  its CPU time (user+sys)', s(dd.baselineCpuMs)],
      ['full / baseline (wall)', x(dd.ratioToBaseline)],
      ['full / baseline (CPU time)', x(dd.cpuRatioToBaseline)],
      ['baseline + entity links (Sätteri)', s(dd.linksMs)],
      ['baseline on unified (markdown-remark)', s(dd.unifiedMs)],
      ['unified / Sätteri baseline', x(dd.unifiedOverSatteri)],
      ['unified + entity links (remark plugin)', s(dd.unifiedLinksMs)],
    ]),
  );
  if (r.profile) {
    const p = r.profile;
    out.push(
      '',
      `CPU profile (${p.files} profile file(s), ${s(p.totalMs)} sampled of which ${s(p.idleMs)} idle; shares are of the busy time; native add-ons show under their JS callers):`,
    );
    out.push(
      table([
        ['module (self time)', 'ms', 'share'],
        ...p.modules.slice(0, 15).map((m) => [m.name, int(m.ms), `${(m.share * 100).toFixed(1)}%`]),
      ]),
    );
    out.push(
      table([
        ['function (self time)', 'ms', 'share'],
        ...p.functions.slice(0, 20).map((f) => [f.name.slice(0, 110), int(f.ms), `${(f.share * 100).toFixed(1)}%`]),
      ]),
    );
    out.push(
      table([
        ['module (self time, Node internals charged to their caller)', 'ms', 'share'],
        ...p.callerModules.slice(0, 15).map((m) => [m.name, int(m.ms), `${(m.share * 100).toFixed(1)}%`]),
      ]),
    );
    out.push(
      table([
        ['function (self time, Node internals charged to their caller)', 'ms', 'share'],
        ...p.callerFunctions.slice(0, 20).map((f) => [f.name.slice(0, 110), int(f.ms), `${(f.share * 100).toFixed(1)}%`]),
      ]),
    );
  }
  for (const note of r.notes) out.push(`note: ${note}`);
  return out.join('\n');
}

interface Target {
  name: string;
  status: 'PASS' | 'FAIL' | 'n/a';
  detail: string;
}

function targets(bySize: Map<number, SizeResult>): Target[] {
  const big = bySize.get(TARGET_SIZE);
  const small = bySize.get(SMALL_SIZE);
  const out: Target[] = [];
  const na = (name: string, why: string) => out.push({ name, status: 'n/a', detail: why });
  const needBig = `needs a run at ${int(TARGET_SIZE)} articles (--articles ${SMALL_SIZE},${TARGET_SIZE} or --compare)`;
  const name1 = `cold full build at ${int(TARGET_SIZE)} articles ≤ ${TARGET_BASELINE_RATIO}× the bare baseline`;
  if (big?.derived.ratioToBaseline !== undefined) {
    const r = big.derived.ratioToBaseline;
    out.push({
      name: name1,
      status: r <= TARGET_BASELINE_RATIO ? 'PASS' : 'FAIL',
      detail: `${s(big.derived.coldMs)} vs ${s(big.derived.baselineMs)}: ${x(r)} (CPU time: ${x(big.derived.cpuRatioToBaseline)})`,
    });
    if (big.derived.coldEmptyCardsMs !== undefined && big.derived.baselineMs) {
      const rc = big.derived.coldEmptyCardsMs / big.derived.baselineMs;
      out.push({
        name: `${name1}, with an empty card cache`,
        status: rc <= TARGET_BASELINE_RATIO ? 'PASS' : 'FAIL',
        detail: `${s(big.derived.coldEmptyCardsMs)} vs ${s(big.derived.baselineMs)}: ${x(rc)}`,
      });
    }
  } else na(name1, needBig);
  const name2 = `peak memory of the full build at ${int(TARGET_SIZE)} articles < ${gb(TARGET_PEAK_BYTES)}`;
  if (big?.derived.peakRssBytes !== undefined) {
    out.push({
      name: name2,
      status: big.derived.peakRssBytes < TARGET_PEAK_BYTES ? 'PASS' : 'FAIL',
      detail: `${gb(big.derived.peakRssBytes)} (process tree, max over the full builds)`,
    });
  } else na(name2, needBig);
  const name3 = `ms per article at ${int(TARGET_SIZE)} ≤ ${TARGET_SCALING}× that at ${int(SMALL_SIZE)}`;
  if (big?.derived.msPerArticle !== undefined && small?.derived.msPerArticle !== undefined) {
    const r = big.derived.msPerArticle / small.derived.msPerArticle;
    out.push({
      name: name3,
      status: r <= TARGET_SCALING ? 'PASS' : 'FAIL',
      detail: `${big.derived.msPerArticle.toFixed(1)} vs ${small.derived.msPerArticle.toFixed(1)} ms: ${x(r)}`,
    });
  } else na(name3, `needs runs at ${int(SMALL_SIZE)} and ${int(TARGET_SIZE)} articles`);
  return out;
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  const version = (pkg: string, base = PROJECT_ROOT) => {
    try {
      return (JSON.parse(readFileSync(join(base, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return undefined;
    }
  };
  let timeAvailable = false;
  try {
    execFileSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' });
    timeAvailable = true;
  } catch {
    // Not installed: peak memory still comes from /proc.
  }
  return {
    cpus: availableParallelism(),
    cpuModel: cpu,
    memoryBytes: totalmem(),
    node: process.version,
    astro: version('astro'),
    satteri: version('satteri'),
    markdownSatteri: version('@astrojs/markdown-satteri'),
    markdownRemark: version('@astrojs/markdown-remark') ?? version('@astrojs/markdown-remark', BENCH_CACHE),
    pagefind: version('pagefind'),
    satori: version('satori'),
    usrBinTime: timeAvailable,
    git: gitState(),
  };
}

// ---------------------------------------------------------------- main

const markdownRemark = findMarkdownRemark(PROJECT_ROOT);
const cardsDir = await cardCacheDir();
const info = machine();
say(
  `working folder ${OUT}; Node ${info.node}, Astro ${info.astro}, ${info.cpus} CPUs, ${gb(info.memoryBytes)} RAM; site card cache: ${cardsDir ?? 'none (TODO: no cards)'} (the benchmark uses a private one under each size's build-cwd)`,
);

const results: SizeResult[] = [];
for (const n of sizes) results.push(await runSize(n, markdownRemark, cardsDir));

const bySize = new Map<number, SizeResult>();
if (values.compare) {
  const earlier = JSON.parse(readFileSync(values.compare, 'utf8')) as { sizes: SizeResult[] };
  for (const r of earlier.sizes) bySize.set(r.articles, r);
}
for (const r of results) bySize.set(r.articles, r);
const verdicts = targets(bySize);

for (const r of results) console.log(report(r));
console.log(`\nTargets:\n${verdicts.map((t) => `  ${t.status.padEnd(4)}  ${t.name}: ${t.detail}`).join('\n')}`);

const resultsFile = join(OUT, 'results.json');
writeFileSync(
  resultsFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      seed,
      machine: info,
      cardCacheDir: cardsDir ?? null,
      compare: values.compare ?? null,
      sizes: results,
      targets: verdicts,
    },
    null,
    2,
  ),
);
for (const r of results) {
  const d = r.derived;
  console.log(
    `BENCH n=${r.articles}: cold ${s(d.coldMs)} (${d.msPerArticle?.toFixed(1)} ms/article), rebuild ${s(d.rebuildMs)}, baseline ${s(d.baselineMs)} (full/baseline ${x(d.ratioToBaseline)}), ` +
      `peak ${gb(d.peakRssBytes)}, ${int(r.dist?.htmlPages)} pages, dist ${mb(r.dist?.bytes)}, pagefind ${mb(r.dist?.pagefindBytes)} in ${r.builds.cold?.pagefind ? s(r.builds.cold.pagefind.ms) : '–'}, ` +
      `cards +${s(d.cardCostMs)} cold; targets ${verdicts.map((t) => t.status).join('/')}; results ${resultsFile}`,
  );
}
