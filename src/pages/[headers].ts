/**
 * dist/_headers, the security headers for static hosts (Netlify / Cloudflare
 * Pages format), rendered from src/lib/security-headers.ts. Astro skips files
 * whose name starts with `_` in src/pages, hence the one-value dynamic route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/security-headers.ts';

export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
