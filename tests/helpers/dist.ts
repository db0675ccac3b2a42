/** Reading the built site in tests: pages parsed with cheerio, paths resolved like a static host does. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { ROOT } from './fixtures.ts';

export const DIST = join(ROOT, 'dist');

/** The file a URL path is served from: /a/ → dist/a/index.html. */
export function fileFor(urlPath: string): string {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = join(DIST, path);
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

export function exists(urlPath: string): boolean {
  const file = fileFor(urlPath);
  return existsSync(file) && statSync(file).isFile();
}

export function readText(urlPath: string): string {
  return readFileSync(fileFor(urlPath), 'utf8');
}

export function page(urlPath: string): cheerio.CheerioAPI {
  return cheerio.load(readText(urlPath));
}

/** Every HTML page in dist/, as URL paths (/articles/x/). */
export function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push('/' + relative(DIST, p).replace(/index\.html$/, '').replaceAll('\\', '/'));
    }
  };
  walk(DIST);
  return out.sort();
}
