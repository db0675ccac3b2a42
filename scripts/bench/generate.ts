/**
 * Writes a synthetic tracker under the current content schema (src/schemas): N articles, one
 * entity per 20 articles (at least 60, every kind, Latin and Cyrillic aliases unique under
 * nameKey), 10 storylines, 30 deals whose status changes are recorded in articles, measures,
 * figures and events (an event id means one happening wherever it is reported). Bodies name
 * entities, so the entity-link plugin does real work. Seeded: the same options write the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';
import { nameKey } from '../../src/core/name-key.ts';
import { formatPartialDate, MONTH_NAMES } from '../../src/core/partial-date.ts';
import { createAliasMatcher } from '../../src/lib/alias-matcher.ts';
import { OUTLET_TYPES, type DealStatus, type EntityKind, type FigureBasis, type Relation } from '../../src/schemas/index.ts';
import { createRng, type Rng } from './prng.ts';
import * as V from './vocabulary.ts';

export interface GeneratedStats {
  articles: number;
  reports: number;
  briefs: number;
  entities: number;
  measures: number;
  storylines: number;
  deals: number;
  dealChanges: number;
  figures: number;
  /** Events as listed in articles (one row each in /data/events.csv), and distinct happenings. */
  events: number;
  distinctEvents: number;
  words: number;
  mentions: number;
  /** Former slugs: each is a redirect page under /articles/. */
  formerSlugs: number;
  /** Articles whose body has Cyrillic text. */
  cyrillic: number;
  /** Search queries for the budget: the most named company, its Cyrillic spelling, an ordinary word. */
  queries: string[];
}

// ---------------------------------------------------------------- dates and names

const WINDOW_START = Date.UTC(2005, 6, 1);
const WINDOW_DAYS = Math.round((Date.UTC(2025, 5, 30) - WINDOW_START) / 86_400_000);
type Precision = 'day' | 'month' | 'year';

function formatDay(day: number, precision: Precision): string {
  const iso = new Date(WINDOW_START + Math.max(0, Math.min(WINDOW_DAYS, day)) * 86_400_000).toISOString();
  return iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

export function slugify(text: string, maxWords = 9): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.filter(Boolean).slice(0, maxWords).join('-');
}

const CYR_PAIRS = 'shch:щ zh:ж kh:х ts:ц ch:ч sh:ш yu:ю ya:я yo:ё ye:е a:а b:б c:к d:д e:е f:ф g:г h:х i:и j:дж k:к l:л m:м n:н o:о'
  .concat(' p:п q:к r:р s:с t:т u:у v:в w:в x:кс y:ы z:з')
  .split(' ')
  .map((pair) => pair.split(':') as [string, string]);

/** A rough Latin-to-Cyrillic transliteration ("Volzhsky Motors" → "Волжскы Моторс"), good enough for aliases. */
export function toCyrillic(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    let out = '';
    for (let i = 0; i < word.length;) {
      const rest = word.slice(i).toLowerCase();
      const [latin, cyr] = CYR_PAIRS.find(([l]) => rest.startsWith(l)) ?? [rest[0]!, rest[0]!];
      out += latin === 'y' && /[aeiou]/i.test(word[i - 1] ?? '') ? 'й' : cyr;
      i += latin.length;
    }
    return word[0] === word[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
  });
}

// ---------------------------------------------------------------- entities

type Origin = 'ru' | 'cn' | 'intl';

interface Ent {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  origin: Origin;
  weight: number;
  country?: string;
  role?: string;
  affiliation?: string;
  outletType?: string;
  domain?: string;
  relations: { entity: string; relation: Relation; from?: string; to?: string }[];
  place?: Ent;
  plant?: Ent;
  brand?: Ent;
  model?: Ent;
}

const KIND_SHARES: [EntityKind, number][] = [
  ['media', 0.14],
  ['brand', 0.07],
  ['government', 0.07],
  ['person', 0.22],
  ['plant', 0.08],
  ['model', 0.08],
  ['place', 0.06],
  ['event', 0.02],
];

/** Every entity, with each spelling claimed by one entity only (compared by nameKey, as the content check does). */
class Registry {
  readonly all: Ent[] = [];
  private owners = new Map<string, string>();
  constructor(readonly rng: Rng) {}

  private claim(id: string, spelling: string): boolean {
    const key = nameKey(spelling);
    const owner = this.owners.get(key);
    if (owner !== undefined) return owner === id;
    if (!key || (!key.includes(' ') && V.COMMON_WORDS.has(key))) return false;
    this.owners.set(key, id);
    return true;
  }

  add(kind: EntityKind, origin: Origin, name: string, aliases: string[], extra: Partial<Ent> = {}): Ent | undefined {
    if (this.owners.has(nameKey(name))) return undefined;
    let id = slugify(name, 8);
    for (let i = 2; this.all.some((e) => e.id === id); i++) id = `${slugify(name, 8)}-${i}`;
    if (!this.claim(id, name)) return undefined;
    const kept = aliases.filter((a) => a !== name && this.claim(id, a));
    const ent: Ent = { id, name, kind, aliases: [...new Set(kept)], origin, weight: 1, relations: [], ...extra };
    this.all.push(ent);
    return ent;
  }

