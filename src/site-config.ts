/** Site-wide settings read by the config, the content config and the pages. */

/** The public address of the site: canonical URLs, feeds and the sitemap are built on it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://moskvich-tracker.example';

/** The site's name, in titles and link previews. */
export const SITE_NAME = 'Moskvich Tracker';

/**
 * Where the Markdown lives. `CONTENT_DIR` points the same build at another
 * folder: the test fixtures and the benchmark's synthetic tracker.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';
