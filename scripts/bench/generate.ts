/**
 * Writes a synthetic tracker: N articles, entities (one per 20 articles, at
 * least 60, of every kind, with Latin and Cyrillic aliases), ~10 storylines
 * and ~30 deals whose status changes are recorded in articles, figures and
 * events in some articles. The text is built from the vocabulary in
 * ./vocabulary.ts and names entities in the body, so that the entity-link
 * plugin does real work. Seeded: the same options give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAliasMatcher, type NamedEntity } from '../../src/lib/alias-matcher.ts';
import { formatPartialDate, MONTH_NAMES } from '../../src/core/partial-date.ts';
import type { DealStatus, EntityKind, Relation } from '../../src/schemas/index.ts';
import { createRng, type Rng } from './prng.ts';
import * as V from './vocabulary.ts';

export interface GenerateOptions {
  /** Where to write: articles/, entities/, storylines/ and deals/ go under it. */
  dir: string;
  articles: number;
  seed: number;
}

export interface GeneratedStats {
  articles: number;
  reports: number;
  briefs: number;
  entities: number;
  entitiesByKind: Record<string, number>;
  storylines: number;
  deals: number;
  dealChanges: number;
  figures: number;
  events: number;
  /** Words of article bodies. */
  words: number;
  reportWords: { min: number; max: number; mean: number };
  briefWords: { min: number; max: number; mean: number };
  /** Entity mentions in article bodies, as the alias matcher finds them. */
  mentions: number;
  dates: { day: number; month: number; year: number; first: string; last: string };
  /** The article the benchmark edits before the rebuild (path relative to `dir`). */
  editTarget: string;
}

// ---------------------------------------------------------------- dates

/** The 20 years the synthetic tracker covers: fixed, so the content never changes and never lies in the future. */
const WINDOW_START = Date.UTC(2005, 6, 1);
const WINDOW_END = Date.UTC(2025, 5, 30);
const DAY = 86_400_000;
const WINDOW_DAYS = Math.round((WINDOW_END - WINDOW_START) / DAY);

type Precision = 'day' | 'month' | 'year';
const pad = (n: number) => String(n).padStart(2, '0');

function dayToDate(day: number): Date {
  return new Date(WINDOW_START + Math.max(0, Math.min(WINDOW_DAYS, day)) * DAY);
}

function formatDay(day: number, precision: Precision): string {
  const d = dayToDate(day);
  const y = d.getUTCFullYear();
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// ---------------------------------------------------------------- names

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

export function slugify(text: string, maxWords = 9): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

const CYR_MULTI: [string, string][] = [
  ['shch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
];
const CYR_SINGLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'дж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  z: 'з',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** A rough Latin-to-Cyrillic transliteration ("Volzhsky Motors" → "Волжский Моторс"), good enough for aliases. */
export function toCyrillic(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length;) {
      const rest = lower.slice(i);
      const multi = CYR_MULTI.find(([latin]) => rest.startsWith(latin));
      if (multi) {
        out += multi[1];
        i += multi[0].length;
        continue;
      }
      const c = lower[i]!;
      if (c === 'y') {
        const prev = lower[i - 1];
        const last = i === lower.length - 1;
        if (prev && VOWELS.has(prev)) out += 'й';
        else if (last && prev && 'kgh'.includes(prev)) out += 'ий';
        else out += last ? 'ый' : 'ы';
      } else if (c === 'i' && i === lower.length - 1 && lower[i - 1] === 'e') {
        out += 'й';
      } else {
        out += CYR_SINGLE[c] ?? c;
      }
      i++;
    }
    return word[0] === word[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
  });
}

const RU_SUFFIX_CYR: Record<string, string> = {
  Motors: 'Моторс',
  Avtozavod: 'автозавод',
  'Truck Works': 'грузовой завод',
  'Machine Plant': 'машиностроительный завод',
  Avtoprom: 'Автопром',
  'Automotive Group': 'автомобильная группа',
  'Bus Works': 'автобусный завод',
  'Motor Company': 'моторная компания',
};

// ---------------------------------------------------------------- the model

type Origin = 'ru' | 'cn' | 'intl';

interface Ent {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  summary: string;
  body: string;
  country?: string;
  role?: string;
  affiliation?: string;
  relations: { entity: string; relation: Relation; from?: string; to?: string }[];
  origin: Origin;
  weight: number;
  /** For media: the web domain of its links. */
  domain?: string;
  /** For companies: their plant, brand and models, once made. */
  plant?: Ent;
  brand?: Ent;
  model?: Ent;
  place?: Ent;
}

interface Deal {
  id: string;
  title: string;
  parties: Ent[];
  storyline: string;
  summary: string;
  steps: { status: DealStatus; day: number }[];
}

interface Skeleton {
  day: number;
  precision: Precision;
  kind: 'report' | 'brief';
  deals: { deal: Deal; status: DealStatus; day: number }[];
}

/** Spellings already claimed: a name or alias may belong to one entity only. */
class Spellings {
  private owners = new Map<string, string>();
  /** Claims a spelling for `id`; false when it is taken or is an ordinary word of the text. */
  claim(id: string, spelling: string): boolean {
    const key = fold(spelling);
    if (!key) return false;
    const owner = this.owners.get(key);
    if (owner !== undefined) return owner === id;
    if (!key.includes(' ') && V.COMMON_WORDS.has(key)) return false;
    this.owners.set(key, id);
    return true;
  }
  taken(spelling: string): boolean {
    return this.owners.has(fold(spelling));
  }
}

