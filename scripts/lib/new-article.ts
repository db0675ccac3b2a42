/**
 * What `npm run new -- "Headline"` writes: the slug made from the headline, the refusals (a slug that
 * exists or was ever published stays with what it named), and the file, every field it needs with a
 * comment saying what goes there. Written with matter.stringify, its YAML engine keeping the comments.
 */
import matter from 'gray-matter';
import { Document, isMap, isScalar } from 'yaml';

/** A slug from a headline: ASCII lowercase words joined by hyphens, at most 80 characters, cut at a word. */
export function slugFromHeadline(headline: string): string {
  const words =
    headline
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 80) break;
    slug = next;
  }
  return slug;
}

/** Why a slug may not be used, or undefined: it names a file, a published URL or a former slug. */
export function slugRefusal(
  slug: string,
  taken: { files: ReadonlySet<string>; published: ReadonlySet<string>; former: ReadonlySet<string> },
): string | undefined {
  if (!slug) return 'the headline has no letters or digits to make a slug from';
  if (taken.files.has(slug)) return `content/articles/${slug}.md exists already`;
  if (taken.former.has(slug)) return `"${slug}" is a former slug of an article: it redirects there and stays reserved`;
  if (taken.published.has(`/articles/${slug}/`))
    return `/articles/${slug}/ was published before (permalinks.json): a permalink is never reused`;
  return undefined;
}

/** Every field of a new article, in order, with what goes there. */
const FIELDS: [key: string, value: unknown, comment: string][] = [
  ['title', '', ' The headline, at most 120 characters, in the tracker’s own words.'],
  ['summary', '', ' One or two sentences, at most 280 characters: the meta description and the feed text.'],
  ['date', '', ' When it was reported, in quotes, exactly as precise as the source: "2024", "2024-05" or "2024-05-19".'],
  ['kind', 'brief', ' brief (one paragraph) or report (several, with ## headings).'],
  ['storylines', [], ' Storyline ids (content/storylines/), at least one.'],
  ['entities', [], ' Every entity the text names, by id (content/entities/), outlets included.'],
  [
    'sources',
    [{ outlet: '', title: '', url: '', date: '', language: 'en' }],
    ' Each page the article was written from: outlet (an entity of kind media, the site you read), the headline as\n' +
      ' published (null when the page shows none, never rebuilt from the URL), the URL you read, its date as shown\n' +
      ' (leave it out when none is shown), its language; add via: <outlet id> when the page relays another outlet.',
  ],
  ['figures', [], ' Every number the reports give: { measure, label, value, unit, basis, period, entity } (README).'],
  ['events', [], ' Dated happenings: { id, date, text, entities }; one happening keeps one id across articles.'],
  ['deals', [], ' Deal status changes the article reports: { deal, status, date }.'],
];

/** The file a new article starts as: commented frontmatter and a line saying what the body holds. */
export function newArticleFile(headline: string): string {
  const data = Object.fromEntries(FIELDS.map(([key, value]) => [key, key === 'title' ? headline : value]));
  const yaml = {
    parse: (text: string) => text,
    stringify: (object: object) => {
      const doc = new Document(object);
      for (const [key, , comment] of FIELDS) {
        const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
        if (pair && isScalar(pair.key)) pair.key.commentBefore = comment;
      }
      return doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    },
  };
  const body =
    'Write the body here, in Markdown and in your own words: who reported what, citing whom, keeping their hedges. ' +
    'No raw HTML; headings from ##.\n';
  return matter.stringify(body, data, { engines: { yaml } } as never);
}
