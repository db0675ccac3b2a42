/**
 * Measures a build and what it wrote. A build is one or more commands run under one shell; every
 * 100 ms the process tree under it is read from /proc: the summed VmRSS (peak memory) and each
 * process's user + system CPU time, summed over every process seen (Pagefind's binary is never
 * reaped by the Node process that starts it, so `time` and rusage miss its CPU). Output: pages, the
 * largest page and the home page's weight, gzip level 9 per file as tests/build/quality-budgets.test.ts counts it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, posix } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

export interface Run {
  wallMs: number;
  /** User + system CPU time of every process in the tree. */
  cpuMs: number;
  peakBytes: number;
  /** The processes over 50 MB at the peak, e.g. "node 2.10 GB". */
  peakProcesses: string[];
  loadBefore: number;
  loadAfter: number;
  /** Pages Pagefind indexed, from the search-index step's log line. */
  indexed?: number;
  logFile: string;
}

interface Sample {
  pid: number;
  name: string;
  bytes: number;
  cpuMs: number;
}

const shellWord = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
/** Clock ticks a second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/** Each process of the tree under `root` (parents from /proc/<pid>/stat): its name, VmRSS and CPU time so far. */
function sampleTree(root: number): Sample[] {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), Number(name)]);
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // The process ended while we looked.
    }
  }
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]!) ?? []));
  return pids.flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
      return rss ? [{ pid, name, bytes: Number(rss[1]) * 1024, cpuMs: cpu.get(pid) ?? 0 }] : [];
    } catch {
      return [];
    }
  });
}

/** Runs `commands` one after the other (`a && b`), as one measured build; throws with the log's tail when one fails. */
export async function measureRun(commands: string[][], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<Run> {
  const script = commands.map((c) => c.map(shellWord).join(' ')).join(' && ');
  const log = createWriteStream(options.logFile);
  log.write(`$ ${script}\n`);
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn('/bin/sh', ['-c', script], { cwd: options.cwd, env: options.env });
  let peakBytes = 0;
  let peakProcesses: string[] = [];
  const cpu = new Map<number, number>();
  const timer = setInterval(() => {
    const processes = sampleTree(child.pid!);
    for (const p of processes) cpu.set(p.pid, p.cpuMs);
    const total = processes.reduce((sum, p) => sum + p.bytes, 0);
    if (total <= peakBytes) return;
    peakBytes = total;
    peakProcesses = processes.filter((p) => p.bytes > 50e6).map((p) => `${p.name} ${(p.bytes / 1e9).toFixed(2)} GB`);
  }, 100);
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      log.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${line}\n`);
    });
  }
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) throw new Error(`build failed (exit ${code}); log ${options.logFile}:\n${lines.slice(-30).join('\n')}`);
  const indexed = /Indexed (\d+) pages for search/.exec(lines.join('\n'));
  const cpuMs = [...cpu.values()].reduce((a, b) => a + b, 0);
  return {
    ...{ wallMs, cpuMs, peakBytes, peakProcesses, loadBefore, loadAfter: loadavg()[0]!, logFile: options.logFile },
    indexed: indexed ? Number(indexed[1]) : undefined,
  };
}

// ---------------------------------------------------------------- what the build wrote

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const fileFor = (dist: string, url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);

/** The home page's weight: its HTML, every stylesheet it links and every script it loads, with their static imports. */
export function homeWeight(dist: string): { html: number; css: number; js: number; total: number } {
  const $ = load(readFileSync(fileFor(dist, '/'), 'utf8'));
  const css = $('link[rel~="stylesheet"][href]')
    .map((_, el) => gz(fileFor(dist, new URL($(el).attr('href')!, 'http://x/').pathname)))
    .get()
    .reduce((a, b) => a + b, 0);
  const queue = $('script[src]')
    .map((_, el) => new URL($(el).attr('src')!, 'http://x/').pathname)
    .get();
  const seen = new Set<string>();
  const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const path of queue) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const [, spec] of readFileSync(fileFor(dist, path), 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.') || spec!.startsWith('/'))
        queue.push(spec!.startsWith('/') ? spec! : posix.join(posix.dirname(path), spec!));
    }
  }
  const js = [...seen].reduce((sum, path) => sum + gz(fileFor(dist, path)), 0);
  const html = gz(fileFor(dist, '/'));
  return { html, css, js, total: html + css + js };
}

export interface PageStats {
  pages: number;
  largest: { url: string; bytes: number };
  /** Pages over the limit, compressed. */
  over: number;
}

/** Every `.html` page, compressed one by one. */
export function pageStats(dist: string, limitBytes: number): PageStats {
  const stats: PageStats = { pages: 0, largest: { url: '', bytes: 0 }, over: 0 };
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    const bytes = gz(join(dist, file));
    stats.pages++;
    stats.over += bytes > limitBytes ? 1 : 0;
    if (bytes > stats.largest.bytes) stats.largest = { url: `/${file.replace(/index\.html$/, '')}`, bytes };
  }
  return stats;
}

/** What the tracker must still produce (the issue list): pages, feed items, export rows. */
export function outputs(dist: string): Record<string, number> {
  const count = (dir: string, file: string) =>
    existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).filter((d) => existsSync(join(dist, dir, d, file))).length : 0;
  const json = (name: string, key: string) =>
    (JSON.parse(readFileSync(join(dist, 'data', name), 'utf8')) as Record<string, unknown[]>)[key]!;
  return {
    'article pages': count('articles', 'index.html'),
    'entity pages': count('entities', 'index.html'),
    'entity feeds': count('entities', 'rss.xml'),
    'storyline feeds': count('storylines', 'rss.xml'),
    'site feed items': readFileSync(join(dist, 'rss.xml'), 'utf8').split('<item>').length - 1,
    'articles.json rows': json('articles.json', 'articles').length,
    'entities.json rows': json('entities.json', 'entities').length,
    'deals.json rows': json('deals.json', 'deals').length,
    'events.csv rows': readFileSync(join(dist, 'data/events.csv'), 'utf8').split('\r\n').filter(Boolean).length - 1,
  };
}