function kindCounts(total: number): Record<EntityKind, number> {
  const shares: [EntityKind, number][] = [
    ['media', 0.14],
    ['brand', 0.07],
    ['government', 0.07],
    ['person', 0.22],
    ['plant', 0.08],
    ['model', 0.08],
    ['place', 0.06],
    ['event', 0.02],
  ];
  const counts = Object.fromEntries(shares.map(([k, s]) => [k, Math.max(2, Math.round(total * s))])) as Record<EntityKind, number>;
  counts.place = Math.min(counts.place, V.RU_CITIES.length + V.CN_CITIES.length);
  counts.government = Math.min(counts.government, V.GOVERNMENT_BODIES.length + V.RU_REGIONS.length + V.CN_PROVINCES.length);
  counts.company = total - Object.values(counts).reduce((a, b) => a + b, 0);
  return counts;
}

function makeEntities(rng: Rng, total: number): Ent[] {
  const counts = kindCounts(total);
  const spellings = new Spellings();
  const ids = new Set<string>();
  const all: Ent[] = [];
  const yearEarly = () => String(rng.int(1960, 2012));

  const add = (kind: EntityKind, origin: Origin, name: string, aliases: string[], extra: Partial<Ent> = {}): Ent | undefined => {
    if (spellings.taken(name)) return undefined;
    let id = slugify(name, 8);
    for (let i = 2; ids.has(id); i++) id = `${slugify(name, 8)}-${i}`;
    if (!spellings.claim(id, name)) return undefined;
    ids.add(id);
    const kept = [...new Set(aliases)].filter((a) => a !== name && spellings.claim(id, a));
    const ent: Ent = { id, name, kind, aliases: kept, summary: '', body: '', relations: [], origin, weight: 1, ...extra };
    all.push(ent);
    return ent;
  };
  /** Keeps trying `make` until it adds an entity or gives up. */
  const addSome = (n: number, make: () => Ent | undefined) => {
    let made = 0;
    for (let tries = 0; made < n && tries < n * 50; tries++) if (make()) made++;
  };

  // Places: Russian and Chinese cities.
  const cities = [...V.RU_CITIES.map((c) => [c, 'ru'] as const), ...V.CN_CITIES.map((c) => [c, 'cn'] as const)];
  for (const [city, origin] of rng.sample(cities, counts.place)) {
    add('place', origin, city, [toCyrillic(city)], { country: origin === 'ru' ? 'RU' : 'CN' });
  }
  // Government bodies: national bodies, then regional governments.
  const bodies: [string, string[], string][] = [
    ...V.GOVERNMENT_BODIES,
    ...V.RU_REGIONS.map((r): [string, string[], string] => [
      `${r} Government`,
      [`Government of ${r}`, `Правительство ${toCyrillic(r)}`],
      'RU',
    ]),
    ...V.CN_PROVINCES.map((p): [string, string[], string] => [
      `${p} Provincial Government`,
      [`Government of ${p}`, `Правительство провинции ${toCyrillic(p)}`],
      'CN',
    ]),
  ];
  for (const [name, aliases, country] of bodies.slice(0, counts.government))
    add('government', country === 'CN' ? 'cn' : 'ru', name, aliases, { country });
  // Media outlets.
  addSome(counts.media, () => {
    const name = `${rng.pick(V.MEDIA_PREFIXES)} ${rng.pick(V.MEDIA_SUFFIXES)}`;
    const origin: Origin = rng.chance(0.6) ? 'ru' : rng.chance(0.5) ? 'intl' : 'cn';
    const domain = `${slugify(name).replace(/-/g, '')}.${origin === 'ru' ? 'ru' : origin === 'cn' ? 'cn' : 'com'}`;
    const country = origin === 'ru' ? 'RU' : origin === 'cn' ? 'HK' : rng.pick(['GB', 'US', 'KZ', 'DE']);
    return add('media', origin, name, [toCyrillic(name), domain], { domain, country });
  });
  // Companies: Russian and Chinese.
  addSome(counts.company, () => {
    if (rng.chance(0.55)) {
      const root = rng.pick(V.RU_ROOTS);
      const suffix = rng.pick(V.RU_COMPANY_SUFFIXES);
      const name = `${root} ${suffix}`;
      const initials = name
        .split(/\s+/)
        .map((w) => w[0])
        .join('')
        .toUpperCase();
      return add('company', 'ru', name, [`${toCyrillic(root)} ${RU_SUFFIX_CYR[suffix]}`, `PAO ${name}`, `${initials}${rng.int(1, 9)}`], {
        country: 'RU',
      });
    }
    const stem = `${rng.pick(V.CN_SYLLABLES)}${rng.pick(V.CN_SYLLABLES).toLowerCase()}`;
    const suffix = rng.pick(V.CN_COMPANY_SUFFIXES);
    const name = `${stem} ${suffix}`;
    const province = rng.pick(V.CN_PROVINCES);
    return add('company', 'cn', name, [`${province} ${name}`, `${stem} Group`, toCyrillic(stem)], { country: 'CN' });
  });
  const companies = all.filter((e) => e.kind === 'company');
  const places = all.filter((e) => e.kind === 'place');
  const placesOf = (origin: Origin) => {
    const local = places.filter((p) => p.origin === origin);
    return local.length ? local : places;
  };
  for (const company of companies) company.place = rng.pick(placesOf(company.origin));
  // Brands, each of a company.
  addSome(counts.brand, () => {
    const owner = rng.pick(companies);
    const name =
      owner.origin === 'cn'
        ? `${rng.pick(V.CN_SYLLABLES)}${rng.pick(V.CN_SYLLABLES).toLowerCase()}`
        : rng.pick(V.RU_ROOTS).replace(/i?sky$|skoy$|y$/, '') + 'a';
    const brand = add('brand', owner.origin, name, [toCyrillic(name)], { country: owner.country! });
    if (brand) {
      brand.relations.push({ entity: owner.id, relation: 'brand-of', from: formatDay(rng.int(0, WINDOW_DAYS / 2), 'year') });
      owner.brand ??= brand;
    }
    return brand;
  });
  // Plants, each in a place and of a company.
  addSome(counts.plant, () => {
    const owner = rng.pick(companies);
    const place = owner.place ?? rng.pick(places);
    const name = `${place.name} ${rng.pick(['Assembly Plant', 'Car Plant', 'Truck Plant', 'Bus Plant', 'Engine Plant', 'Automobile Works'])}`;
    const plant = add(
      'plant',
      owner.origin,
      name,
      [`${place.name} plant`, `завод в ${toCyrillic(place.name)}`, `${owner.name} plant in ${place.name}`],
      { country: place.country! },
    );
    if (plant) {
      plant.relations.push({ entity: place.id, relation: 'located-in' });
      plant.relations.push({ entity: owner.id, relation: 'owned-by', from: formatDay(rng.int(0, WINDOW_DAYS), 'month') });
      owner.plant ??= plant;
      plant.place = place;
    }
    return plant;
  });
  const plants = all.filter((e) => e.kind === 'plant');
  // Models, of a brand or company, made at a plant.
  addSome(counts.model, () => {
    const owner = rng.pick(companies);
    const badge = owner.brand ?? owner;
    const stem = badge.name.split(' ')[0]!;
    const name = `${stem} ${rng.pick(V.MODEL_CODES)}`;
    const model = add('model', owner.origin, name, [toCyrillic(name), `${name} ${rng.pick(V.PRODUCT_SINGULAR)}`], {
      country: owner.country!,
    });
    if (model) {
      model.relations.push({ entity: badge.id, relation: 'model-of' });
      const plant = owner.plant ?? (plants.length ? rng.pick(plants) : undefined);
      if (plant) model.relations.push({ entity: plant.id, relation: 'made-at', from: formatDay(rng.int(0, WINDOW_DAYS), 'year') });
      owner.model ??= model;
    }
    return model;
  });
  const governments = all.filter((e) => e.kind === 'government');
  const media = all.filter((e) => e.kind === 'media');
  // People: executives, officials and journalists.
  addSome(counts.person, () => {
    const pool = rng.weighted(['company', 'government', 'media'] as const, [0.7, 0.2, 0.1]);
    const org = rng.pick(pool === 'company' ? companies : pool === 'government' ? governments : media);
    let name: string;
    let aliases: string[];
    if (org.origin === 'cn') {
      const [surname, given] = [rng.pick(V.CN_SURNAMES), rng.pick(V.CN_GIVEN)];
      name = `${surname} ${given}`;
      aliases = [toCyrillic(name), `Mr ${surname} ${given}`];
    } else {
      const female = rng.chance(0.25);
      const first = rng.pick(female ? V.RU_FIRST_NAMES_F : V.RU_FIRST_NAMES_M);
      const surname = rng.pick(V.RU_SURNAMES) + (female ? 'a' : '');
      name = `${first} ${surname}`;
      aliases = [toCyrillic(name), surname, toCyrillic(surname), `${first[0]}. ${surname}`];
    }
    const roles = pool === 'government' ? V.GOV_ROLES : pool === 'media' ? ['Correspondent for {org}', 'Editor at {org}'] : V.PERSON_ROLES;
    const role = rng.pick(roles).replace('{org}', org.name);
    return add('person', org.origin, name, aliases, { affiliation: org.id, role, country: org.country ?? 'RU' });
  });
  // Events: shows and forums, in a place, in a year.
  addSome(counts.event, () => {
    const place = rng.pick(places);
    const year = rng.int(2006, 2024);
    const name = `${place.name} ${rng.pick(V.EVENT_NAMES)} ${year}`;
    const event = add('event', place.origin, name, [toCyrillic(name)], { country: place.country! });
    event?.relations.push({ entity: place.id, relation: 'located-in', from: String(year), to: String(year) });
    return event;
  });

  // Company relations: some partners and parents, declared on one side only.
  const pairs = new Set<string>();
  for (const company of companies) {
    if (company.place) company.relations.push({ entity: company.place.id, relation: 'located-in' });
    if (rng.chance(0.3)) {
      const other = rng.pick(companies);
      const key = [company.id, other.id].sort().join('|');
      if (other !== company && !pairs.has(key)) {
        pairs.add(key);
        const relation = other.origin !== company.origin ? 'partner-of' : rng.pick(['subsidiary-of', 'supplier-to', 'partner-of'] as const);
        company.relations.push({
          entity: other.id,
          relation,
          ...(rng.chance(0.5) ? { from: formatDay(rng.int(0, WINDOW_DAYS), 'month') } : {}),
        });
      }
    }
  }

  // Popularity: a few entities appear in many articles, most in a few (Zipf-like, per kind).
  for (const kind of Object.keys(counts) as EntityKind[]) {
    rng.shuffle(all.filter((e) => e.kind === kind)).forEach((e, rank) => (e.weight = 1 / (rank + 1) ** 0.8));
  }

  // Summaries and profiles.
  for (const e of all) {
    const fill = (template: string) =>
      template
        .replace(/\{name\}/g, e.name)
        .replace(/\{role\}/g, e.role ? e.role[0]!.toLowerCase() + e.role.slice(1) : 'a manager')
        .replace(/\{X\}/g, () => {
          // The organisation the profile is about: the owner, partner or employer, never a place.
          const target = e.affiliation ?? e.relations.find((r) => r.relation !== 'located-in')?.entity;
          return all.find((x) => x.id === target)?.name ?? rng.pick(companies.filter((c) => c !== e)).name;
        })
        .replace(/\{PLACE\}/g, () => (e.place ?? rng.pick(places)).name)
        .replace(/\{yearEarly\}/g, yearEarly)
        .replace(/\{products\}/g, () => rng.pick(V.PRODUCTS))
        .replace(/\{components\}/g, () => rng.pick(V.COMPONENTS))
        .replace(/\{process2?\}/g, () => rng.pick(V.PROCESSES))
        .replace(/\{topic\}/g, () => rng.pick(V.TOPICS))
        .replace(/\{support\}/g, () => rng.pick(V.SUPPORT))
        .replace(/\{fee\}/g, () => rng.pick(V.FEES));
    const origin = e.origin === 'cn' ? 'Chinese' : e.origin === 'ru' ? 'Russian' : 'International';
    e.summary = {
      company: `${origin} maker of ${rng.pick(V.PRODUCTS)}, based in ${(e.place ?? rng.pick(places)).name}.`,
      brand: `${origin} car brand used on ${rng.pick(V.PRODUCTS)}.`,
      government: `${origin} government body whose rules and support shape the car industry.`,
      person: `${e.role ?? 'Manager'}, quoted in reports on ${rng.pick(V.TOPICS)}.`,
      media: `${origin} outlet covering the car industry and business.`,
      plant: `Plant in ${e.place?.name ?? rng.pick(places).name} that builds ${rng.pick(V.PRODUCTS)}.`,
      model: `${origin} model sold as one of the ${rng.pick(V.PRODUCTS)} of its maker.`,
      place: `${e.origin === 'cn' ? 'Chinese' : 'Russian'} city with car and parts plants.`,
      event: `Industry gathering where carmakers and officials announce deals.`,
    }[e.kind];
    e.body = (V.ENTITY_PROFILE_SENTENCES[e.kind] ?? []).map(fill).join(' ');
  }
  return all;
}

