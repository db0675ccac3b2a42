/**
 * Anchors for the headings of an article body, as a Sätteri hast plugin: each heading gets
 * an id that never reuses one of the page's own (a body "## Sources" becomes #sources-1,
 * not a second #sources), and each `<h2>` gets a copy-link control just before it. The
 * control is built as a tree from the heading's text, never by pasting its HTML, so no
 * markup inside a heading (a link title, an attribute) can reach the page as markup.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { splitByLanguage } from '../lib/lang.ts';
import { PAGE_IDS, EVENT_ANCHOR_PREFIX } from '../lib/urls.ts';

/** The copy-link control as a hast element: a link to `href`, "#" shown, `label` for screen readers. */
export function copyLinkElement(href: string, label: string): Element {
  const text: ElementContent[] = splitByLanguage(label).map((run) =>
    run.lang
      ? { type: 'element', tagName: 'span', properties: { lang: run.lang }, children: [{ type: 'text', value: run.text }] }
      : { type: 'text', value: run.text },
  );
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['copy-link'], href, dataCopyLink: '', dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: text },
    ],
  };
}

/** A slugger that already holds the page's own ids, so a body heading never takes one of them. */
export function headingSlugger(reserved: readonly string[] = PAGE_IDS): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of reserved) slugger.slug(id);
  return (text) => {
    const slug = slugger.slug(text) || slugger.slug('section');
    // An event's anchor is #event-<id>, a year's #2022 and a month's #2022-06: a heading must not shadow one.
    return slug.startsWith(EVENT_ANCHOR_PREFIX) || /^\d{4}(-\d{2})?$/.test(slug) ? slugger.slug(`section-${slug}`) : slug;
  };
}

/** Bump when the output changes: the plugin is part of the Markdown config, whose digest decides when Astro re-renders every body. */
export const SECTION_ANCHORS_VERSION = 2;

export function sectionAnchors() {
  // One slugger per document, kept in the document's data bag: documents may compile concurrently.
  type Bag = { sectionSlug?: (text: string) => string };
  return defineHastPlugin({
    name: 'section-anchors',
    version: SECTION_ANCHORS_VERSION,
    before(_root, ctx) {
      (ctx.data as Bag).sectionSlug = headingSlugger();
    },
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node).replace(/\s+/g, ' ').trim();
        const id = (ctx.data as Bag).sectionSlug!(text);
        ctx.setProperty(node, 'id', id);
        if (node.tagName === 'h2') ctx.insertBefore(node, copyLinkElement(`#${id}`, `Link to this section: ${text}`));
      },
    },
  });
}
