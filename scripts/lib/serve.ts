/** Serves dist/ on a free local port, the way a static host does (dir/ → dir/index.html, 404.html). */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** gzip text responses for clients that accept it, as static hosts do (the Lighthouse audit measures with it). */
  compress?: boolean;
  /** Send the headers of dist/_headers (its `/*` block), as Netlify and Cloudflare Pages do. */
  headers?: boolean;
}

/** The `/*` block of a `_headers` file, name → value. */
export function readHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) inBlock = line.trim() === '/*';
    else if (inBlock) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

export async function serveDist(root = DIST, { compress = false, headers = false }: ServeOptions = {}): Promise<StaticServer> {
  const extra = headers ? readHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : {};
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip =
      compress &&
      existsSync(file) &&
      /^(text\/|application\/(json|xml))/.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(found ? 200 : 404, {
      ...extra,
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    if (gzip) res.end(gzipSync(readFileSync(file)));
    else if (existsSync(file)) createReadStream(file).pipe(res);
    else res.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
