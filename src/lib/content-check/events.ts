/** One happening is one event: every article that reports it gives it the same id, date, text and entities. */
import type { ArticleData } from '../../schemas/index.ts';
import type { Report, UsableContent } from './types.ts';

type Event = ArticleData['events'][number];

const sameEntities = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

export function checkEvents(articles: UsableContent['articles'], report: Report): void {
  const first = new Map<string, { file: string; event: Event }>();
  for (const [, { file, data }] of articles) {
    const own = new Set<string>();
    data.events?.forEach((event, i) => {
      if (own.has(event.id)) {
        report.error(file.file, `events[${i}].id`, `"${event.id}" is used by another event of this article`);
        return;
      }
      own.add(event.id);
      const earlier = first.get(event.id);
      if (!earlier) {
        first.set(event.id, { file: file.file, event });
        return;
      }
      const differs = [
        earlier.event.date !== event.date && 'date',
        earlier.event.text !== event.text && 'text',
        !sameEntities(earlier.event.entities, event.entities) && 'entities',
      ].filter((d): d is string => Boolean(d));
      if (differs.length) {
        report.error(
          file.file,
          `events[${i}].${differs[0]}`,
          `event "${event.id}" is also in ${earlier.file} with a different ${differs.join(' and ')}; one happening is one event: ` +
            'give it the same date, text and entities in every article, or a new id if it is another happening',
        );
      }
    });
  }
}
