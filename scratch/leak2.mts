import { readFileSync } from 'node:fs';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardTree, articleCard } from '/work/main/src/lib/social-card.ts';
const dir = '/work/main/src/assets/fonts/noto-sans/';
const fonts = [{ name: 'Noto Sans', data: readFileSync(dir + 'noto-sans-latin-400-normal.woff'), weight: 400, style: 'normal' }, { name: 'Noto Sans', data: readFileSync(dir + 'noto-sans-latin-700-normal.woff'), weight: 700, style: 'normal' }] as any;
const mode = process.argv[2];
let svg = '';
for (let i = 0; i < 200; i++) {
  const card = articleCard({ title: `Card number ${i} about the Moskvich plant and KAMAZ`, date: '2022-06-01', storyline: 'Revival' }, { name: 'Moskvich Tracker', url: 'https://x.example' });
  if (mode !== 'resvg' || !svg) svg = await satori(cardTree(card) as any, { width: 1200, height: 630, fonts });
  if (mode !== 'satori') new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  if (process.argv[3]) { (globalThis as any).gc?.(); await new Promise((r) => setTimeout(r, 0)); }
  if (i % 50 === 0) console.log(mode, i, Math.round(process.memoryUsage().rss / 1e6), 'MB');
}
