/**
 * The transform behind the entity-link Markdown plugins, on plain mdast:
 * - links the first mention of each entity in a document to its page (any
 *   name or alias, see src/lib/alias-matcher.ts), never inside links,
 *   headings, code or HTML;
 * - marks every Cyrillic run `lang="ru"`, headings and links included.
 * It works on one block's inline children at a time, so both the remark
 * plugin and the Sätteri plugin can drive it.
 */
import type { Emphasis, Link, PhrasingContent, Text } from 'mdast';
import { createHash } from 'node:crypto';
import type { AliasMatcher, NamedEntity } from '../../lib/alias-matcher.ts';
import { splitByLanguage } from '../../lib/lang.ts';

export interface LinkState {
  matcher: AliasMatcher;
  /** The URL of an entity's page. */
  href: (id: string) => string;
  /** Entities already linked in this document: only the first mention is. */
  linked: Set<string>;
}

/** Bump when the transform's output changes, so cached renders are redone. */
export const TRANSFORM_VERSION = 1;

/** A short digest of what the transform depends on: its version and every entity's names. */
export function entityLinksCacheKey(entities: readonly NamedEntity[]): string {
  return `${TRANSFORM_VERSION}-${createHash('sha256').update(JSON.stringify(entities)).digest('hex').slice(0, 16)}`;
}

/** An entity's own profile (…/entities/<id>.md) does not link to itself. */
export function selfOf(path: string | undefined): string[] {
  const match = path && /[\\/]entities[\\/](?:.*[\\/])?([^\\/]+)\.md$/.exec(path);
  return match ? [match[1]!] : [];
}

/**
 * Text with each Cyrillic run wrapped in `<span lang="ru">`. The wrapper is an
 * mdast `emphasis` renamed by `data.hName`, which both the unified pipeline and
 * Sätteri honour (Sätteri ignores `hName` on bare text nodes).
 */
function languageNodes(value: string): (Text | Emphasis)[] {
  return splitByLanguage(value).map((run) =>
    run.lang
      ? { type: 'emphasis', children: [{ type: 'text', value: run.text }], data: { hName: 'span', hProperties: { lang: run.lang } } }
      : { type: 'text', value: run.text },
  );
}

function textNodes(value: string, state: LinkState, link: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  if (link) {
    for (const match of state.matcher.find(value)) {
      if (state.linked.has(match.id)) continue;
      state.linked.add(match.id);
      if (match.start > last) out.push(...languageNodes(value.slice(last, match.start)));
      const anchor: Link = {
        type: 'link',
        url: state.href(match.id),
        children: languageNodes(match.text),
        data: { hProperties: { className: ['entity-link'] } },
      };
      out.push(anchor);
      last = match.end;
    }
  }
  if (last < value.length) out.push(...languageNodes(value.slice(last)));
  return out;
}

/**
 * New inline children for a block, or undefined when nothing changes.
 * `link` is false inside headings: their text is marked for language only.
 */
export function transformInline(children: readonly PhrasingContent[], state: LinkState, link = true): PhrasingContent[] | undefined {
  let changed = false;
  const out: PhrasingContent[] = [];
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        const nodes = textNodes(child.value, state, link);
        if (nodes.length === 1 && nodes[0]!.type === 'text') {
          out.push(child);
        } else {
          changed = true;
          out.push(...nodes);
        }
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference': {
        // Never a link inside a link; emphasis may hold a first mention.
        const inner = transformInline(child.children, state, link && child.type !== 'link' && child.type !== 'linkReference');
        if (inner) {
          changed = true;
          out.push({ ...child, children: inner } as PhrasingContent);
        } else {
          out.push(child);
        }
        break;
      }
      default:
        // inlineCode, html, image, break, footnotes: left as they are.
        out.push(child);
    }
  }
  return changed ? out : undefined;
}
