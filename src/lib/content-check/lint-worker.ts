/**
 * A worker thread of `lintBodies` (src/lib/content-check/index.ts): lints the bodies it is given,
 * `{ body, line }` each, and posts back their messages in the same order. Node runs it with its own
 * TypeScript type stripping.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintBody } from './body.ts';

const bodies = workerData as { body: string; line: number }[];
parentPort!.postMessage(bodies.map(({ body, line }) => lintBody(body, line)));