  /** Calls `make` until it has added `n` entities or has tried long enough. */
  some(n: number, make: () => Ent | undefined): void {
    for (let made = 0, tries = 0; made < n && tries < n * 50; tries++) if (make()) made++;
  }

  of(kind: EntityKind, origin?: Origin): Ent[] {
    const list = this.all.filter((e) => e.kind === kind);
    const local = list.filter((e) => e.origin === origin);
    return origin && local.length ? local : list;
  }
}

function addPlacesAndBodies(r: Registry, counts: Record<EntityKind, number>): void {
  const cities = [...V.RU_CITIES.map((c) => [c, 'ru'] as const), ...V.CN_CITIES.map((c) => [c, 'cn'] as const)];
  for (const [city, origin] of r.rng.sample(cities, counts.place)) {
    r.add('place', origin, city, [toCyrillic(city)], { country: origin === 'ru' ? 'RU' : 'CN' });
  }
  const bodies: [string, string[], Origin][] = [
    ...V.GOVERNMENT_BODIES.map(([name, aliases], i): [string, string[], Origin] => [name, aliases, i >= 7 ? 'cn' : 'ru']),
    ...V.RU_REGIONS.map((x): [string, string[], Origin] => [`${x} Government`, [`Правительство ${toCyrillic(x)}`], 'ru']),
    ...V.CN_PROVINCES.map((x): [string, string[], Origin] => [`${x} Provincial Government`, [`Government of ${x}`], 'cn']),
  ];
  for (const [name, aliases, origin] of bodies.slice(0, counts.government)) {
    r.add('government', origin, name, aliases, { country: origin === 'cn' ? 'CN' : 'RU' });
  }
  r.some(counts.media, () => {
    const name = `${r.rng.pick(V.MEDIA_PREFIXES)} ${r.rng.pick(V.MEDIA_SUFFIXES)}`;
    const origin = r.rng.weighted<Origin>(['ru', 'intl', 'cn'], [0.6, 0.2, 0.2]);
    const domain = `${slugify(name).replace(/-/g, '')}.${{ ru: 'ru', cn: 'cn', intl: 'com' }[origin]}`;
    const country = { ru: 'RU', cn: 'HK', intl: r.rng.pick(['GB', 'US', 'KZ', 'DE']) }[origin];
    return r.add('media', origin, name, [toCyrillic(name)], { domain, country, outletType: r.rng.pick(OUTLET_TYPES) });
  });
}

function addCompanies(r: Registry, count: number): void {
  r.some(count, () => {
    if (r.rng.chance(0.55)) {
      const [root, suffix] = [r.rng.pick(V.RU_ROOTS), r.rng.pick(Object.keys(V.RU_SUFFIXES))];
      const name = `${root} ${suffix}`;
      const initials = name.replace(/[^A-Z]/g, '') + r.rng.int(1, 9);
      const aliases = [`${toCyrillic(root)} ${V.RU_SUFFIXES[suffix]}`, `PAO ${name}`, initials];
      return r.add('company', 'ru', name, aliases, { country: 'RU', place: r.rng.pick(r.of('place', 'ru')) });
    }
    const stem = `${r.rng.pick(V.CN_SYLLABLES)}${r.rng.pick(V.CN_SYLLABLES).toLowerCase()}`;
    const name = `${stem} ${r.rng.pick(V.CN_SUFFIXES)}`;
    const aliases = [`${r.rng.pick(V.CN_PROVINCES)} ${name}`, `${stem} Group`, toCyrillic(stem)];
    return r.add('company', 'cn', name, aliases, { country: 'CN', place: r.rng.pick(r.of('place', 'cn')) });
  });
  const companies = r.of('company');
  // Partners and parents, declared on one side; a company is only ever the subsidiary of an earlier one (no ownership cycles).
  companies.forEach((company, i) => {
    if (company.place) company.relations.push({ entity: company.place.id, relation: 'located-in' });
    if (i === 0 || !r.rng.chance(0.3)) return;
    const other = companies[r.rng.int(0, i - 1)]!;
    const relation = other.origin !== company.origin ? 'partner-of' : r.rng.pick(['subsidiary-of', 'supplier-to', 'partner-of'] as const);
    company.relations.push({ entity: other.id, relation, from: formatDay(r.rng.int(0, WINDOW_DAYS), 'month') });
  });
}

