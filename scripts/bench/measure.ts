/**
 * Runs one `astro build` and measures it: wall time, peak memory of the whole
 * process tree (VmRSS of the process and every descendant, summed, polled every
 * 100 ms from /proc), the phases of Astro's log (each line is timestamped as it
 * arrives), the per-route times Astro prints, the link-preview card and Pagefind
 * lines of the site's own integrations, and what ended up in the output folder.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface BuildOptions {
  label: string;
  /** Arguments after `astro.mjs`, e.g. ['build', '--outDir', '/tmp/x/dist']. */
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Node options before the script, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeArgs?: string[];
  /** Also run under /usr/bin/time -v, for the largest single process's maximum RSS. */
  useTime?: boolean;
  /**
   * A second Node command (its arguments after `node`) run once Astro has exited
   * successfully, measured as part of the same build: the site's search-index
   * step (`npm run build` is `astro build && tsx scripts/search-index.ts`).
   */
  then?: string[];
}

/** One word for sh -c. */
const shellWord = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

export interface Phases {
  /** Start-up: config, integrations' setup (the content check), until the content layer starts. */
  startupMs?: number;
  /** The content layer: loading every entry, validating it and rendering Markdown. */
  contentSyncMs?: number;
  /** Type generation and build info, until Vite starts. */
  typesMs?: number;
  /** Vite's build of the static entrypoints. */
  entrypointsMs?: number;
  /** Generating every static route (HTML pages, feeds, data). */
  pagesMs?: number;
  /** `astro:build:done` hooks: the sitemap, the link-preview cards. */
  buildDoneMs?: number;
  /** From Astro's last line to the end: Astro exiting, then the search-index step when the build has one. */
  exitMs?: number;
}

export interface RouteGroup {
  count: number;
  /** Sum of the `(+N ms)` Astro prints for each route. */
  ms: number;
}

export interface BuildResult {
  label: string;
  exitCode: number;
  wallMs: number;
  /** Peak of the summed VmRSS of the process tree, in bytes. */
  peakRssBytes: number;
  /** Samples taken (every 100 ms). */
  rssSamples: number;
  /** When the peak was sampled (ms after the start), the phase it fell in, and each process's share of it. */
  peak?: { atMs: number; phase?: string; processes: { name: string; bytes: number }[] };
  /** The largest RSS the main (node) process reached, in bytes, from the samples. */
  peakMainBytes?: number;
  /** From /usr/bin/time -v, when used: the largest single process's maximum RSS, in bytes. */
  maxRssSingleBytes?: number;
  /** From /usr/bin/time -v: user + system CPU time of the process and its descendants, in ms (robust to other load on the machine). */
  cpuMs?: number;
  /** One-minute load average just before and just after the build (other work on the machine skews wall times). */
  loadBefore: number;
  loadAfter: number;
  phases: Phases;
  routes: Record<string, RouteGroup>;
  /** The card summary line: cards drawn and taken from the cache, and (when the build writes them itself) the time to write all of them to dist/. */
  cards?: { rendered: number; renderedMs: number; cached: number; cachedMs: number; writtenMs?: number };
  pagefind?: { pages: number; ms: number };
  /** A digest of the site's code when the build started (see codeFingerprint in index.ts). */
  code?: string;
  /** "N page(s) built in X s" as Astro reports it. */
  astroReportedMs?: number;
  logFile: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** The process tree under `root`: pid → parent, from /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** VmRSS of a process and each of its descendants, in bytes, with their names. */
export function treeRss(root: number): { total: number; processes: { pid: number; name: string; bytes: number }[] } {
  const processes: { pid: number; name: string; bytes: number }[] = [];
  for (const pid of descendants(root)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
      if (rss) processes.push({ pid, name, bytes: Number(rss[1]) * 1024 });
    } catch {
      // Gone.
    }
  }
  return { total: processes.reduce((sum, p) => sum + p.bytes, 0), processes };
}