function makeStorylines(): { id: string; title: string; summary: string }[] {
  return V.STORYLINES.slice(0, 10).map(([title, summary]) => ({ id: slugify(title), title, summary }));
}

function makeDeals(rng: Rng, entities: Ent[], storylines: { id: string }[], count: number): Deal[] {
  const ru = entities.filter((e) => e.kind === 'company' && e.origin === 'ru');
  const cn = entities.filter((e) => e.kind === 'company' && e.origin === 'cn');
  const weights = (list: Ent[]) => list.map((e) => e.weight);
  const deals: Deal[] = [];
  const ids = new Set<string>();
  const purposes = [
    ['assembling {products}', 'assembly'],
    ['a joint plant in {PLACE}', 'joint-plant'],
    ['building the {M}', 'model'],
    ['supplying {components}', 'supply'],
    ['electric vehicles', 'ev'],
    ['contract assembly at {PL}', 'contract-assembly'],
  ] as const;
  for (let tries = 0; deals.length < count && tries < count * 20; tries++) {
    const a = rng.weighted(ru, weights(ru));
    const b = rng.weighted(cn, weights(cn));
    const [purpose, key] = rng.pick(purposes);
    const id = `${a.id.split('-')[0]}-${b.id.split('-')[0]}-${key}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const parties = [a, b, ...(a.plant && rng.chance(0.3) ? [a.plant] : [])];
    const what = purpose
      .replace('{products}', rng.pick(V.PRODUCTS))
      .replace('{PLACE}', (a.place ?? b.place)?.name ?? 'Russia')
      .replace('{M}', (b.model ?? a.model)?.name ?? 'new crossover')
      .replace('{components}', rng.pick(V.COMPONENTS))
      .replace('{PL}', a.plant?.name ?? 'the plant');
    const start = rng.int(0, WINDOW_DAYS - 730);
    const steps: Deal['steps'] = [{ status: 'reported', day: start }];
    let day = start;
    const step = (status: DealStatus) => {
      day = Math.min(WINDOW_DAYS, day + rng.int(30, 300));
      steps.push({ status, day });
    };
    if (rng.chance(0.1)) step('denied');
    else {
      step('in-talks');
      if (rng.chance(0.2)) step(rng.pick(['stalled', 'abandoned'] as const));
      else {
        step('agreement');
        if (rng.chance(0.65)) step('production');
        else step('stalled');
        if (rng.chance(0.15)) step('abandoned');
      }
    }
    deals.push({
      id,
      title: `${a.name} and ${b.name}: ${what}`,
      parties,
      storyline: rng.pick(storylines).id,
      summary: `A plan by ${a.name} and ${b.name} for ${what}, followed from the first report to the latest status.`,
      steps,
    });
  }
  return deals;
}

// ---------------------------------------------------------------- text

interface Cast {
  A: Ent;
  B: Ent;
  CN: Ent;
  P: Ent;
  O: Ent;
  O2: Ent;
  G: Ent;
  PL: Ent;
  M: Ent;
  BR: Ent;
  PLACE: Ent;
  CNPLACE: Ent;
  EV: Ent;
  day: number;
  precision: Precision;
}

function numberText(n: number): string {
  return n.toLocaleString('en-US');
}

class Writer {
  constructor(
    private rng: Rng,
    private byKind: Map<EntityKind, Ent[]>,
  ) {}

  pickKind(kind: EntityKind, filter?: (e: Ent) => boolean): Ent {
    const list = (this.byKind.get(kind) ?? []).filter((e) => !filter || filter(e));
    const pool = list.length ? list : this.byKind.get(kind)!;
    return this.rng.weighted(
      pool,
      pool.map((e) => e.weight),
    );
  }

  cast(day: number, precision: Precision, parties?: Ent[]): Cast {
    const A = parties?.[0] ?? this.pickKind('company');
    const B = parties?.[1] ?? this.pickKind('company', (e) => e !== A && e.origin !== A.origin);
    const CN = B.origin === 'cn' ? B : this.pickKind('company', (e) => e.origin === 'cn');
    const people = (this.byKind.get('person') ?? []).filter((p) => p.affiliation === A.id || p.affiliation === B.id);
    const P = people.length && this.rng.chance(0.7) ? this.rng.pick(people) : this.pickKind('person');
    const O = this.pickKind('media');
    const O2 = this.pickKind('media', (e) => e !== O);
    const PL = parties?.find((p) => p.kind === 'plant') ?? A.plant ?? B.plant ?? this.pickKind('plant');
    const PLACE = PL.place ?? A.place ?? this.pickKind('place', (e) => e.origin === 'ru');
    return {
      A,
      B,
      CN,
      P,
      O,
      O2,
      PL,
      PLACE,
      G: this.pickKind('government'),
      M: A.model ?? B.model ?? this.pickKind('model'),
      BR: A.brand ?? B.brand ?? this.pickKind('brand'),
      CNPLACE: this.pickKind('place', (e) => e.origin === 'cn'),
      EV: this.pickKind('event'),
      day,
      precision,
    };
  }

  /** How the text names an entity: mostly its name, sometimes a Latin alias, rarely a Cyrillic one. */
  mention(e: Ent): string {
    const latin = e.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a) && !a.includes('.'));
    const cyrillic = e.aliases.filter((a) => /[\u0400-\u04ff]/.test(a));
    const r = this.rng.next();
    if (r < 0.005) return cyrillic.length ? this.rng.pick(cyrillic) : e.name;
    if (r < 0.185 && latin.length) return this.rng.pick(latin);
    return e.name;
  }

  fill(template: string, cast: Cast, plainNames = false): string {
    const rng = this.rng;
    const year = dayToDate(cast.day).getUTCFullYear();
    const name = (e: Ent) => (plainNames ? e.name : this.mention(e));
    const qty = () =>
      `${numberText(rng.pick([5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300]) * 1000)} ${rng.pick(['vehicles', 'cars', 'trucks', 'units'])}`;
    const money = () =>
      `${rng.int(2, 95) / (rng.chance(0.5) ? 1 : 10)} ${rng.pick(['billion roubles', 'million US dollars', 'billion yuan', 'million euros'])}`;
    const slots: Record<string, () => string> = {
      A: () => name(cast.A),
      B: () => name(cast.B),
      CN: () => name(cast.CN),
      P: () => name(cast.P),
      O: () => name(cast.O),
      O2: () => name(cast.O2),
      G: () => name(cast.G),
      PL: () => name(cast.PL),
      M: () => cast.M.name,
      BR: () => cast.BR.name,
      PLACE: () => name(cast.PLACE),
      CNPLACE: () => name(cast.CNPLACE),
      EV: () => cast.EV.name,
      CYR: () => cast.A.aliases.find((a) => /[\u0400-\u04ff]/.test(a)) ?? cast.A.name,
      role: () => (cast.P.role ? cast.P.role[0]!.toLowerCase() + cast.P.role.slice(1) : 'a senior manager'),
      qty,
      qty2: qty,
      num: () => numberText(rng.int(2, 400) * 10),
      small: () => String(rng.int(2, 6)),
      pct: () => `${rng.int(3, 60)} percent`,
      pctSmall: () => `${rng.int(1, 9)}.${rng.int(0, 9)} percent`,
      money,
      money2: money,
      price: () => `${numberText(rng.int(9, 45) * 100_000)} roubles`,
      month: () => rng.pick(MONTH_NAMES),
      year: () => String(Math.min(2025, year + rng.int(0, 3))),
      yearEarly: () => String(rng.int(1995, Math.max(1996, year - 1))),
      quarter: () => rng.pick(V.QUARTERS),
      date: () => formatPartialDate(formatDay(cast.day, cast.precision)),
      product: () => rng.pick(V.PRODUCT_SINGULAR),
      products: () => rng.pick(V.PRODUCTS),
      products2: () => rng.pick(V.PRODUCTS),
      component: () => rng.pick(V.COMPONENTS).replace(/s$/, ''),
      components: () => rng.pick(V.COMPONENTS),
      components2: () => rng.pick(V.COMPONENTS),
      process: () => rng.pick(V.PROCESSES),
      process2: () => rng.pick(V.PROCESSES),
      topic: () => rng.pick(V.TOPICS),
      support: () => rng.pick(V.SUPPORT),
      stage: () => rng.pick(V.STAGES),
      mood: () => rng.pick(V.MOODS),
      up: () => rng.pick(V.CHANGES_UP),
      down: () => rng.pick(V.CHANGES_DOWN),
      verb: () => rng.pick(V.VERBS),
      dealNoun: () => rng.pick(V.DEAL_NOUNS),
      fee: () => rng.pick(V.FEES),
      said: () => rng.pick(V.SAID),
      ordinal: () => rng.pick(V.ORDINALS),
      fail: () => rng.pick(V.FAIL_VERBS),
    };
    const out = template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const slot = slots[key];
      if (!slot) throw new Error(`Unknown slot {${key}} in "${template}"`);
      return slot();
    });
    return out[0]!.toUpperCase() + out.slice(1);
  }

  sentence(cast: Cast, used: Set<number>): string {
    let i = this.rng.int(0, V.SENTENCES.length - 1);
    // The sentence quoting a Cyrillic name is rarer than the others, as Cyrillic is in the real content.
    for (let tries = 0; (used.has(i) || (V.SENTENCES[i]!.includes('{CYR}') && this.rng.chance(0.7))) && tries < 8; tries++)
      i = this.rng.int(0, V.SENTENCES.length - 1);
    used.add(i);
    const s = this.fill(V.SENTENCES[i]!, cast);
    return this.rng.chance(0.12) ? `${this.rng.pick(V.CONNECTIVES)} ${s[0]!.toLowerCase()}${s.slice(1)}` : s;
  }

  /** A report of 250–500 words: paragraphs, sometimes a heading, a list or a quotation. */
  report(cast: Cast): string {
    const target = this.rng.int(250, 460);
    const used = new Set<number>();
    const blocks: string[] = [];
    let words = 0;
    const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const lead = this.fill(this.rng.pick(V.BRIEF_OPENERS), cast);
    let paragraph = [lead];
    let headings = this.rng.chance(0.7) ? this.rng.int(1, 2) : 0;
    const extras = { list: this.rng.chance(0.15), quote: this.rng.chance(0.12) };
    words += count(lead);
    while (words < target) {
      const s = this.sentence(cast, used);
      paragraph.push(s);
      words += count(s);
      if (paragraph.length >= this.rng.int(3, 5)) {
        blocks.push(paragraph.join(' '));
        paragraph = [];
        if (headings > 0 && words > target * (headings === 2 ? 0.3 : 0.5) && words < target * 0.85) {
          headings--;
          blocks.push(`## ${this.rng.pick(V.HEADINGS)}`);
        } else if (extras.list && words > target * 0.4) {
          extras.list = false;
          const items = Array.from({ length: this.rng.int(2, 4) }, () =>
            this.fill(
              this.rng.pick([
                '**{A}**: {num} {products} in {year}',
                '{PL}: {qty} a year',
                '{CN}: {components} and {components2}',
                '{G}: {support}',
              ]),
              cast,
            ),
          );
          blocks.push(items.map((item) => `- ${item}`).join('\n'));
          words += items.reduce((n, item) => n + count(item), 0);
        } else if (extras.quote && words > target * 0.5) {
          extras.quote = false;
          const quote = this.fill('> "We are {mood} about {topic}, and we expect the first {products} by {year}," {P} said.', cast);
          blocks.push(quote);
          words += count(quote);
        }
      }
    }
    if (paragraph.length) blocks.push(paragraph.join(' '));
    return blocks.join('\n\n');
  }

  /** A brief of about 100 words: one paragraph. */
  brief(cast: Cast): string {
    const target = this.rng.int(80, 105);
    const used = new Set<number>();
    const sentences = [this.fill(this.rng.pick(V.BRIEF_OPENERS), cast)];
    let words = sentences[0]!.split(/\s+/).length;
    while (words < target) {
      const s = this.sentence(cast, used);
      sentences.push(s);
      words += s.split(/\s+/).length;
    }
    return sentences.join(' ');
  }
}

