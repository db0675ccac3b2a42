/**
 * Narrows the timeline in place by storyline and entity. The filter links
 * work without JavaScript (they lead to the storyline's or the entity's own
 * page); with it, a click filters here, the choice goes into the URL
 * (?storyline=…&entity=…) so it can be shared and undone with Back, and the
 * number of matches is announced politely.
 */
type Key = 'storyline' | 'entity';
const KEYS: Key[] = ['storyline', 'entity'];

const root = document.querySelector<HTMLElement>('[data-timeline-root]');
if (root) {
  const entries = [...root.querySelectorAll<HTMLElement>('.entry')];
  const sections = [...root.querySelectorAll<HTMLElement>('.timeline-month, .timeline-year')];
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
  const status = document.getElementById('filter-status')!;
  const clear = document.getElementById('filter-clear') as HTMLButtonElement;
  const labels = new Map(links.map((a) => [`${a.dataset.filter}:${a.dataset.value}`, a.dataset.label ?? a.textContent ?? '']));
  const idsOf = (attr: 'storylines' | 'entities') => new Set(entries.flatMap((e) => (e.dataset[attr] ?? '').split(' ')));
  const known: Record<Key, Set<string>> = { storyline: idsOf('storylines'), entity: idsOf('entities') };

  const apply = (params: URLSearchParams) => {
    const chosen = KEYS.map((key) => [key, params.get(key)] as const).filter(([, v]) => v);
    let matches = 0;
    for (const entry of entries) {
      const show = chosen.every(([key, value]) =>
        (entry.dataset[key === 'storyline' ? 'storylines' : 'entities'] ?? '').split(' ').includes(value!),
      );
      entry.hidden = !show;
      if (show) matches++;
    }
    for (const section of sections) section.hidden = !section.querySelector('.entry:not([hidden])');
    for (const a of links) {
      const on = params.get(a.dataset.filter!) === a.dataset.value;
      if (on) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    clear.hidden = chosen.length === 0;
    status.replaceChildren();
    if (!chosen.length) return;
    // A value no entry here carries (a mistyped or outdated link) is named, so the reader knows why nothing shows.
    const unknown = chosen.filter(([key, value]) => !known[key].has(value!));
    if (unknown.length) {
      status.append(`There is no ${unknown.map(([k, v]) => `${k} “${v}”`).join(' or ')} on this timeline. `);
      return;
    }
    const about = chosen.map(([k, v]) => labels.get(`${k}:${v}`) ?? v).join(' and ');
    status.append(`${matches} of ${entries.length} entries here are about ${about}.`);
    // The page may show only the latest entries: the chosen storyline's or entity's own page has them all.
    const page =
      chosen.length === 1 ? links.find((a) => a.dataset.filter === chosen[0]![0] && a.dataset.value === chosen[0]![1]) : undefined;
    if (page) {
      const all = document.createElement('a');
      all.href = page.getAttribute('href')!;
      all.textContent = `Every entry about ${about}`;
      status.append(' ', all);
    }
  };

  const go = (url: URL) => {
    history.pushState(null, '', url);
    apply(url.searchParams);
  };

  for (const a of links) {
    a.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      const url = new URL(location.href);
      const key = a.dataset.filter!;
      if (url.searchParams.get(key) === a.dataset.value) url.searchParams.delete(key);
      else url.searchParams.set(key, a.dataset.value!);
      go(url);
    });
  }
  clear.addEventListener('click', () => {
    const url = new URL(location.href);
    for (const key of KEYS) url.searchParams.delete(key);
    go(url);
    links[0]?.focus();
  });
  addEventListener('popstate', () => apply(new URL(location.href).searchParams));
  clear.parentElement!.hidden = false;
  apply(new URL(location.href).searchParams);
}
