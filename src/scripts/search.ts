/**
 * The search page, on Pagefind's JS API and the names list (src/lib/search-run.ts ranks):
 * results as the reader types (debounced), the named entity as a card on top, then articles,
 * then other pages; "Did you mean …?" for a near miss; filters with counts and sort. The
 * query, filters and sort live in the URL, so Back and a shared link restore the view.
 * Pagefind loads only when the reader focuses the box or arrives with a query.
 */
import { entityFeedUrl, entityUrl, searchUrl } from '../lib/urls.ts';
import { expandedQuery, PAGEFIND_OPTIONS, startsAName, type NamesList } from '../lib/search-rank.ts';
import {
  ENTITY_KIND,
  FILTER_KEYS,
  nearMiss,
  runSearch,
  unknownFilters,
  type FilterKey,
  type Filters,
  type PagefindData,
  type PagefindLike,
  type SearchOutcome,
} from '../lib/search-run.ts';

interface Pagefind extends PagefindLike {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(q: string): Promise<void>;
}

const FILTER_LABELS: Record<FilterKey, string> = { kind: 'Kind', storyline: 'Storyline', entity: 'Names', year: 'Year' };
const KIND_VALUE_LABELS: Record<string, string> = { report: 'Report', brief: 'Brief', [ENTITY_KIND]: 'Entity page' };
/** Results shown: each needs its own small fragment file, so fewer means a faster first answer. */
const PAGE = 10;
const DEBOUNCE_MS = 120;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sort = $<HTMLSelectElement>('search-sort');
const status = $('search-status');
const list = $<HTMLOListElement>('search-results');
const cards = $('search-entities');
const filterBox = $('search-filters');
const filterToggle = $<HTMLDetailsElement>('search-filter-box');
const filterCount = $('search-filter-count');
const empty = $('search-empty');
const notice = $('search-notice');
$('search-needs-js').hidden = true;
filterToggle.hidden = false;

let pagefind: Promise<Pagefind> | undefined;
let names: Promise<NamesList> | undefined;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let chosen: Filters = {};

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    // Loads the filter index, so that every search also returns the count per filter value.
    await pf.filters();
    return pf;
  })();
  names ??= fetch('/search/names.json').then(
    (r) => (r.ok ? r.json() : { entities: [], storylines: [] }),
    () => ({ entities: [], storylines: [] }),
  );
  return pagefind;
}

/** An element with text children and attributes: nothing a result holds is ever parsed as HTML, but Pagefind's marked excerpt. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is escaped text with <mark> around the matched words; anything else it holds is dropped. */
function excerptNode(excerpt: string): HTMLElement {
  const p = el('p', { class: 'excerpt' });
  for (const [i, part] of excerpt.split(/<\/?mark>/).entries()) {
    const text = new DOMParser().parseFromString(part, 'text/html').body.textContent ?? '';
    p.append(i % 2 ? el('mark', {}, text) : text);
  }
  return p;
}

function readUrl() {
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  chosen = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.getAll(key)]));
}

function urlFor(query: string, filters: Filters, order: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (order) params.set('sort', order);
  for (const key of FILTER_KEYS) for (const v of filters[key] ?? []) params.append(key, v);
  const text = params.toString();
  return text ? `?${text}` : location.pathname;
}

