/** Reading the built site in tests: pages parsed with cheerio (the rest lives in scripts/lib/dist.ts, shared with the scripts). */
import * as cheerio from 'cheerio';
import { readText } from '../../scripts/lib/dist.ts';

export { allFiles, allPages, DIST, exists, fileFor, readText } from '../../scripts/lib/dist.ts';

export function page(urlPath: string): cheerio.CheerioAPI {
  return cheerio.load(readText(urlPath));
}
