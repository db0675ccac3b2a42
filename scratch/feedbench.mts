import { getRssString } from '@astrojs/rss';
import { checkContent } from '../src/lib/content-check.ts';
import { readContentDir } from '../src/lib/read-content.ts';
import { feedItems, rssItem, rssFeed } from '../src/lib/feeds.ts';
const { content } = checkContent(readContentDir('/tmp/moskvich-bench-10k/n10000/content'));
const articles = [...content.articles].map(([slug, { data }]) => ({ slug, data }));
const lookup = { entities: content.entities, storylines: content.storylines } as any;
const byEntity = new Map<string, typeof articles>();
for (const a of articles) for (const e of a.data.entities) (byEntity.get(e) ?? byEntity.set(e, []).get(e)!).push(a);
const ids = [...byEntity.keys()].slice(0, 100);
let n = 0;
let t = performance.now();
for (const id of ids) n += feedItems(byEntity.get(id)!, lookup, 'https://x.example').map(rssItem).length;
console.log('items+rssItem', n, (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const id of ids) await getRssString(rssFeed(byEntity.get(id)!, lookup, { kind: 'entity', id }, 'https://x.example', 'X') as any);
console.log('full rss', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const id of ids) { const f = rssFeed(byEntity.get(id)!, lookup, { kind: 'entity', id }, 'https://x.example', 'X') as any; f.items = f.items.map(({ customData, ...rest }: any) => rest); await getRssString(f); }
console.log('rss without item customData', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const id of ids) { const f = rssFeed(byEntity.get(id)!, lookup, { kind: 'entity', id }, 'https://x.example', 'X') as any; f.items = f.items.map(({ customData, ...rest }: any) => ({...rest, customData: customData.replace(/<dc:source>.*?<\/dc:source>/g, '')})); await getRssString(f); }
console.log('rss without dc:source', (performance.now() - t).toFixed(0), 'ms');