/** Typing replaces the history entry; a filter, a sort, a suggestion or Enter adds one, so Back undoes it. */
function writeUrl(push: boolean) {
  const url = urlFor(input.value, chosen, sort.value);
  if (url === `${location.search}` || (url === location.pathname && !location.search)) return;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function filterLabel(key: FilterKey, value: string, list: NamesList): string {
  if (key === 'kind') return KIND_VALUE_LABELS[value] ?? value;
  if (key === 'entity') return list.entities.find((r) => r[0] === value)?.[1] ?? value;
  if (key === 'storyline') return list.storylines.find((s) => s[0] === value)?.[1] ?? value;
  return value;
}

function renderFilters(counts: SearchOutcome['counts'], list: NamesList) {
  // A keyboard user toggling a filter keeps focus on it although the list is drawn anew.
  const focused = filterBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
  filterBox.replaceChildren(
    ...FILTER_KEYS.flatMap((key) => {
      const values = Object.entries(counts[key] ?? {})
        .filter(([v, n]) => n > 0 || chosen[key]?.includes(v))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (!values.length) return [];
      const set = el('fieldset', {}, el('legend', {}, FILTER_LABELS[key]));
      for (const [value, count] of values) {
        const box = el('input', { type: 'checkbox', name: key, value });
        box.checked = chosen[key]?.includes(value) ?? false;
        set.append(el('label', {}, box, ` ${filterLabel(key, value, list)} `, el('span', { class: 'count' }, `(${count})`)));
      }
      return [set];
    }),
  );
  const active = FILTER_KEYS.reduce((n, key) => n + (chosen[key]?.length ?? 0), 0);
  filterCount.textContent = active ? ` (${active})` : '';
  if (focused) {
    [...filterBox.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === focused.name && b.value === focused.value)?.focus();
  }
}

function renderEntity(named: SearchOutcome['named'][number] | undefined, url: string, d: PagefindData): HTMLElement {
  const row = named?.row;
  const id = row?.[0] ?? d.filters.entity?.[0] ?? '';
  const card = el('section', { class: 'entity-card', 'aria-label': `${row?.[1] ?? d.meta.title}: entity` });
  card.append(
    el(
      'p',
      { class: 'entity-card-name' },
      el('a', { href: url }, row?.[1] ?? d.meta.title ?? url),
      ' ',
      el('span', { class: 'tag' }, d.meta.kind ?? ''),
    ),
  );
  if (named && nameDiffers(named.alias, named.row[1])) card.append(el('p', { class: 'matched' }, `${named.alias} → ${named.row[1]}`));
  if (d.meta.summary) card.append(el('p', { class: 'summary' }, d.meta.summary));
  const count = Number(d.meta.articles ?? row?.[4] ?? 0);
  card.append(
    el(
      'p',
      { class: 'entity-card-links' },
      el('a', { href: entityUrl(id) }, `${count} ${count === 1 ? 'article' : 'articles'} on its page`),
      ' · ',
      el('a', { href: entityFeedUrl(id) }, 'RSS feed'),
    ),
  );
  return el('li', { class: 'search-result search-entity' }, card);
}

const nameDiffers = (a: string, b: string) => a.normalize('NFKC').toLocaleLowerCase('en') !== b.normalize('NFKC').toLocaleLowerCase('en');

function renderResult(url: string, d: PagefindData): HTMLLIElement {
  const meta = el('p', { class: 'meta' });
  if (d.meta.datetime) meta.append(el('time', { datetime: d.meta.datetime }, d.meta.date ?? ''), ' · ');
  meta.append(el('span', { class: 'tag' }, d.meta.kind ?? ''));
  if (d.meta.outlets) meta.append(` · ${d.meta.outlets}`);
  return el(
    'li',
    { class: 'search-result' },
    el('a', { class: 'entry-title', href: url }, d.meta.title ?? url),
    meta,
    excerptNode(d.excerpt),
  );
}

function renderNotices(list: NamesList, suggested: string | undefined) {
  notice.replaceChildren();
  if (suggested) {
    const link = el('a', { href: searchUrl(suggested), 'data-suggestion': suggested }, suggested);
    notice.append(el('p', { class: 'suggestion' }, 'Did you mean ', link, '?'));
  }
  const unknown = unknownFilters(chosen, { storylines: list.storylines.map((s) => s[0]), entities: list.entities.map((r) => r[0]) });
  for (const [key, value] of unknown) {
    const rest: Filters = { ...chosen, [key]: chosen[key]!.filter((v) => v !== value) };
    const clear = el('a', { href: urlFor(input.value, rest, sort.value), 'data-clear': `${key}:${value}` }, 'remove this filter');
    notice.append(
      el(
        'p',
        { class: 'unknown-filter' },
        `There is no ${FILTER_LABELS[key].toLowerCase()} “${value}” on this site, so it was left out: `,
        clear,
        '.',
      ),
    );
  }
}

async function run(push = false) {
  const query = input.value.trim();
  const mine = ++generation;
  writeUrl(push);
  if (!query) {
    for (const node of [list, cards, filterBox, notice]) node.replaceChildren();
    empty.hidden = true;
    status.textContent = '';
    return;
  }
  let pf: Pagefind;
  try {
    pf = await load();
  } catch {
    status.textContent = 'The search index is missing: build the site with npm run build.';
    return;
  }
  const nameList = await names!;
  const known = unknownFilters(chosen, { storylines: nameList.storylines.map((s) => s[0]), entities: nameList.entities.map((r) => r[0]) });
  const usable: Filters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, (chosen[k] ?? []).filter((v) => !known.some(([kk, vv]) => kk === k && vv === v))]),
  );
  const outcome = await runSearch(pf, nameList.entities, { query, filters: usable, sort: sort.value === 'date' ? 'date' : undefined });
  if (mine !== generation) return;

  const shown = outcome.hits.slice(0, PAGE);
  const data = await Promise.all(shown.map(({ hit }) => hit.data()));
  const suggested = await nearMiss(pf, nameList.entities, { query, filters: usable }, data);
  if (mine !== generation) return;

  const path = (d: PagefindData) => new URL(d.url, location.href).pathname;
  cards.replaceChildren(
    ...shown.flatMap(({ group }, i) => (group === 'entity' ? [renderEntity(outcome.named[i], path(data[i]!), data[i]!)] : [])),
  );
  list.replaceChildren(...shown.flatMap(({ group }, i) => (group === 'entity' ? [] : [renderResult(path(data[i]!), data[i]!)])));
  renderFilters(outcome.counts, nameList);
  renderNotices(nameList, suggested);
  const total = outcome.hits.length;
  status.textContent = `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > PAGE ? `, showing the first ${PAGE}` : ''}.`;
  empty.hidden = total > 0;
}

