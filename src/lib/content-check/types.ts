/** The shapes the content check passes between its steps. */
import type { ArticleData, DealData, EntityData, MeasureData, StorylineData } from '../../schemas/index.ts';

export const COLLECTIONS = ['articles', 'entities', 'storylines', 'deals', 'measures'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** One Markdown file as read from disk, before validation. */
export interface ContentFile {
  collection: CollectionName;
  /** Path shown to the editor, e.g. content/articles/foo.md. */
  file: string;
  /** The id or slug: the file name without `.md`. */
  id: string;
  /** The parsed frontmatter. */
  data: unknown;
  /** The Markdown body. */
  body: string;
  /** The line of the file on which the body starts (1-based), so body messages can name file lines. */
  bodyLine?: number;
  /** Why the file could not be read at all (its name, size or frontmatter), if it could not. */
  fault?: { field: string; message: string };
}

export interface Problem {
  file: string;
  /** The frontmatter field, e.g. `sources[0].url`, or `body` (with line and column), or `file name`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

interface Shapes {
  articles: ArticleData;
  entities: EntityData;
  storylines: StorylineData;
  deals: DealData;
  measures: MeasureData;
}

/** The valid entries of each collection, by id. */
export type CheckedContent = { [K in CollectionName]: Map<string, { file: ContentFile; data: Shapes[K] }> };

/** Every entry, with only the fields that are valid on their own: references are checked over these too. */
export type UsableContent = { [K in CollectionName]: Map<string, { file: ContentFile; data: Partial<Shapes[K]> }> };

export interface Report {
  error(file: string, field: string, message: string): void;
  warn(file: string, field: string, message: string): void;
}
