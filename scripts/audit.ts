/**
 * `npm run audit`: Lighthouse on the built site (run `npm run build` first).
 * Serves dist/ the way the tests do, gzip-compressed as static hosts serve it,
 * drives the system Chromium with the tests' flags, audits the home page, one article, an entity page and the search page
 * (when there is one) for performance, accessibility, best practices and SEO
 * (Lighthouse's default mobile settings), prints a table of the scores and exits
 * with 1 if any is below 100. Not part of `npm test`: it takes a minute and its
 * performance score depends on how busy the machine is.
 *
 *   npm run audit                      # the four pages
 *   npm run audit -- /deals/ /entities/ # other pages instead
 *   AUDIT_JSON=audit.json npm run audit # also write the full results
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';
import { allPages, DIST, exists, readText } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PASS = 100;

if (!existsSync(`${DIST}/index.html`)) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(2);
}

function defaultPages(): string[] {
  const article = allPages().find((p) => /^\/articles\/[^/]+\/$/.test(p) && !/http-equiv="refresh"/i.test(readText(p)));
  return ['/', ...(article ? [article] : []), '/entities/kamaz/', ...(exists('/search/') ? ['/search/'] : [])];
}

const pages = process.argv.slice(2).length ? process.argv.slice(2) : defaultPages();
const server = await serveDist(DIST, { compress: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_ARGS], logLevel: 'silent' });

interface Row {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  failing: string[];
}

const rows: Row[] = [];
const reports: unknown[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(server.url + page, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    reports.push(lhr);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Row['scores'];
    // What cost the points: every scored audit below full marks, by category.
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => `${c}: ${a.id} (${Math.round((a.score ?? 0) * 100)})${a.displayValue ? ` ${a.displayValue}` : ''}: ${a.title}`),
    );
    rows.push({ page, scores, failing });
  }
} finally {
  chrome.kill();
  await server.close();
}

const width = Math.max(4, ...rows.map((r) => r.page.length));
const header = ['page'.padEnd(width), ...CATEGORIES.map((c) => c.padStart(14))].join(' ');
console.log(
  `\nLighthouse ${(reports[0] as { lighthouseVersion?: string })?.lighthouseVersion ?? ''} (mobile defaults), Chromium at ${CHROMIUM}\n`,
);
console.log(header);
console.log('-'.repeat(header.length));
for (const r of rows) console.log([r.page.padEnd(width), ...CATEGORIES.map((c) => String(r.scores[c]).padStart(14))].join(' '));
const below = rows.filter((r) => CATEGORIES.some((c) => r.scores[c] < PASS));
for (const r of below) console.log(`\n${r.page}:\n  ${r.failing.join('\n  ')}`);
if (process.env.AUDIT_JSON) writeFileSync(process.env.AUDIT_JSON, JSON.stringify(reports, null, 2));
console.log(
  below.length
    ? `\n${below.length} of ${rows.length} pages score below ${PASS} somewhere.`
    : `\nAll ${rows.length} pages score ${PASS} in every category.`,
);
process.exitCode = below.length ? 1 : 0;