function addProducts(r: Registry, counts: Record<EntityKind, number>): void {
  const { rng } = r;
  const companies = r.of('company');
  r.some(counts.brand, () => {
    const owner = rng.pick(companies);
    const name =
      owner.origin === 'cn'
        ? `${rng.pick(V.CN_SYLLABLES)}${rng.pick(V.CN_SYLLABLES).toLowerCase()}`
        : rng.pick(V.RU_ROOTS).replace(/(sky|skoy|y|a)$/, '') + 'a';
    const brand = r.add('brand', owner.origin, name, [toCyrillic(name)], { country: owner.country });
    brand?.relations.push({ entity: owner.id, relation: 'brand-of', from: formatDay(rng.int(0, WINDOW_DAYS / 2), 'year') });
    if (brand) owner.brand ??= brand;
    return brand;
  });
  r.some(counts.plant, () => {
    const owner = rng.pick(companies);
    const place = owner.place ?? rng.pick(r.of('place'));
    const name = `${place.name} ${rng.pick(['Assembly Plant', 'Car Plant', 'Truck Plant', 'Bus Plant', 'Engine Plant'])}`;
    const aliases = [`${place.name} plant`, `завод в ${toCyrillic(place.name)}`, `${owner.name} plant in ${place.name}`];
    const plant = r.add('plant', owner.origin, name, aliases, { country: place.country, place });
    plant?.relations.push({ entity: place.id, relation: 'located-in' });
    plant?.relations.push({ entity: owner.id, relation: 'owned-by', from: formatDay(rng.int(0, WINDOW_DAYS), 'month') });
    if (plant) owner.plant ??= plant;
    return plant;
  });
  r.some(counts.model, () => {
    const owner = rng.pick(companies);
    const badge = owner.brand ?? owner;
    const name = `${badge.name.split(' ')[0]} ${rng.pick(V.MODEL_CODES)}`;
    const model = r.add('model', owner.origin, name, [toCyrillic(name)], { country: owner.country });
    model?.relations.push({ entity: badge.id, relation: 'model-of' });
    if (model && owner.plant) model.relations.push({ entity: owner.plant.id, relation: 'made-at' });
    if (model) owner.model ??= model;
    return model;
  });
}

function addPeopleAndEvents(r: Registry, counts: Record<EntityKind, number>): void {
  const { rng } = r;
  r.some(counts.person, () => {
    const kind = rng.weighted<EntityKind>(['company', 'government', 'media'], [0.7, 0.2, 0.1]);
    const org = rng.pick(r.of(kind));
    const roles = kind === 'government' ? V.GOV_ROLES : kind === 'media' ? ['Editor at {org}'] : V.PERSON_ROLES;
    const extra = { affiliation: org.id, role: rng.pick(roles).replace('{org}', org.name), country: org.country ?? 'RU' };
    if (org.origin === 'cn') {
      const name = `${rng.pick(V.CN_SURNAMES)} ${rng.pick(V.CN_GIVEN)}`;
      return r.add('person', 'cn', name, [toCyrillic(name), `Mr ${name}`], extra);
    }
    const female = rng.chance(0.25);
    const surname = rng.pick(V.RU_SURNAMES) + (female ? 'a' : '');
    const name = `${rng.pick(female ? V.RU_FIRST_F : V.RU_FIRST_M)} ${surname}`;
    return r.add('person', org.origin, name, [toCyrillic(name), surname, toCyrillic(surname)], extra);
  });
  r.some(counts.event, () => {
    const place = rng.pick(r.of('place'));
    const year = String(rng.int(2006, 2024));
    const name = `${place.name} ${rng.pick(V.EVENT_NAMES)} ${year}`;
    const event = r.add('event', place.origin, name, [toCyrillic(name)], { country: place.country });
    event?.relations.push({ entity: place.id, relation: 'located-in', from: year, to: year });
    return event;
  });
}

function makeEntities(rng: Rng, total: number): Ent[] {
  const counts = Object.fromEntries(KIND_SHARES.map(([k, s]) => [k, Math.max(2, Math.round(total * s))])) as Record<EntityKind, number>;
  counts.place = Math.min(counts.place, V.RU_CITIES.length + V.CN_CITIES.length);
  counts.government = Math.min(counts.government, V.GOVERNMENT_BODIES.length + V.RU_REGIONS.length + V.CN_PROVINCES.length);
  counts.company = total - Object.values(counts).reduce((a, b) => a + b, 0);
  const r = new Registry(rng);
  addPlacesAndBodies(r, counts);
  addCompanies(r, counts.company);
  addProducts(r, counts);
  addPeopleAndEvents(r, counts);
  // Popularity: a few entities of each kind appear in many articles, most in a few (Zipf-like).
  for (const [kind] of [...KIND_SHARES, ['company']] as [EntityKind][]) {
    rng.shuffle(r.of(kind)).forEach((e, rank) => (e.weight = 1 / (rank + 1) ** 0.8));
  }
  return r.all;
}

