/** The site's sections, in the header and the footer; the current one is marked by the path. */
import { dealsUrl, figuresUrl } from './urls.ts';

export const SECTIONS = [
  { href: '/', label: 'Timeline', matches: (path: string) => path === '/' || path.startsWith('/timeline/') },
  { href: figuresUrl, label: 'Numbers', matches: (path: string) => path.startsWith(figuresUrl) },
  { href: dealsUrl, label: 'Deals', matches: (path: string) => path.startsWith(dealsUrl) },
  { href: '/entities/', label: 'Entities', matches: (path: string) => path.startsWith('/entities/') },
  { href: '/storylines/', label: 'Storylines', matches: (path: string) => path.startsWith('/storylines/') },
] as const;
