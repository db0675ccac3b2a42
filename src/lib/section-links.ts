/**
 * Copy-link controls beside the headline and each anchored `<h2>` of an article.
 * Without JavaScript each is a plain link to the heading's anchor ("#" shown,
 * its purpose in visually hidden text); src/scripts/copy-link.ts makes a click
 * copy the absolute URL and announce it. The control goes just before its
 * heading (floated beside it by src/styles/copy-link.css), so that neither the
 * heading's text nor what follows the heading changes. Pure: works on HTML text.
 */
import { splitByLanguage } from './lang.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The control as HTML; Cyrillic in the label is marked `lang="ru"`. `label` is already-escaped HTML text when `labelIsHtml`
 * (the text of a rendered heading), plain text otherwise.
 */
export function copyLinkHtml(href: string, label: string, { labelIsHtml = false } = {}): string {
  const text = splitByLanguage(labelIsHtml ? label : escapeHtml(label))
    .map((run) => (run.lang ? `<span lang="${run.lang}">${run.text}</span>` : run.text))
    .join('');
  return `<a class="copy-link" href="${escapeHtml(href)}" data-copy-link data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">${text}</span></a>`;
}

/** The visible text of some HTML: tags dropped, white space collapsed; entities stay escaped. */
export function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

const H2 = /<h2\b([^>]*?)\sid="([^"]+)"([^>]*)>([\s\S]*?)<\/h2>/g;

/** Puts a copy-link control before every `<h2>` that has an id; headings without one are left alone. */
export function addSectionLinks(html: string): string {
  return html.replace(H2, (heading: string, _before: string, id: string, _after: string, inner: string) => {
    return copyLinkHtml(`#${id}`, `Link to this section: ${htmlText(inner)}`, { labelIsHtml: true }) + heading;
  });
}