function entityFile(e: Ent, rng: Rng): { data: Record<string, unknown>; body: string } {
  const where = e.place?.name ?? (e.country === 'CN' ? 'China' : 'Russia');
  const summary = {
    company: `Maker of ${rng.pick(V.PRODUCTS)}, based in ${where}.`,
    brand: `Car brand used on ${rng.pick(V.PRODUCTS)}.`,
    government: 'Government body whose rules and support shape the car industry.',
    person: `${e.role}, quoted in reports on ${rng.pick(V.TOPICS)}.`,
    media: 'Outlet covering the car industry and business.',
    plant: `Plant in ${where} that builds ${rng.pick(V.PRODUCTS)}.`,
    model: `Model sold as one of the ${rng.pick(V.PRODUCTS)} of its maker.`,
    place: 'City with car and parts plants.',
    event: 'Industry gathering where carmakers and officials announce deals.',
  }[e.kind];
  const data = { name: e.name, kind: e.kind, aliases: e.aliases, summary, country: e.country, role: e.role };
  const extra = { affiliation: e.affiliation, relations: e.relations, outletType: e.outletType };
  return { data: { ...data, ...extra }, body: `${summary} Its entries in the tracker are listed below, newest first.` };
}

// ---------------------------------------------------------------- deals

interface Deal {
  id: string;
  title: string;
  parties: Ent[];
  storyline: string;
  summary: string;
  steps: { status: DealStatus; day: number }[];
}

function dealSteps(rng: Rng): DealStatus[] {
  if (rng.chance(0.1)) return ['reported', 'denied'];
  if (rng.chance(0.2)) return ['reported', 'in-talks', rng.pick(['stalled', 'abandoned'] as const)];
  const tail: DealStatus[] = rng.chance(0.65) ? ['production'] : ['stalled'];
  return ['reported', 'in-talks', 'agreement', ...tail, ...(rng.chance(0.15) ? ['abandoned' as const] : [])];
}

function makeDeals(rng: Rng, entities: Ent[], storylines: string[], count: number): Deal[] {
  const ru = entities.filter((e) => e.kind === 'company' && e.origin === 'ru');
  const cn = entities.filter((e) => e.kind === 'company' && e.origin === 'cn');
  const deals = new Map<string, Deal>();
  for (let tries = 0; deals.size < count && tries < count * 20; tries++) {
    const a = rng.weighted(
      ru,
      ru.map((e) => e.weight),
    );
    const b = rng.weighted(
      cn,
      cn.map((e) => e.weight),
    );
    const [what, key] = rng.pick([
      [`assembling ${rng.pick(V.PRODUCTS)}`, 'assembly'],
      [`a joint plant in ${(a.place ?? b.place)!.name}`, 'joint-plant'],
      [`supplying ${rng.pick(V.COMPONENTS)}`, 'supply'],
      ['electric vehicles', 'ev'],
    ]);
    const id = `${a.id.split('-')[0]}-${b.id.split('-')[0]}-${key}`;
    if (deals.has(id)) continue;
    let day = rng.int(0, WINDOW_DAYS - 730);
    const steps = dealSteps(rng).map((status) => ({ status, day: (day = Math.min(WINDOW_DAYS, day + rng.int(30, 300))) }));
    const parties = [a, b, ...(a.plant && rng.chance(0.3) ? [a.plant] : [])];
    const summary = `A plan by ${a.name} and ${b.name} for ${what}, followed from the first report to the latest status.`;
    deals.set(id, { id, title: `${a.name} and ${b.name}: ${what}`, parties, storyline: rng.pick(storylines), summary, steps });
  }
  return [...deals.values()];
}

// ---------------------------------------------------------------- text

type Cast = Record<'A' | 'B' | 'CN' | 'P' | 'O' | 'O2' | 'G' | 'PL' | 'M' | 'BR' | 'PLACE' | 'CNPLACE' | 'EV', Ent> & {
  day: number;
  precision: Precision;
};

