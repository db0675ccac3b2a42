// usage: node scratch/pf.mts <mode: dir|files|files4> <site dir> <out dir>
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
const [mode, site, out] = process.argv.slice(2) as [string, string, string];
const t0 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
if (mode === 'dir') {
  const r = await index!.addDirectory({ path: site });
  console.log('pages', r.page_count, r.errors);
} else {
  const files: string[] = [];
  const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) { if (e.name !== 'pagefind' && e.name !== 'cards') walk(p); } else if (e.name.endsWith('.html')) files.push(p); } };
  walk(site);
  const par = mode === 'files4' ? 4 : 1;
  let n = 0;
  const next = async () => { while (n < files.length) { const f = files[n++]!; const r = await index!.addHTMLFile({ sourcePath: relative(site, f), content: readFileSync(f, 'utf8') }); if (r.errors.length) console.log(r.errors); } };
  await Promise.all(Array.from({ length: par }, next));
  console.log('pages', files.length);
}
const w = await index!.writeFiles({ outputPath: out });
console.log('written', w.errors, Math.round(performance.now() - t0), 'ms');
await pagefind.close();
