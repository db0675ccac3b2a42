/**
 * What the content pipeline guarantees in every built page (docs/SECURITY.md): no event-handler
 * attribute, no javascript: (or vbscript:, data:) URL in a link or a resource, and no meta refresh
 * except on the redirect pages of renamed articles, whatever the content held.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site-config.ts';
import { allPages, DIST, page } from '../helpers/dist.ts';

/** The redirect pages the build writes for former slugs (dist/_redirects: "/articles/old/ /articles/new/ 301"). */
const redirectPages = new Set(
  readFileSync(join(DIST, '_redirects'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split(/\s+/)[0]),
);

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset', 'cite', 'background'];
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

describe.each(allPages())('%s', (path) => {
  const $ = page(path);
  const elements = $('*')
    .toArray()
    .flatMap((node) => ('attribs' in node ? [node] : []));

  it('has no event-handler attribute', () => {
    const handlers = elements.flatMap((el) =>
      Object.keys(el.attribs)
        .filter((name) => /^on/i.test(name))
        .map((name) => `<${el.tagName} ${name}>`),
    );
    expect(handlers).toEqual([]);
  });

  it('has no javascript:, vbscript: or data: URL', () => {
    const unsafe = elements.flatMap((el) =>
      URL_ATTRIBUTES.filter((name) => UNSAFE_URL.test(el.attribs[name] ?? '')).map(
        (name) => `<${el.tagName} ${name}="${el.attribs[name]}">`,
      ),
    );
    expect(unsafe).toEqual([]);
  });

  it(redirectPages.has(path) ? 'is a redirect page: its one meta refresh goes to a page of this site' : 'has no meta refresh', () => {
    const refresh = $('meta[http-equiv]').filter((_, el) => /refresh/i.test(el.attribs['http-equiv'] ?? ''));
    if (!redirectPages.has(path)) {
      expect(refresh.length).toBe(0);
      return;
    }
    expect(refresh.length).toBe(1);
    const target = new URL(refresh.attr('content')!.replace(/^0;\s*url=/i, ''), SITE_URL);
    expect(target.origin).toBe(new URL(SITE_URL).origin);
    expect(target.pathname).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
  });
});