/** Slots filled with a word of a list; `{x2}` is another pick for `{x}`. */
const WORD_SLOTS: Record<string, readonly string[]> = {
  product: V.PRODUCT_SINGULAR,
  products: V.PRODUCTS,
  components: V.COMPONENTS,
  process: V.PROCESSES,
  quarter: V.QUARTERS,
  said: V.SAID,
  topic: V.TOPICS,
  support: V.SUPPORT,
  stage: V.STAGES,
  mood: V.MOODS,
  up: V.UP,
  down: V.DOWN,
  verb: V.VERBS,
  dealNoun: V.DEAL_NOUNS,
  fee: V.FEES,
  month: MONTH_NAMES,
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

class Writer {
  private people = new Map<string, Ent[]>();
  constructor(
    private rng: Rng,
    private byKind: Map<EntityKind, Ent[]>,
  ) {
    for (const p of byKind.get('person') ?? []) this.people.set(p.affiliation!, [...(this.people.get(p.affiliation!) ?? []), p]);
  }

  pick(kind: EntityKind, filter: (e: Ent) => boolean = () => true): Ent {
    const all = this.byKind.get(kind)!;
    const some = all.filter(filter);
    const pool = some.length ? some : all;
    return this.rng.weighted(
      pool,
      pool.map((e) => e.weight),
    );
  }

  cast(day: number, precision: Precision, parties?: Ent[]): Cast {
    const A = parties?.[0] ?? this.pick('company');
    const B = parties?.[1] ?? this.pick('company', (e) => e !== A && e.origin !== A.origin);
    const staff = [...(this.people.get(A.id) ?? []), ...(this.people.get(B.id) ?? [])];
    const PL = parties?.find((p) => p.kind === 'plant') ?? A.plant ?? B.plant ?? this.pick('plant');
    const O = this.pick('media');
    return {
      ...{ A, B, PL, O, day, precision },
      O2: this.pick('media', (e) => e !== O),
      G: this.pick('government'),
      EV: this.pick('event'),
      CN: B.origin === 'cn' ? B : this.pick('company', (e) => e.origin === 'cn'),
      P: staff.length && this.rng.chance(0.7) ? this.rng.pick(staff) : this.pick('person'),
      M: A.model ?? B.model ?? this.pick('model'),
      BR: A.brand ?? B.brand ?? this.pick('brand'),
      PLACE: PL.place ?? A.place ?? this.pick('place', (e) => e.origin === 'ru'),
      CNPLACE: this.pick('place', (e) => e.origin === 'cn'),
    };
  }

  /** How the text names an entity: mostly its name, sometimes a Latin alias, rarely a Cyrillic one. */
  mention(e: Ent): string {
    const r = this.rng.next();
    const cyrillic = e.aliases.filter((a) => /[\u0400-\u04ff]/.test(a));
    const latin = e.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a) && !a.includes('.'));
    if (r < 0.005 && cyrillic.length) return this.rng.pick(cyrillic);
    if (r < 0.185 && latin.length) return this.rng.pick(latin);
    return e.name;
  }

  fill(template: string, cast: Cast, plainNames = false): string {
    const { rng } = this;
    const year = Number(formatDay(cast.day, 'year'));
    const slots: Record<string, () => string> = {
      role: () => cast.P.role![0]!.toLowerCase() + cast.P.role!.slice(1),
      CYR: () => cast.A.aliases.find((a) => /[\u0400-\u04ff]/.test(a)) ?? cast.A.name,
      qty: () => `${(rng.pick([5, 10, 20, 30, 50, 80, 100, 150, 200]) * 1000).toLocaleString('en-US')} ${rng.pick(V.PRODUCTS)}`,
      money: () => `${rng.int(2, 95)} ${rng.pick(['billion roubles', 'million US dollars', 'billion yuan'])}`,
      num: () => (rng.int(2, 400) * 10).toLocaleString('en-US'),
      small: () => String(rng.int(2, 6)),
      pct: () => `${rng.int(3, 60)} percent`,
      price: () => `${(rng.int(9, 45) * 100_000).toLocaleString('en-US')} roubles`,
      year: () => String(Math.min(2025, year + rng.int(0, 3))),
      yearEarly: () => String(rng.int(1995, year - 1)),
      date: () => formatPartialDate(formatDay(cast.day, cast.precision)),
      component: () => rng.pick(V.COMPONENTS).replace(/s$/, ''),
    };
    const out = template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const entity = (cast as unknown as Record<string, Ent | undefined>)[key];
      if (entity?.id) return plainNames || ['M', 'BR', 'EV'].includes(key) ? entity.name : this.mention(entity);
      const base = key.replace(/2$/, '');
      if (WORD_SLOTS[base]) return rng.pick(WORD_SLOTS[base]);
      if (!slots[base]) throw new Error(`Unknown slot {${key}} in "${template}"`);
      return slots[base]();
    });
    return out[0]!.toUpperCase() + out.slice(1);
  }

  sentence(cast: Cast, used: Set<number>): string {
    let i = this.rng.int(0, V.SENTENCES.length - 1);
    // The sentence quoting a Cyrillic name is rarer than the others, as Cyrillic is in the real content.
    for (let t = 0; (used.has(i) || (V.SENTENCES[i]!.includes('{CYR}') && this.rng.chance(0.7))) && t < 8; t++) {
      i = this.rng.int(0, V.SENTENCES.length - 1);
    }
    used.add(i);
    const s = this.fill(V.SENTENCES[i]!, cast);
    return this.rng.chance(0.12) ? `${this.rng.pick(V.CONNECTIVES)} ${s[0]!.toLowerCase()}${s.slice(1)}` : s;
  }

  /** A report of 250–500 words: paragraphs, sometimes a heading, a list or a quotation. */
  report(cast: Cast): string {
    const target = this.rng.int(250, 460);
    const used = new Set<number>();
    const blocks: string[] = [];
    let paragraph = [this.fill(this.rng.pick(V.BRIEF_OPENERS), cast)];
    let total = words(paragraph[0]!);
    let headings = this.rng.chance(0.7) ? this.rng.int(1, 2) : 0;
    const extras = { list: this.rng.chance(0.15), quote: this.rng.chance(0.12) };
    while (total < target) {
      const s = this.sentence(cast, used);
      paragraph.push(s);
      total += words(s);
      if (paragraph.length < this.rng.int(3, 5)) continue;
      blocks.push(paragraph.join(' '));
      paragraph = [];
      let extra: string | undefined;
      if (headings > 0 && total > target * 0.3 && total < target * 0.85) {
        headings--;
        extra = `## ${this.rng.pick(V.HEADINGS)}`;
      } else if (extras.list && total > target * 0.4) {
        extras.list = false;
        extra = Array.from({ length: this.rng.int(2, 4) }, () => `- ${this.fill(this.rng.pick(V.LIST_ITEMS), cast)}`).join('\n');
      } else if (extras.quote && total > target * 0.5) {
        extras.quote = false;
        extra = this.fill(V.QUOTE, cast);
      }
      if (extra) blocks.push(extra);
      total += extra ? words(extra) : 0;
    }
    if (paragraph.length) blocks.push(paragraph.join(' '));
    return blocks.join('\n\n');
  }

  /** A brief of about 100 words: one paragraph. */
  brief(cast: Cast): string {
    const target = this.rng.int(80, 105);
    const used = new Set<number>();
    const sentences = [this.fill(this.rng.pick(V.BRIEF_OPENERS), cast)];
    while (words(sentences.join(' ')) < target) sentences.push(this.sentence(cast, used));
    return sentences.join(' ');
  }
}