function soon() {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), DEBOUNCE_MS);
  // Fetch the index chunks for the words typed so far while the reader is still typing.
  // The words Pagefind will be asked for, aliases already replaced, once the names list is in.
  const query = input.value.trim();
  if (query)
    void load().then(
      async (pf) => {
        // Half a name ("КАМ") would fetch chunks the whole one ("КАМАЗ" → KAMAZ) does not need.
        const rows = (await names!).entities;
        if (!startsAName(query, rows)) await pf.preload(expandedQuery(query, rows));
      },
      () => undefined,
    );
}

input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
input.addEventListener('input', soon);
input.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !input.value) return;
  event.preventDefault();
  input.value = '';
  clearTimeout(timer);
  void run(true);
});
sort.addEventListener('change', () => void run(true));
filterBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const key = box.name as FilterKey;
  const values = new Set(chosen[key] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  chosen = { ...chosen, [key]: [...values] };
  void run(true);
});
notice.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-suggestion], a[data-clear]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  if (link.dataset.suggestion) input.value = link.dataset.suggestion;
  else {
    const [key, value] = link.dataset.clear!.split(/:(.*)/s) as [FilterKey, string];
    chosen = { ...chosen, [key]: (chosen[key] ?? []).filter((v) => v !== value) };
  }
  void run(true);
  input.focus();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run(true);
});
addEventListener('popstate', () => {
  readUrl();
  void run();
});
// The filters sit in the side column on a wide screen and behind "Filter (n)" on a phone.
const wide = matchMedia('(min-width: 68.75rem)');
const openOnWide = () => (filterToggle.open = wide.matches);
wide.addEventListener('change', openOnWide);
openOnWide();

readUrl();
if (input.value) void run();
