/**
 * The body of a content file, read with remark (remark-parse and remark-gfm) and linted
 * with remark-lint: the recommended preset, and the tracker's own rules, which are
 * errors because what they catch would reach readers (raw HTML, a `javascript:` link,
 * a heading that fights the page title). Each message names the file's line and column.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkLint from 'remark-lint';
import remarkLintNoLiteralUrls from 'remark-lint-no-literal-urls';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified } from 'unified';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { SITE_URL } from '../../site-config.ts';

/** Schemes a link or image in a body may use; a URL without a scheme is relative and fine. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto'] as const;

/** The scheme of `url` as a browser would read it (it ignores tabs, newlines and leading spaces), or undefined. */
export function urlScheme(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\p{Cc} ]/gu, ''));
  return match?.[1]!.toLowerCase();
}

/** True for an http, https, mailto or relative URL. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

const origin = new URL(SITE_URL).origin;

/** Raw HTML would reach the page as it stands: the body is Markdown only. */
export const noHtml = lintRule({ origin: 'tracker:no-html' }, (tree: Root, file) => {
  visit(tree, 'html', (node) => {
    const first = node.value.trim().split('\n')[0]!.slice(0, 60);
    file.message(`raw HTML (${first}): write Markdown instead`, node);
  });
});

/** The page's title is its only level-1 heading. */
export const headingsFromTwo = lintRule({ origin: 'tracker:headings-from-two' }, (tree: Root, file) => {
  visit(tree, 'heading', (node) => {
    if (node.depth === 1)
      file.message(`a level-1 heading ("# ${toString(node).slice(0, 40)}"): the title is the page's only one; start at ##`, node);
  });
});

/** Links, images and definitions may use http, https, mailto or a relative URL, nothing that runs or embeds code. */
export const safeLinks = lintRule({ origin: 'tracker:safe-links' }, (tree: Root, file) => {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    if (!isSafeUrl(node.url)) {
      file.message(
        `a ${node.type === 'image' ? 'picture at' : 'link to'} "${node.url.slice(0, 60)}": ` +
          'only http, https, mailto and relative URLs are allowed',
        node,
      );
    }
  });
});

/** A URL written as its own link text tells the reader nothing; sources are listed from the frontmatter. */
export const noBareUrls = lintRule({ origin: 'tracker:no-bare-urls' }, (tree: Root, file) => {
  visit(tree, 'link', (node) => {
    const text = toString(node).trim();
    if (!isSafeUrl(node.url)) return; // safe-links reports it
    const bare =
      text === node.url ||
      `mailto:${text}` === node.url ||
      (/^(https?:\/\/|www\.)/i.test(text) && node.url.endsWith(text.replace(/^www\./i, '')));
    if (bare) file.message(`a bare URL (${text.slice(0, 60)}): link words that say where it goes, or cite it under sources`, node);
  });
});

/** A link with no words is invisible to a screen reader and to most readers. */
export const noEmptyLinkText = lintRule({ origin: 'tracker:no-empty-link-text' }, (tree: Root, file) => {
  visit(tree, 'link', (node) => {
    const hasImage = node.children.some((child) => child.type === 'image' && child.alt);
    if (!toString(node).trim() && !hasImage)
      file.message(`a link to "${node.url.slice(0, 60)}" with no text: write the words the link stands on`, node);
  });
});

/** A page of this site is linked by its path, so the link survives a change of domain and works in previews. */
export const relativeSiteLinks = lintRule({ origin: 'tracker:relative-site-links' }, (tree: Root, file) => {
  visit(tree, 'link', (node) => {
    let url: URL;
    try {
      url = new URL(node.url);
    } catch {
      return;
    }
    if (url.origin === origin) file.message(`a link to this site by its full address: write the path, ${url.pathname}${url.hash}`, node);
  });
});

/** The tracker's own rules: what they find is an error. */
const TRACKER_RULES = [noHtml, headingsFromTwo, safeLinks, noBareUrls, noEmptyLinkText, relativeSiteLinks];

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkLint)
  .use(remarkPresetLintRecommended)
  // The tracker's no-bare-urls rule covers literal URLs and autolinks alike.
  .use(remarkLintNoLiteralUrls, false)
  .use(TRACKER_RULES)
  .freeze();

export interface BodyMessage {
  line: number;
  column: number;
  message: string;
  /** The rule, e.g. tracker:safe-links or remark-lint:list-item-indent. */
  rule: string;
  severity: 'error' | 'warning';
}

/**
 * Lints one body. `firstLine` is the line of the file on which the body starts, so that
 * lines in messages are the file's lines, as an editor shows them.
 */
export function lintBody(body: string, firstLine = 1): BodyMessage[] {
  const file = new VFile({ value: body });
  processor.runSync(processor.parse(file) as Root, file);
  return file.messages
    .map((m) => {
      const rule = `${m.source ?? 'remark'}:${m.ruleId ?? 'parse'}`;
      return {
        line: (m.line ?? 1) + firstLine - 1,
        column: m.column ?? 1,
        message: m.reason,
        rule,
        severity: rule.startsWith('tracker:') ? ('error' as const) : ('warning' as const),
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
