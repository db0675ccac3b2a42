/**
 * `npm run permalinks`: adds every URL the built site publishes to the
 * committed manifest permalinks.json. Run it after `npm run build` whenever a
 * page, feed or export is added. It never removes a URL: one that should stop
 * working is deleted from the file by hand, on purpose (and usually replaced by
 * a redirect). tests/build/permalinks.test.ts fails while a listed URL is missing from dist/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { formatManifest, isPermalink, mergePermalinks, parseManifest, pathForFile } from '../src/lib/permalinks.ts';
import { allFiles, readText } from './lib/dist.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    manifest: { type: 'string', default: 'permalinks.json' },
    /** Only report what would be added; exit 1 if anything would (for CI). */
    check: { type: 'boolean', default: false },
  },
});
const dist = resolve(values.dist!);
const manifestFile = resolve(values.manifest!);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${relative(process.cwd(), dist) || dist}/: run \`npm run build\` first.`);
  process.exit(1);
}

/** The event anchors an article page holds, as /articles/x/#event-y. */
const anchorsOf = (path: string) =>
  /^\/articles\/[^/]+\/$/.test(path)
    ? cheerio
        .load(readText(path, dist))('[id^="event-"]')
        .map((_, el) => `${path}#${el.attribs.id}`)
        .get()
    : [];

const paths = allFiles(dist).map(pathForFile);
const found = [...paths, ...paths.flatMap(anchorsOf)].filter(isPermalink);
const existing = parseManifest(existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : undefined);
const { urls, added } = mergePermalinks(existing, found);
const missing = existing.filter((url) => !found.includes(url));

for (const url of added) console.log(`+ ${url}`);
for (const url of missing)
  console.warn(`! ${url} is in the manifest but not in dist/: restore it, redirect it, or remove it from permalinks.json by hand`);
console.log(`${urls.length} permalinks, ${added.length} new${missing.length ? `, ${missing.length} missing from dist/` : ''}.`);

if (values.check) process.exitCode = added.length ? 1 : 0;
else if (added.length || !existsSync(manifestFile)) writeFileSync(manifestFile, formatManifest(urls));