function routeGroup(path: string): string {
  if (path.startsWith('/cards/')) return 'cards';
  if (/\/rss\.xml$|^\/feed\.json$/.test(path)) return 'feeds';
  if (path.startsWith('/data/')) return 'open data';
  if (path.startsWith('/articles/')) return 'article pages';
  if (path.startsWith('/entities/')) return 'entity pages';
  if (path.startsWith('/storylines/')) return 'storyline pages';
  if (path.startsWith('/timeline/')) return 'timeline pages';
  return 'other pages';
}

export async function runBuild(options: BuildOptions, astroBin: string): Promise<BuildResult> {
  const log = createWriteStream(options.logFile);
  const astro = [process.execPath, ...(options.nodeArgs ?? []), astroBin, ...options.args];
  // With a second step, both run under one shell, so that time -v and the memory sampling cover the two.
  const command = options.then
    ? ['/bin/sh', '-c', [astro, [process.execPath, ...options.then]].map((c) => c.map(shellWord).join(' ')).join(' && ')]
    : astro;
  const useTime = options.useTime && existsSync('/usr/bin/time');
  const [file, argv] = useTime ? ['/usr/bin/time', ['-v', ...command]] : [command[0]!, command.slice(1)];
  log.write(`$ ${file} ${argv.join(' ')}\n`);
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(file, argv as string[], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });

  let peak = 0;
  let peakAt = 0;
  let peakProcesses: { name: string; bytes: number }[] = [];
  let peakMain = 0;
  let samples = 0;
  const poll = () => {
    if (child.pid === undefined) return;
    const { total, processes } = treeRss(child.pid);
    // Node names its main thread, and so its process, "MainThread".
    const main = processes.filter((p) => p.name === 'node' || p.name === 'MainThread').reduce((max, p) => Math.max(max, p.bytes), 0);
    peakMain = Math.max(peakMain, main);
    if (total > peak) {
      peak = total;
      peakAt = performance.now() - started;
      peakProcesses = processes.filter((p) => p.bytes > 10e6).map(({ name, bytes }) => ({ name, bytes }));
    }
    samples++;
  };
  const timer = setInterval(poll, 100);
  poll();

  const lines: { t: number; text: string }[] = [];
  const onLine = (text: string) => {
    const t = performance.now() - started;
    const clean = text.replace(ANSI, '');
    lines.push({ t, text: clean });
    log.write(`[${(t / 1000).toFixed(3).padStart(8)}s] ${clean}\n`);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - started;
  clearInterval(timer);
  await new Promise<void>((resolve) => log.end(resolve));

  const at = (re: RegExp, after = 0) => lines.find((l) => l.t >= after && re.test(l.text))?.t;
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const entry = at(/Building static entrypoints/);
  const routesStart = at(/generating static routes/);
  const routesEnd = routesStart === undefined ? undefined : at(/^\S*\s*✓ Completed in/, routesStart);
  const builtLine = lines.find((l) => /page\(s\) built in/.test(l.text));
  const lastLine = lines.filter((l) => /\[build\] Complete!/.test(l.text)).at(-1) ?? builtLine;
  const diff = (a?: number, b?: number) => (a !== undefined && b !== undefined ? b - a : undefined);
  const phases: Phases = {
    startupMs: syncStart,
    contentSyncMs: diff(syncStart, syncEnd),
    typesMs: diff(syncEnd, entry),
    entrypointsMs: diff(entry, routesStart),
    pagesMs: diff(routesStart, routesEnd),
    buildDoneMs: diff(routesEnd, builtLine?.t),
    exitMs: lastLine ? wallMs - lastLine.t : undefined,
  };

  const routes: Record<string, RouteGroup> = {};
  for (const { text } of lines) {
    const m = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(text);
    if (!m) continue;
    const group = (routes[routeGroup(m[1]!)] ??= { count: 0, ms: 0 });
    group.count++;
    group.ms += Number(m[2]);
  }

  const phaseAt = (t: number): string | undefined => {
    const bounds: [string, number | undefined][] = [
      ['startup', syncStart],
      ['contentSync', syncEnd],
      ['types', entry],
      ['entrypoints', routesStart],
      ['pages', routesEnd],
      ['buildDone', builtLine?.t],
    ];
    return bounds.find(([, end]) => end !== undefined && t <= end)?.[0] ?? 'exit';
  };
  const result: BuildResult = {
    label: options.label,
    exitCode,
    wallMs,
    peakRssBytes: peak,
    rssSamples: samples,
    peakMainBytes: peakMain,
    peak: { atMs: peakAt, phase: phaseAt(peakAt), processes: peakProcesses },
    loadBefore,
    loadAfter: loadavg()[0]!,
    phases,
    routes,
    logFile: options.logFile,
  };
  const all = lines.map((l) => l.text).join('\n');
  // The sharing integration's summary, e.g. "link-preview cards: written 161 in 6020 ms; drawn 161 (first 233.7 ms, median
  // 35.3 ms, 5917 ms in all); from the cache 0" (earlier without "written…", or "rendered 5 (…); from cache 0").
  const cards =
    /link-preview cards: (?:written (\d+) in (\d+) ms; )?(?:rendered|drawn) (\d+)(?: \(([^)]*)\))?; from (?:the )?cache (\d+)(?: \(([^)]*)\))?/.exec(
      all,
    );
  if (cards) {
    const inAll = (detail?: string) => Number(/([\d.]+) ms in all/.exec(detail ?? '')?.[1] ?? 0);
    result.cards = { rendered: Number(cards[3]), renderedMs: inAll(cards[4]), cached: Number(cards[5]), cachedMs: inAll(cards[6]) };
    if (cards[2] !== undefined) result.cards.writtenMs = Number(cards[2]);
  }
  const pagefind = /Indexed (\d+) pages for search in (\d+) ms/.exec(all);
  if (pagefind) result.pagefind = { pages: Number(pagefind[1]), ms: Number(pagefind[2]) };
  // "10 page(s) built in 5.90s", "… in 8m 9s", "… in 950ms".
  const built = /page\(s\) built in (?:(\d+)m(?!s)\s*)?(?:([\d.]+)(ms|s))?/.exec(all);
  if (built && (built[1] || built[2])) {
    result.astroReportedMs = Number(built[1] ?? 0) * 60_000 + Number(built[2] ?? 0) * (built[3] === 'ms' ? 1 : 1000);
  }
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(all);
  if (maxRss) result.maxRssSingleBytes = Number(maxRss[1]) * 1024;
  const user = /User time \(seconds\): ([\d.]+)/.exec(all);
  const system = /System time \(seconds\): ([\d.]+)/.exec(all);
  if (user && system) result.cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
  return result;
}

export interface DistStats {
  files: number;
  htmlPages: number;
  bytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  cardsBytes: number;
  cardFiles: number;
}

export function distStats(dist: string): DistStats {
  const stats: DistStats = { files: 0, htmlPages: 0, bytes: 0, pagefindBytes: 0, pagefindFiles: 0, cardsBytes: 0, cardFiles: 0 };
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(path, relPath);
        continue;
      }
      const size = statSync(path).size;
      stats.files++;
      stats.bytes += size;
      if (entry.name.endsWith('.html')) stats.htmlPages++;
      if (relPath.startsWith('pagefind/')) {
        stats.pagefindBytes += size;
        stats.pagefindFiles++;
      }
      if (relPath.startsWith('cards/') && entry.name.endsWith('.png')) {
        stats.cardsBytes += size;
        stats.cardFiles++;
      }
    }
  };
  if (existsSync(dist)) walk(dist, '');
  return stats;
}

/** Every file under `dir`, recursively, relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(d, entry.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out;
}