// ---------------------------------------------------------------- YAML

const scalar = (v: unknown) => (typeof v === 'number' ? String(v) : JSON.stringify(v));

/** Frontmatter as YAML: every string double-quoted (JSON strings are valid YAML), empty lists left out. */
function toYaml(data: Record<string, unknown>, indent = ''): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== 'object')) {
        lines.push(`${indent}${key}: [${value.map(scalar).join(', ')}]`);
      } else {
        lines.push(`${indent}${key}:`);
        for (const item of value as Record<string, unknown>[]) {
          const inner = toYaml(item, `${indent}    `).split('\n');
          lines.push(`${indent}  - ${inner[0]!.trimStart()}`, ...inner.slice(1));
        }
      }
    } else {
      lines.push(`${indent}${key}: ${scalar(value)}`);
    }
  }
  return lines.join('\n');
}

function writeMarkdown(path: string, data: Record<string, unknown>, body: string) {
  writeFileSync(path, `---\n${toYaml(data)}\n---\n${body.trim()}\n`);
}

// ---------------------------------------------------------------- the whole tracker

export function generateTracker(options: GenerateOptions): GeneratedStats {
  const rng = createRng(options.seed);
  const n = options.articles;
  const entities = makeEntities(rng, Math.max(60, Math.ceil(n / 20)));
  const storylines = makeStorylines();
  const deals = makeDeals(rng, entities, storylines, 30);
  const byKind = new Map<EntityKind, Ent[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  const writer = new Writer(rng, byKind);
  const matcher = createAliasMatcher(entities.map((e): NamedEntity => ({ id: e.id, names: [e.name, ...e.aliases] })));

  // Skeletons: dates (mostly days, some months, a few years), kinds, sorted oldest first.
  const skeletons: Skeleton[] = Array.from({ length: n }, () => {
    const r = rng.next();
    return {
      day: rng.int(0, WINDOW_DAYS),
      precision: r < 0.82 ? 'day' : r < 0.96 ? 'month' : 'year',
      kind: rng.chance(0.65) ? 'report' : 'brief',
      deals: [],
    } satisfies Skeleton;
  }).sort((a, b) => a.day - b.day);
  // Every deal step is reported by the first article on or after it; other articles sometimes restate a deal's status.
  const firstOnOrAfter = (day: number) => {
    let lo = 0;
    let hi = skeletons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (skeletons[mid]!.day < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const deal of deals) {
    for (const step of deal.steps) {
      let i = firstOnOrAfter(step.day);
      while (i < skeletons.length && skeletons[i]!.deals.length) i++;
      if (i < skeletons.length) skeletons[i]!.deals.push({ deal, status: step.status, day: step.day });
    }
  }
  for (const sk of skeletons) {
    if (sk.deals.length || !rng.chance(0.12)) continue;
    const active = deals.filter((d) => d.steps[0]!.day <= sk.day && sk.day <= d.steps.at(-1)!.day + 365);
    if (!active.length) continue;
    const deal = rng.pick(active);
    const step = deal.steps.filter((s) => s.day <= sk.day).at(-1)!;
    sk.deals.push({ deal, status: step.status, day: sk.day });
  }

  for (const folder of ['articles', 'entities', 'storylines', 'deals']) mkdirSync(join(options.dir, folder), { recursive: true });
  const slugs = new Set<string>();
  const stats: GeneratedStats = {
    articles: n,
    reports: 0,
    briefs: 0,
    entities: entities.length,
    entitiesByKind: {},
    storylines: storylines.length,
    deals: deals.length,
    dealChanges: 0,
    figures: 0,
    events: 0,
    words: 0,
    reportWords: { min: Infinity, max: 0, mean: 0 },
    briefWords: { min: Infinity, max: 0, mean: 0 },
    mentions: 0,
    dates: { day: 0, month: 0, year: 0, first: '', last: '' },
    editTarget: '',
  };
  for (const e of entities) stats.entitiesByKind[e.kind] = (stats.entitiesByKind[e.kind] ?? 0) + 1;
  const articlePaths: string[] = [];

  for (const sk of skeletons) {
    const parties = sk.deals[0]?.deal.parties;
    const cast = writer.cast(sk.day, sk.precision, parties);
    const date = formatDay(sk.day, sk.precision);
    const body = sk.kind === 'report' ? writer.report(cast) : writer.brief(cast);
    let title = '';
    let slug = '';
    for (let tries = 0; !slug || slugs.has(slug); tries++) {
      title = writer.fill(rng.pick(V.TITLES), cast, true);
      slug = slugify(title);
      if (tries > 5) slug = `${slugify(title, 7)}-${formatDay(sk.day, 'day')}-${tries}`;
    }
    slugs.add(slug);
    let summary = '';
    for (let tries = 0; tries < 20; tries++) {
      summary = writer.fill(rng.pick(V.SUMMARIES), cast);
      if (summary.length <= 280) break;
    }
    if (summary.length > 280) summary = `${cast.A.name} and ${cast.B.name} are discussing ${rng.pick(V.TOPICS)}.`;

    const sourceCount = rng.weighted([1, 2, 3], [0.6, 0.3, 0.1]);
    const outlets = [
      cast.O,
      ...rng.sample(
        (byKind.get('media') ?? []).filter((m) => m !== cast.O),
        sourceCount - 1,
      ),
    ];
    const sources = outlets.map((outlet, i) => {
      const headline = writer.fill(rng.pick(V.TITLES), cast, true);
      const d = dayToDate(sk.day);
      return {
        outlet: outlet.id,
        title: headline,
        url: `https://www.${outlet.domain}/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${slugify(headline)}`,
        date: i === 0 || rng.chance(0.5) ? date : undefined,
        language: outlet.origin === 'ru' ? 'ru' : outlet.origin === 'cn' ? rng.pick(['zh', 'en']) : 'en',
        via: rng.chance(0.08) ? rng.pick((byKind.get('media') ?? []).filter((m) => m !== outlet)).id : undefined,
      };
    });
    const figures =
      sk.kind === 'report' && rng.chance(0.3)
        ? Array.from({ length: rng.int(1, 3) }, () => {
            const [label, unit, entity, value] = rng.pick([
              [`Vehicles ${cast.A.name} plans to build a year at ${cast.PL.name}`, 'vehicles a year', cast.A, rng.int(5, 300) * 1000],
              [`Investment in ${cast.PL.name}`, rng.pick(['roubles', 'US dollars', 'yuan']), cast.PL, rng.int(1, 95) * 100_000_000],
              [`Share of locally made parts at ${cast.A.name}`, 'percent', cast.A, rng.int(5, 80)],
              [`Jobs at ${cast.PL.name}`, 'jobs', cast.PL, rng.int(3, 60) * 100],
              [`Sales of ${cast.B.name} in Russia`, 'vehicles', cast.B, rng.int(1, 200) * 1000],
            ] as const);
            return {
              label,
              value,
              unit,
              asOf: rng.chance(0.7) ? date : formatDay(sk.day - rng.int(0, 400), rng.chance(0.5) ? 'year' : 'month'),
              entity: entity.id,
            };
          }).filter((f, i, all) => all.findIndex((g) => g.label === f.label) === i)
        : [];
    const events = rng.chance(sk.kind === 'report' ? 0.2 : 0.05)
      ? Array.from({ length: rng.int(1, 2) }, (_, i) => {
          const text = writer.fill(
            rng.pick([
              '{A} and {B} sign a memorandum on {topic}.',
              '{A} starts {process} at {PL}.',
              '{G} approves {support} for {A}.',
              '{P} visits {PL}.',
            ]),
            cast,
            true,
          );
          const involved = [cast.A, cast.B, cast.PL, cast.G, cast.P].filter((e) => text.includes(e.name));
          const eventDay = sk.day - rng.int(0, 120);
          return {
            id: `${slugify(text, 6)}-${i + 1}`,
            date: formatDay(eventDay, rng.chance(0.8) ? 'day' : 'month'),
            text,
            entities: (involved.length ? involved : [cast.A]).map((e) => e.id),
          };
        })
      : [];
    const dealChanges = sk.deals.map((c) => ({ deal: c.deal.id, status: c.status, date: formatDay(c.day, sk.precision) }));
    const updates = rng.chance(0.02)
      ? [{ date: formatDay(Math.min(WINDOW_DAYS, sk.day + rng.int(0, 10)), 'day'), note: `Corrected the name of ${cast.PL.name}.` }]
      : [];
    const formerSlugs = rng.chance(0.01) && !slugs.has(`${slug}-draft`) ? [`${slug}-draft`] : [];
    formerSlugs.forEach((s) => slugs.add(s));

    // The entity list: every entity the body names (as the content check's matcher finds it), then the others the frontmatter refers to.
    const found = matcher.find(body);
    stats.mentions += found.length;
    const listed = [
      ...new Set([
        ...found.map((m) => m.id),
        ...outlets.map((o) => o.id),
        ...figures.map((f) => f.entity),
        ...events.flatMap((e) => e.entities),
      ]),
    ];
    const storylineIds = [
      ...new Set([sk.deals[0]?.deal.storyline ?? rng.pick(storylines).id, ...(rng.chance(0.3) ? [rng.pick(storylines).id] : [])]),
    ];

    const year = date.slice(0, 4);
    mkdirSync(join(options.dir, 'articles', year), { recursive: true });
    const rel = join('articles', year, `${slug}.md`);
    writeMarkdown(
      join(options.dir, rel),
      {
        title,
        summary,
        date,
        kind: sk.kind,
        storylines: storylineIds,
        entities: listed,
        sources: sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))),
        figures,
        events,
        deals: dealChanges,
        updates,
        formerSlugs,
      },
      body,
    );
    articlePaths.push(rel);

    const words = body.split(/\s+/).filter(Boolean).length;
    stats.words += words;
    const bucket = sk.kind === 'report' ? stats.reportWords : stats.briefWords;
    bucket.min = Math.min(bucket.min, words);
    bucket.max = Math.max(bucket.max, words);
    bucket.mean += words;
    if (sk.kind === 'report') stats.reports++;
    else stats.briefs++;
    stats.dealChanges += dealChanges.length;
    stats.figures += figures.length;
    stats.events += events.length;
    stats.dates[sk.precision]++;
  }
  stats.reportWords.mean = Math.round(stats.reportWords.mean / Math.max(1, stats.reports));
  stats.briefWords.mean = Math.round(stats.briefWords.mean / Math.max(1, stats.briefs));
  stats.dates.first = formatDay(skeletons[0]!.day, 'day');
  stats.dates.last = formatDay(skeletons.at(-1)!.day, 'day');
  stats.editTarget = articlePaths[Math.floor(articlePaths.length / 2)]!;

  for (const e of entities) {
    writeMarkdown(
      join(options.dir, 'entities', `${e.id}.md`),
      {
        name: e.name,
        kind: e.kind,
        aliases: e.aliases,
        summary: e.summary,
        country: e.country,
        role: e.role,
        affiliation: e.affiliation,
        relations: e.relations.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))),
      },
      e.body,
    );
  }
  for (const s of storylines) {
    writeMarkdown(
      join(options.dir, 'storylines', `${s.id}.md`),
      { title: s.title, summary: s.summary },
      `${s.summary} This storyline collects the reports on it, oldest to newest.`,
    );
  }
  for (const d of deals) {
    writeMarkdown(
      join(options.dir, 'deals', `${d.id}.md`),
      { title: d.title, parties: d.parties.map((p) => p.id), storyline: d.storyline, summary: d.summary },
      `${d.summary} The status follows the reports recorded in the tracker's articles.`,
    );
  }
  return stats;
}

/** Appends a paragraph to one article, as an editor fixing a story would, for the rebuild measurement. */
export function editedBody(text: string, stamp: string): string {
  return `${text.trimEnd()}\n\nUpdate (${stamp}): the companies later confirmed the report, a spokesperson said.\n`;
}
