/** How much the home page shows: the latest entries; the rest is one click away on the year pages. */
export const HOME_ENTRY_LIMIT = 60;
/** How many of the most-named entities the timeline offers as filters. */
export const FILTER_ENTITY_LIMIT = 12;
/** How many co-mentioned entities an entity page lists. */
export const RELATED_LIMIT = 15;
