/**
 * A child process that draws link-preview cards into the card cache, started by
 * `drawCards` in src/lib/cards/render.ts (Node runs this file with its own
 * TypeScript type stripping). It gets `{ cards, cacheDir, fontDir }` once, draws
 * each card that is not cached yet, sends `{ ms }` per card and exits.
 *
 * Why a process of its own: resvg's native pixel buffers (3 MB a card) are freed
 * only when V8 collects their JavaScript wrappers and the event loop then turns,
 * and a loop of drawing allocates too little JavaScript for V8 to collect at all
 * (a build that drew 10,000 cards in-process passed 11 GB). Here `--expose-gc`
 * lets the loop collect every few cards; two processes also use two cores.
 */
import { setImmediate } from 'node:timers/promises';
import { cachedCardFile } from './render.ts';
import type { CardContent } from './cards.ts';

export interface CardJob {
  cards: CardContent[];
  cacheDir: string;
  fontDir: string;
}

/** Collect (and let the finalizers run) after this many cards: about 30 MB of pixel buffers. */
const COLLECT_EVERY = 10;

// The build has gone (finished with an error elsewhere, or killed): stop drawing.
process.once('disconnect', () => process.exit());

process.once('message', async ({ cards, cacheDir, fontDir }: CardJob) => {
  const gc = (globalThis as { gc?: () => void }).gc;
  try {
    for (const [i, card] of cards.entries()) {
      const start = performance.now();
      await cachedCardFile(card, { cacheDir, fontDir });
      process.send?.({ ms: performance.now() - start });
      if (i % COLLECT_EVERY === COLLECT_EVERY - 1) {
        gc?.();
        await setImmediate();
      }
    }
  } catch (error) {
    process.exitCode = 1;
    process.send?.({ error: error instanceof Error ? error.message : String(error) });
  }
  if (process.connected) process.disconnect();
});
