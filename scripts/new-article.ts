/**
 * `npm run new -- "Headline"`: writes content/articles/<slug>.md, the slug made from the headline,
 * with every field an article needs and a comment on each. Refuses a slug that exists or was ever
 * published (permalinks.json, formerSlugs). Then fill it in and run `npm run check`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseManifest } from '../src/lib/permalinks.ts';
import { parseContentText } from '../src/lib/content-check/read.ts';
import { CONTENT_DIR } from '../src/site-config.ts';
import { newArticleFile, slugFromHeadline, slugRefusal } from './lib/new-article.ts';

const headline = process.argv.slice(2).join(' ').trim();
if (!headline) {
  console.error('Usage: npm run new -- "The headline of the new article"');
  process.exit(2);
}
const folder = join(CONTENT_DIR, 'articles');
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
const former = new Set(
  files.flatMap((f) => {
    try {
      const data = parseContentText(readFileSync(join(folder, f), 'utf8')).data as { formerSlugs?: unknown };
      return Array.isArray(data.formerSlugs) ? data.formerSlugs.map(String) : [];
    } catch {
      return [];
    }
  }),
);
const slug = slugFromHeadline(headline);
const refusal = slugRefusal(slug, {
  files: new Set(files.map((f) => f.replace(/^.*\//, '').replace(/\.md$/, ''))),
  published: new Set(parseManifest(existsSync('permalinks.json') ? readFileSync('permalinks.json', 'utf8') : undefined)),
  former,
});
if (refusal) {
  console.error(`Not written: ${refusal}. Choose another headline, or write the file by hand with a slug of your own.`);
  process.exit(1);
}
const path = join(folder, `${slug}.md`);
writeFileSync(path, newArticleFile(headline), { flag: 'wx' });
console.log(`Wrote ${relative(process.cwd(), path)}: fill in each field (the comments say what goes there), then npm run check.`);
