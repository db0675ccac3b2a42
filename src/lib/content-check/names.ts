/**
 * Every spelling belongs to one entity, compared by `nameKey` (the same key the entity
 * links and the search page use), or search and links could not tell two entities apart.
 */
import { INVISIBLE, nameKey } from '../../core/name-key.ts';
import type { Report, UsableContent } from './types.ts';

interface Spelling {
  id: string;
  file: string;
  field: string;
  text: string;
}

/** Written as a reader types it: no compatibility forms (fullwidth letters), nothing invisible, no quotation marks round it. */
const isPlain = (text: string) =>
  text === text.normalize('NFKC') && !new RegExp(INVISIBLE.source, 'u').test(text) && !/^[«"“„'‘]|[»"”'’]$/.test(text);

export function checkSpellings(entities: UsableContent['entities'], report: Report): void {
  const owners = new Map<string, Spelling>();
  for (const [id, { file, data }] of entities) {
    const spellings: Spelling[] = [
      ...(data.name ? [{ id, file: file.file, field: 'name', text: data.name }] : []),
      ...(data.aliases ?? []).map((text, i) => ({ id, file: file.file, field: `aliases[${i}]`, text })),
    ];
    for (const spelling of spellings) {
      const invisible = new RegExp(INVISIBLE.source, 'u').exec(spelling.text);
      if (invisible) {
        const code = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        report.error(spelling.file, spelling.field, `"${spelling.text}" contains an invisible character (U+${code}): delete it`);
        continue;
      }
      const key = nameKey(spelling.text);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, spelling);
        continue;
      }
      if (owner.id === id) continue;
      // Blame the spelling that adds the clash: an odd form (fullwidth, quoted) over a plain one,
      // an alias over a name, else the later file.
      const blameOwner = (!isPlain(owner.text) && isPlain(spelling.text)) || (owner.field !== 'name' && spelling.field === 'name');
      const [culprit, other] = blameOwner ? [owner, spelling] : [spelling, owner];
      if (blameOwner) owners.set(key, spelling);
      const asWritten = other.text !== culprit.text ? `, as "${other.text}"` : '';
      report.error(
        culprit.file,
        culprit.field,
        `"${culprit.text}" is already a name or alias of "${other.id}" (${other.file}${asWritten}); ` +
          'a spelling may belong to one entity only (case, quotes, spacing and character forms do not count)',
      );
    }
  }
}
