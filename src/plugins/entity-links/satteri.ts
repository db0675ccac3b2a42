/**
 * The entity-link transform as a Sätteri mdast plugin, for Astro 7's default
 * Markdown processor (native and much faster than the unified pipeline).
 */
import type { Heading, Paragraph, PhrasingContent, TableCell } from 'mdast';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { createAliasMatcher, type NamedEntity } from '../../lib/alias-matcher.ts';
import { entityLinksCacheKey, selfOf, transformInline, type LinkState } from './core.ts';

export interface EntityLinkOptions {
  entities: readonly NamedEntity[];
  href: (id: string) => string;
}

export function satteriEntityLinks(options: EntityLinkOptions) {
  const matcher = createAliasMatcher(options.entities);
  // One state per document, kept in the document's data bag: documents may compile concurrently.
  const stateOf = (ctx: MdastVisitorContext): LinkState =>
    ((ctx.data as { entityLinks?: LinkState }).entityLinks ??= {
      matcher,
      href: options.href,
      linked: new Set(selfOf(ctx.fileURL?.pathname)),
    });
  const visit = (node: Readonly<Paragraph | Heading | TableCell>, ctx: MdastVisitorContext) => {
    const children = transformInline(node.children as PhrasingContent[], stateOf(ctx), node.type !== 'heading');
    if (children) ctx.replaceNode(node, { ...node, children } as Paragraph);
  };
  return defineMdastPlugin({
    name: 'entity-links',
    // Astro keeps rendered Markdown across builds and re-renders it all only when its config changes.
    // This key is part of that config: a new alias, entity or plugin version re-renders every body.
    cacheKey: entityLinksCacheKey(options.entities),
    paragraph: visit,
    heading: visit,
    tableCell: visit,
  });
}