// ---------------------------------------------------------------- figures and events

interface Event {
  id: string;
  date: string;
  text: string;
  entities: string[];
}

interface MeasureKind {
  unit: string;
  name: (e: Ent) => string;
  bases: FigureBasis[];
  value: (rng: Rng) => number;
}

const MEASURES: Record<string, MeasureKind> = {
  'cars-built': { unit: 'cars', name: (e) => `Cars built at ${e.name}`, bases: ['result'], value: (r) => r.int(1, 300) * 1000 },
  capacity: { unit: 'cars a year', name: (e) => `Capacity of ${e.name}`, bases: ['capacity'], value: (r) => r.int(2, 40) * 10_000 },
  investment: { unit: 'roubles', name: (e) => `Investment in ${e.name}`, bases: ['plan', 'result'], value: (r) => r.int(1, 95) * 1e8 },
  jobs: { unit: 'jobs', name: (e) => `Jobs at ${e.name}`, bases: ['plan', 'result'], value: (r) => r.int(3, 60) * 100 },
  'cars-sold': {
    unit: 'cars',
    name: (e) => `${e.name} cars sold in Russia`,
    bases: ['result', 'forecast'],
    value: (r) => r.int(1, 200) * 500,
  },
  'local-share': { unit: 'percent', name: (e) => `Locally made parts at ${e.name}`, bases: ['plan', 'result'], value: (r) => r.int(5, 80) },
};

/** A period for a figure reported on `day`: results and capacities before it, plans and forecasts after it. */
function period(rng: Rng, basis: FigureBasis, day: number): string {
  const year = Number(formatDay(day, 'year'));
  if (basis === 'plan' || basis === 'forecast') return rng.chance(0.7) ? String(year + rng.int(1, 3)) : `${year + 1}-H${rng.int(1, 2)}`;
  if (basis === 'capacity') return formatDay(day, rng.chance(0.5) ? 'day' : 'month');
  const before = day - rng.int(30, 400);
  const past = Number(formatDay(before, 'year'));
  return rng.pick([
    String(past),
    `${past}-H${rng.int(1, 2)}`,
    `${past}-Q${rng.int(1, 4)}`,
    formatDay(before, 'month'),
    `${formatDay(before - rng.int(200, 700), 'month')}/${formatDay(before, 'month')}`,
  ]);
}

/** Figures and events shared across articles: one value per measure, basis and period; one date, text and entities per event id. */
class Facts {
  readonly measures = new Map<string, { name: string; unit: string }>();
  private values = new Map<string, number>();
  private events = new Map<string, Event>();
  private recent: Event[] = [];
  constructor(private rng: Rng) {}

  figures(cast: Cast, outlet: Ent): Record<string, unknown>[] {
    const { rng } = this;
    const options: [string, Ent][] = [
      ...(['cars-built', 'capacity', 'investment', 'jobs'].map((k) => [k, cast.PL]) as [string, Ent][]),
      ['cars-sold', cast.BR],
      ['cars-sold', cast.M],
      ['local-share', cast.A],
    ];
    return rng.sample(options, rng.int(1, 3)).map(([kind, entity]) => {
      const m = MEASURES[kind]!;
      const id = `${entity.id}-${kind}`;
      const name = m.name(entity).slice(0, 80).trim();
      this.measures.set(id, { name, unit: m.unit });
      const basis = rng.pick(m.bases);
      const when = period(rng, basis, cast.day);
      const key = `${id}|${basis}|${when}`;
      if (!this.values.has(key)) this.values.set(key, m.value(rng));
      const value = this.values.get(key)!;
      return { measure: id, label: `${name}, per ${outlet.name}`, value, unit: m.unit, basis, period: when, entity: entity.id };
    });
  }

