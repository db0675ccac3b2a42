/**
 * The search page, on Pagefind's JS API: results as the reader types
 * (debounced), entity first, filters with counts, sort, all kept in the URL so
 * a search can be shared and reloaded. Pagefind itself loads only when the
 * reader focuses the box or arrives with a query.
 */
import { closestNames, exactEntity, SEARCH_RANKING, type NameRow } from '../lib/search-rank.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: object): Promise<PagefindResponse | null>;
  preload(q: string): Promise<void>;
}

const FILTERS = ['kind', 'storyline', 'entity', 'year'] as const;
const FILTER_LABELS: Record<(typeof FILTERS)[number], string> = { kind: 'Kind', storyline: 'Storyline', entity: 'Names', year: 'Year' };
/** Results shown: each needs its own small fragment file, so fewer means a faster first answer. */
const PAGE = 10;
const DEBOUNCE_MS = 100;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sort = $<HTMLSelectElement>('search-sort');
const status = $('search-status');
const list = $<HTMLOListElement>('search-results');
const filterBox = $('search-filters');
const empty = $('search-empty');
const suggestions = $('search-suggestions');
$('search-needs-js').hidden = true;

let pagefind: Promise<Pagefind> | undefined;
let names: Promise<NameRow[]> | undefined;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let chosen = new Map<string, Set<string>>();

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options({ ranking: SEARCH_RANKING });
    await pf.init();
    // Loads the filter index, so that every search also returns the count per filter value.
    await pf.filters();
    return pf;
  })();
  names ??= fetch('/search/names.json').then(
    (r) => (r.ok ? r.json() : []),
    () => [],
  );
  return pagefind;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

function readUrl() {
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  chosen = new Map(FILTERS.map((f) => [f, new Set(params.getAll(f))]));
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  if (sort.value) params.set('sort', sort.value);
  for (const [f, values] of chosen) for (const v of values) params.append(f, v);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function renderFilters(counts: PagefindResponse['filters']) {
  // A keyboard user toggling a filter keeps focus on it although the list is drawn anew.
  const focused = filterBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
  filterBox.replaceChildren(
    ...FILTERS.flatMap((f) => {
      const values = Object.entries(counts[f] ?? {})
        .filter(([v, n]) => n > 0 || chosen.get(f)!.has(v))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (!values.length) return [];
      const set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[f];
      set.append(legend);
      for (const [value, count] of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = f;
        box.value = value;
        box.checked = chosen.get(f)!.has(value);
        const n = document.createElement('span');
        n.className = 'count';
        n.textContent = `(${count})`;
        label.append(box, ` ${value} `, n);
        set.append(label);
      }
      return [set];
    }),
  );
  if (focused) {
    [...filterBox.querySelectorAll<HTMLInputElement>('input')]
      .find((box) => box.name === focused.name && box.value === focused.value)
      ?.focus();
  }
}

function renderResult(url: string, d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const date = d.meta.datetime ? ` · <time datetime="${escapeHtml(d.meta.datetime)}">${escapeHtml(d.meta.date ?? '')}</time>` : '';
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  li.innerHTML = `<a class="entry-title" href="${escapeHtml(url)}">${escapeHtml(d.meta.title ?? url)}</a><p class="meta"><span class="tag">${escapeHtml(d.meta.kind ?? '')}</span>${date}</p><p class="excerpt">${d.excerpt}</p>`;
  return li;
}

async function run() {
  const query = input.value.trim();
  const mine = ++generation;
  writeUrl();
  if (!query) {
    list.replaceChildren();
    filterBox.replaceChildren();
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
  const filters = Object.fromEntries([...chosen].filter(([, v]) => v.size).map(([f, v]) => [f, { any: [...v] }]));
  const rows = await names!;
  // Entity first: an exact name or alias pins that entity's page on top (when no filter or sort is chosen).
  const exact = sort.value || Object.keys(filters).length ? undefined : exactEntity(query, rows);
  const [response, pinned] = await Promise.all([
    pf.search(query, { filters, ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}) }),
    exact ? pf.search(query, { filters: { kind: 'Entity', entity: exact[1] } }) : null,
  ]);
  if (mine !== generation || !response) return;
  const data = await Promise.all([...(pinned?.results.slice(0, 1) ?? []), ...response.results.slice(0, PAGE)].map((r) => r.data()));
  if (mine !== generation) return;
  const byUrl = new Map(data.map((d) => [new URL(d.url, location.href).pathname, d]));

  list.replaceChildren(...[...byUrl].slice(0, PAGE).map(([url, d]) => renderResult(url, d)));
  renderFilters(response.filters);
  const total = response.results.length;
  status.textContent = `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > PAGE ? `, showing the first ${PAGE}` : ''}.`;
  empty.hidden = total > 0;
  suggestions.replaceChildren();
  if (!total) {
    const near = closestNames(query, rows);
    if (near.length) {
      suggestions.innerHTML = `<p>Closest names:</p><ul>${near.map(([url, name, kind]) => `<li><a href="${escapeHtml(url)}">${escapeHtml(name)}</a> <span class="meta">${escapeHtml(kind)}</span></li>`).join('')}</ul>`;
    }
  }
}

function soon() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
  // Fetch the index chunks for the words typed so far while the reader is still typing.
  const query = input.value.trim();
  if (query)
    void load().then(
      (pf) => pf.preload(query),
      () => undefined,
    );
}

input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
input.addEventListener('input', soon);
sort.addEventListener('change', () => void run());
filterBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const set = chosen.get(box.name)!;
  if (box.checked) set.add(box.value);
  else set.delete(box.value);
  void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});
addEventListener('popstate', () => {
  readUrl();
  void run();
});

readUrl();
if (input.value) void run();
