/**
 * dist/_redirects, a 301 from each former article slug to the live one for hosts
 * that read the file (Netlify, Cloudflare Pages); the HTML redirect pages come
 * from src/pages/articles/[slug].astro. Astro skips files whose name starts
 * with `_` in src/pages, hence the one-value dynamic route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTracker } from '../lib/data.ts';
import { articleRedirects, redirectsFile } from '../lib/redirects.ts';

export const getStaticPaths = (() => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(redirectsFile(articleRedirects((await getTracker()).articles)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
