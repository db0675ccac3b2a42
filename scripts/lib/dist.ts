/** Reading the built site, for the scripts and the tests: paths resolved the way a static host does. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const DIST = join(ROOT, 'dist');

/** The file a URL path is served from: /a/ → dist/a/index.html. */
export function fileFor(urlPath: string, dist = DIST): string {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = join(dist, path);
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

export function exists(urlPath: string, dist = DIST): boolean {
  const file = fileFor(urlPath, dist);
  return existsSync(file) && statSync(file).isFile();
}

export function readText(urlPath: string, dist = DIST): string {
  return readFileSync(fileFor(urlPath, dist), 'utf8');
}

/** Every file in dist/, as paths relative to it (articles/x/index.html), sorted. */
export function allFiles(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dist, f)).isFile())
    .map((f) => f.replaceAll('\\', '/'))
    .sort();
}

/** Every HTML page in dist/, as URL paths (/articles/x/). */
export function allPages(dist = DIST): string[] {
  return allFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + f.replace(/index\.html$/, ''))
    .sort();
}
