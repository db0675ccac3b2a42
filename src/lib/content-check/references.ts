/** References between files are checked, not trusted: each id must name an existing file of the right kind. */
import { closestWithin } from '../../core/edit-distance.ts';
import type { CollectionName, Report, UsableContent } from './types.ts';

type Target = 'entity' | 'storyline' | 'deal' | 'outlet' | 'measure';

const FOLDER: Record<Target, CollectionName> = {
  entity: 'entities',
  outlet: 'entities',
  storyline: 'storylines',
  deal: 'deals',
  measure: 'measures',
};

export function checkReferences(content: UsableContent, ids: Record<CollectionName, ReadonlySet<string>>, report: Report): void {
  const ref = (file: string, field: string, id: string, what: Target) => {
    const folder = FOLDER[what];
    if (!ids[folder].has(id)) {
      const hint = closestWithin(id, ids[folder]);
      report.error(
        file,
        field,
        `unknown ${what} "${id}": there is no ${folder}/${id}.md in the content folder${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
    } else if (what === 'outlet') {
      const kind = content.entities.get(id)?.data.kind;
      if (kind && kind !== 'media') report.error(file, field, `"${id}" is a ${kind}, not an outlet (an entity of kind media)`);
    }
  };

  for (const [slug, { file, data }] of content.articles) {
    const f = file.file;
    data.storylines?.forEach((id, i) => ref(f, `storylines[${i}]`, id, 'storyline'));
    data.entities?.forEach((id, i) => ref(f, `entities[${i}]`, id, 'entity'));
    data.sources?.forEach((source, i) => {
      ref(f, `sources[${i}].outlet`, source.outlet, 'outlet');
      if (source.via) ref(f, `sources[${i}].via`, source.via, 'outlet');
    });
    data.figures?.forEach((figure, i) => {
      ref(f, `figures[${i}].measure`, figure.measure, 'measure');
      ref(f, `figures[${i}].entity`, figure.entity, 'entity');
    });
    data.events?.forEach((event, i) => event.entities.forEach((id, j) => ref(f, `events[${i}].entities[${j}]`, id, 'entity')));
    data.deals?.forEach((change, i) => ref(f, `deals[${i}].deal`, change.deal, 'deal'));
    data.formerSlugs?.forEach((former, i) => {
      if (former === slug || ids.articles.has(former)) {
        const live = content.articles.get(former)?.file.file ?? f;
        report.error(f, `formerSlugs[${i}]`, `"${former}" is the slug of a live article (${live}); a former slug must not be in use`);
      }
      for (const [otherSlug, other] of content.articles) {
        if (otherSlug < slug && other.data.formerSlugs?.includes(former)) {
          report.error(f, `formerSlugs[${i}]`, `"${former}" is also a former slug of ${other.file.file}`);
        }
      }
    });
  }

  for (const [, { file, data }] of content.entities) {
    if (data.affiliation) ref(file.file, 'affiliation', data.affiliation, 'entity');
    data.relations?.forEach((relation, i) => ref(file.file, `relations[${i}].entity`, relation.entity, 'entity'));
  }

  for (const [, { file, data }] of content.deals) {
    data.parties?.forEach((id, i) => ref(file.file, `parties[${i}]`, id, 'entity'));
    if (data.storyline) ref(file.file, 'storyline', data.storyline, 'storyline');
  }
}
