/** The entity-link transform as a remark plugin (unified pipeline). */
import type { Heading, Paragraph, PhrasingContent, Root, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';
import { createAliasMatcher, type NamedEntity } from '../../lib/alias-matcher.ts';
import { selfOf, transformInline } from './core.ts';

export interface EntityLinkOptions {
  entities: readonly NamedEntity[];
  href: (id: string) => string;
}

export function remarkEntityLinks(options: EntityLinkOptions) {
  const matcher = createAliasMatcher(options.entities);
  return (tree: Root, file?: { path?: string }) => {
    const state = { matcher, href: options.href, linked: new Set(selfOf(file?.path)) };
    visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
      const block = node as Paragraph | Heading | TableCell;
      const children = transformInline(block.children as PhrasingContent[], state, block.type !== 'heading');
      if (children) block.children = children;
    });
  };
}