  /** One or two events: a recent happening reported again, or a new one. */
  eventsFor(cast: Cast, writer: Writer): Event[] {
    const out: Event[] = [];
    for (let i = this.rng.int(1, 2); i > 0; i--) {
      const again = this.recent.length > 0 && this.rng.chance(0.3) ? this.rng.pick(this.recent) : undefined;
      const event = again ?? this.newEvent(cast, writer);
      if (!out.includes(event)) out.push(event);
    }
    return out;
  }

  private newEvent(cast: Cast, writer: Writer): Event {
    const text = writer.fill(this.rng.pick(V.EVENT_TEXTS), cast, true);
    const involved = [cast.A, cast.B, cast.PL, cast.G, cast.P].filter((e) => text.includes(e.name));
    const base = slugify(text, 6);
    let id = base;
    for (let n = 2; this.events.has(id); n++) id = `${base}-${n}`;
    const date = formatDay(cast.day - this.rng.int(0, 120), this.rng.chance(0.8) ? 'day' : 'month');
    const event = { id, date, text, entities: [...new Set(involved.map((e) => e.id))] };
    this.events.set(id, event);
    this.recent = [...this.recent.slice(-39), event];
    return event;
  }

  get distinctEvents(): number {
    return this.events.size;
  }
}

// ---------------------------------------------------------------- articles

function write(path: string, data: Record<string, unknown>, body: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // js-yaml refuses undefined; empty lists are the schema's defaults.
  const clean = JSON.parse(JSON.stringify(data), (_, v: unknown) => (Array.isArray(v) && v.length === 0 ? undefined : v));
  writeFileSync(path, matter.stringify(`${body.trim()}\n`, clean));
}

interface Skeleton {
  day: number;
  precision: Precision;
  kind: 'report' | 'brief';
  deals: { deal: Deal; status: DealStatus; day: number }[];
}

function skeletons(rng: Rng, n: number, deals: Deal[]): Skeleton[] {
  const list = Array.from({ length: n }, (): Skeleton => {
    const r = rng.next();
    const precision: Precision = r < 0.82 ? 'day' : r < 0.96 ? 'month' : 'year';
    return { day: rng.int(0, WINDOW_DAYS), precision, kind: rng.chance(0.65) ? 'report' : 'brief', deals: [] };
  }).sort((a, b) => a.day - b.day);
  // Every deal step is reported by the first free article on or after it; some others restate a deal's status.
  for (const deal of deals) {
    for (const step of deal.steps) {
      const i = list.findIndex((sk) => sk.day >= step.day && !sk.deals.length);
      if (i >= 0) list[i]!.deals.push({ deal, status: step.status, day: step.day });
    }
  }
  for (const sk of list) {
    const active = deals.filter((d) => d.steps[0]!.day <= sk.day && sk.day <= d.steps.at(-1)!.day + 365);
    if (sk.deals.length || !active.length || !rng.chance(0.12)) continue;
    const deal = rng.pick(active);
    sk.deals.push({ deal, status: deal.steps.filter((s) => s.day <= sk.day).at(-1)!.status, day: sk.day });
  }
  return list;
}

function sources(rng: Rng, writer: Writer, cast: Cast, media: Ent[], date: string): Record<string, unknown>[] {
  const outlets = [
    cast.O,
    ...rng.sample(
      media.filter((m) => m !== cast.O),
      rng.weighted([0, 1, 2], [0.6, 0.3, 0.1]),
    ),
  ];
  return outlets.map((outlet, i) => {
    const headline = writer.fill(rng.pick(V.TITLES), cast, true);
    return {
      outlet: outlet.id,
      title: rng.chance(0.1) ? null : headline,
      url: `https://www.${outlet.domain}/${date.slice(0, 4)}/${slugify(headline)}`,
      date: i === 0 || rng.chance(0.5) ? date : undefined,
      language: { ru: 'ru', cn: rng.pick(['zh', 'en']), intl: 'en' }[outlet.origin],
      via: rng.chance(0.08) ? rng.pick(media.filter((m) => m !== outlet)).id : undefined,
    };
  });
}

function headline(rng: Rng, writer: Writer, cast: Cast, slugs: Set<string>): { title: string; slug: string } {
  for (let tries = 0; ; tries++) {
    const title = writer.fill(rng.pick(V.TITLES), cast, true).slice(0, 120).trim();
    const slug = tries > 5 ? `${slugify(title, 7)}-${formatDay(cast.day, 'day')}-${tries}` : slugify(title);
    if (!slugs.has(slug)) return { title, slug };
  }
}

interface World {
  rng: Rng;
  writer: Writer;
  facts: Facts;
  media: Ent[];
  storylines: string[];
  matcher: ReturnType<typeof createAliasMatcher>;
  slugs: Set<string>;
}

