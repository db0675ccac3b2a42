/**
 * Summarises the V8 CPU profiles `node --cpu-prof` writes: self time per
 * function and per module (npm package, the site's own code, Node internals),
 * summed over every profile in the folder (one per thread).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  files: number;
  /** Sampled time, idle included. */
  totalMs: number;
  /** Time the thread was idle (waiting on I/O, native threads or child processes); shares are of the rest. */
  idleMs: number;
  functions: ProfileEntry[];
  modules: ProfileEntry[];
  /**
   * Self time charged to the nearest caller outside Node itself: native
   * bindings (file system, zlib…) and Node internals count for the package or
   * site code that called them, so "who makes the build write files" shows.
   */
  callerModules: ProfileEntry[];
  callerFunctions: ProfileEntry[];
}

/** Which package or part of the code a script URL belongs to. */
export function moduleOf(url: string, projectRoot: string, functionName = ''): string {
  if (!url) return /^\(.*\)$/.test(functionName) ? functionName : '(native bindings: fs, zlib, crypto…)';
  if (url.startsWith('node:')) return 'node internals';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    if (rest[0] === '.vite' || rest[0] === '.astro') return `node_modules/${rest[0]}`;
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (path.startsWith(`${projectRoot}/src/`))
    return `site: ${path
      .slice(projectRoot.length + 1)
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  if (path.includes('/.prerender/') || path.includes('/chunks/') || /\/dist\/.*\.mjs$/.test(path)) return 'site: built page chunks';
  return path.startsWith(projectRoot) ? `site: ${path.slice(projectRoot.length + 1)}` : path;
}

export function summariseProfiles(dir: string, projectRoot: string, top = 25): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  const byCallerModule = new Map<string, number>();
  const byCallerFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  let files = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    files++;
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    const isNode = (n: ProfileNode) => !n.callFrame.url || n.callFrame.url.startsWith('node:');
    const caller = (id: number): ProfileNode | undefined => {
      let n = nodes.get(id);
      while (n && isNode(n)) n = nodes.get(parent.get(n.id) ?? -1);
      return n;
    };
    const selfUs = new Map<number, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    // timeDeltas[i] is the time before sample i; attribute each interval to the sample that ends it.
    for (let i = 0; i < samples.length; i++) selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + Math.max(0, deltas[i] ?? 0));
    for (const [id, us] of selfUs) {
      const node = nodes.get(id);
      if (!node) continue;
      const ms = us / 1000;
      total += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') {
        idle += ms;
        continue;
      }
      const mod = moduleOf(url, projectRoot, functionName);
      const fn = `${functionName || '(anonymous)'}  ${url ? `${mod}:${lineNumber + 1}` : ''}`.trim();
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
      const special = !url && /^\(.*\)$/.test(functionName);
      const by = special ? undefined : caller(id);
      const callerMod = special ? functionName : by ? moduleOf(by.callFrame.url, projectRoot) : '(Node itself, no JS caller)';
      const callerFn = by ? `${by.callFrame.functionName || '(anonymous)'}  ${callerMod}:${by.callFrame.lineNumber + 1}` : callerMod;
      byCallerModule.set(callerMod, (byCallerModule.get(callerMod) ?? 0) + ms);
      byCallerFunction.set(callerFn, (byCallerFunction.get(callerFn) ?? 0) + ms);
    }
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: total - idle > 0 ? ms / (total - idle) : 0 }));
  return {
    files,
    totalMs: Math.round(total),
    idleMs: Math.round(idle),
    functions: rank(byFunction),
    modules: rank(byModule),
    callerModules: rank(byCallerModule),
    callerFunctions: rank(byCallerFunction),
  };
}