function article(w: World, sk: Skeleton): { path: string; data: Record<string, unknown>; body: string; mentions: number } {
  const { rng, writer } = w;
  const cast = writer.cast(sk.day, sk.precision, sk.deals[0]?.deal.parties);
  const date = formatDay(sk.day, sk.precision);
  const body = sk.kind === 'report' ? writer.report(cast) : writer.brief(cast);
  const { title, slug } = headline(rng, writer, cast, w.slugs);
  w.slugs.add(slug);
  const summaries = Array.from({ length: 5 }, () => writer.fill(rng.pick(V.SUMMARIES), cast)).filter((s) => s.length <= 280);
  const srcs = sources(rng, writer, cast, w.media, date);
  const figures = sk.kind === 'report' && rng.chance(0.3) ? w.facts.figures(cast, cast.O) : [];
  const events = rng.chance(sk.kind === 'report' ? 0.2 : 0.05) ? w.facts.eventsFor(cast, writer) : [];
  const former = rng.chance(0.01) && !w.slugs.has(`${slug}-draft`) ? [`${slug}-draft`] : [];
  former.forEach((s) => w.slugs.add(s));
  const found = w.matcher.find(body);
  const entities = new Set([...found.map((m) => m.id), ...srcs.map((s) => s.outlet as string)]);
  figures.forEach((f) => entities.add(f.entity as string));
  events.forEach((e) => e.entities.forEach((id) => entities.add(id)));
  const summary = summaries[0] ?? `${cast.A.name} and ${cast.B.name} are discussing ${rng.pick(V.TOPICS)}.`;
  const storylines = new Set([sk.deals[0]?.deal.storyline ?? rng.pick(w.storylines)]);
  if (rng.chance(0.3)) storylines.add(rng.pick(w.storylines));
  const deals = sk.deals.map((c) => ({ deal: c.deal.id, status: c.status, date: formatDay(c.day, sk.precision) }));
  const updates = rng.chance(0.02)
    ? [{ date: formatDay(sk.day + rng.int(0, 10), 'day'), note: `Corrected the name of ${cast.PL.name}.` }]
    : [];
  const data = { title, summary, date, kind: sk.kind, storylines: [...storylines], entities: [...entities], sources: srcs };
  return {
    path: join('articles', date.slice(0, 4), `${slug}.md`),
    data: { ...data, figures, events, deals, updates, formerSlugs: former },
    body,
    mentions: found.length,
  };
}
export function generateTracker(options: { dir: string; articles: number; seed: number }): GeneratedStats {
  const rng = createRng(options.seed);
  const entities = makeEntities(rng, Math.max(60, Math.ceil(options.articles / 20)));
  const storylines = V.STORYLINES.map(([title, summary]) => ({ id: slugify(title), title, summary }));
  const deals = makeDeals(
    rng,
    entities,
    storylines.map((s) => s.id),
    30,
  );
  const byKind = new Map<EntityKind, Ent[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  const w: World = {
    rng,
    writer: new Writer(rng, byKind),
    facts: new Facts(rng),
    media: byKind.get('media')!,
    storylines: storylines.map((s) => s.id),
    matcher: createAliasMatcher(entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases] }))),
    slugs: new Set<string>(),
  };
  const stats = { reports: 0, briefs: 0, dealChanges: 0, figures: 0, events: 0, formerSlugs: 0, words: 0, mentions: 0, cyrillic: 0 };
  for (const sk of skeletons(rng, options.articles, deals)) {
    const a = article(w, sk);
    write(join(options.dir, a.path), a.data, a.body);
    stats[sk.kind === 'report' ? 'reports' : 'briefs']++;
    stats.words += words(a.body);
    stats.mentions += a.mentions;
    stats.cyrillic += /[\u0400-\u04ff]/.test(a.body) ? 1 : 0;
    stats.dealChanges += sk.deals.length;
    stats.figures += (a.data.figures as unknown[]).length;
    stats.events += (a.data.events as unknown[]).length;
    stats.formerSlugs += (a.data.formerSlugs as unknown[]).length;
  }
  for (const e of entities) {
    const { data, body } = entityFile(e, rng);
    write(join(options.dir, 'entities', `${e.id}.md`), data, body);
  }
  for (const s of storylines) write(join(options.dir, 'storylines', `${s.id}.md`), { title: s.title, summary: s.summary }, s.summary);
  for (const d of deals) {
    const data = { title: d.title, parties: d.parties.map((p) => p.id), storyline: d.storyline, summary: d.summary };
    write(join(options.dir, 'deals', `${d.id}.md`), data, d.summary);
  }
  mkdirSync(join(options.dir, 'measures'), { recursive: true });
  for (const [id, m] of w.facts.measures) write(join(options.dir, 'measures', `${id}.md`), m, `${m.name}, as the reports give it.`);
  const top = byKind.get('company')!.reduce((a, b) => (b.weight > a.weight ? b : a));
  const queries = [top.name, top.aliases.find((a) => /[\u0400-\u04ff]/.test(a)) ?? top.aliases[0]!, 'assembly'];
  return {
    ...{ articles: options.articles, entities: entities.length, storylines: storylines.length, deals: deals.length, ...stats },
    ...{ measures: w.facts.measures.size, distinctEvents: w.facts.distinctEvents, queries },
  };
}
