/**
 * The words of the synthetic tracker: parts of entity names and the sentence templates of
 * automotive and business news. A list is one string, items split on "|" or a line break.
 * Templates name their slots in braces; generate.ts fills them.
 */
const list = (text: string): string[] =>
  text
    .split(/\s*[|\n]\s*/)
    .map((item) => item.trim())
    .filter(Boolean);

export const RU_ROOTS = list(`Volzhsky|Kamsky|Uralsky|Nevsky|Oksky|Vyatsky|Amursky|Sibirsky|Baikalsky|Donskoy|Tversky|Irtyshsky|Severny
  Zarya|Vostok|Rubin|Almaz|Sokol|Berkut|Vityaz|Burevestnik|Zvezda|Rassvet|Molniya|Avrora|Tavria|Ladoga|Onega|Pechora|Kuban|Terek
  Selenga|Angara|Chusovaya|Belaya|Sura|Moksha|Vetluga|Yauza|Klyazma|Sheksna|Mologa|Ugra|Desna|Khoper|Medveditsa|Kerzhenets|Vilyuy`);
export const RU_SUFFIXES: Record<string, string> = {
  Motors: 'Моторс',
  Avtozavod: 'автозавод',
  'Truck Works': 'грузовой завод',
  'Machine Plant': 'машиностроительный завод',
  Avtoprom: 'Автопром',
  'Bus Works': 'автобусный завод',
};
export const CN_SYLLABLES = list(`Jin|Hua|Long|Xing|Tian|Feng|Sheng|Kai|Rui|Hong|Bao|Yu|Heng|Jia|Wei|Da|Guo|Ming|An|Tai|Shun|Fu|Lan|Qi
  Chang|Hai|Yun|Ding|Zhong|Xin`);
export const CN_SUFFIXES = list('Automobile|Motor|Auto Group|Vehicle Works|New Energy|Heavy Industry');
export const CN_PROVINCES = list('Anhui|Hubei|Jilin|Shandong|Zhejiang|Guangdong|Jiangsu|Chongqing|Hebei|Henan|Fujian|Shaanxi');
export const RU_FIRST_M = list('Alexei|Sergei|Dmitry|Andrei|Nikolai|Igor|Pavel|Yury|Oleg|Vadim|Maxim|Roman|Boris|Gleb|Stanislav|Timur');
export const RU_FIRST_F = list('Elena|Olga|Natalia|Irina|Tatiana|Anna|Marina|Svetlana|Yulia|Vera');
export const RU_SURNAMES = list(`Volkov|Sokolov|Lebedev|Kozlov|Novikov|Morozov|Petrov|Orlov|Belov|Zaitsev|Pavlov|Semenov|Golubev|Vinogradov
  Bogdanov|Vorobyov|Fyodorov|Mikhailov|Tarasov|Belyaev|Komarov|Kiselyov|Makarov|Andreev|Kovalyov|Ilyin|Gusev|Titov|Kuzmin|Kudryavtsev
  Baranov|Kulikov|Alexeev|Stepanov|Yakovlev|Sorokin|Sergeev|Romanov|Zakharov|Borisov|Korolyov|Gerasimov|Ponomaryov|Grigoryev|Lazarev
  Medvedev|Yershov|Nikitin|Sobolev|Ryabov|Polyakov|Tsvetkov|Danilov|Zhukov|Frolov|Zhuravlyov|Nikolaev|Krylov|Maximov|Sidorov|Osipov
  Belousov|Fedotov|Dorofeev|Yegorov|Matveev|Bobrov|Dmitriev|Kalinin|Anisimov|Petukhov|Antonov|Timofeev|Nikiforov|Veselov|Filippov`);
export const CN_SURNAMES = list('Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun|Hu|Zhu|Gao|Lin|He|Guo|Ma|Luo');
export const CN_GIVEN = list('Wei|Fang|Jun|Lei|Min|Jing|Qiang|Yan|Tao|Hui|Bin|Gang|Ping|Hong|Xia|Peng|Chao|Ning');
export const PERSON_ROLES = list(`Chief executive of {org}|Chairman of {org}|Deputy director of {org}|Head of sales at {org}
  Head of production at {org}|Spokesperson for {org}|Founder of {org}`);
export const GOV_ROLES = list('Minister at {org}|Deputy minister at {org}|Head of {org}|Spokesperson for {org}');
export const RU_CITIES = list(`Kazan|Samara|Togliatti|Nizhny Novgorod|Yekaterinburg|Chelyabinsk|Izhevsk|Kaluga|Tula|Lipetsk|Ulyanovsk
  Naberezhnye Chelny|Kaliningrad|Vladivostok|Novosibirsk|Krasnodar|Rostov-on-Don|Voronezh|Yaroslavl|Perm|Ufa|Saransk|Cherkessk|Tver`);
export const CN_CITIES = list('Hefei|Wuhu|Changchun|Chongqing|Wuhan|Hangzhou|Ningbo|Baoding|Shenzhen|Guangzhou|Qingdao|Xian|Liuzhou');
export const RU_REGIONS = list(`Tatarstan|Samara Region|Kaluga Region|Tula Region|Lipetsk Region|Nizhny Novgorod Region|Ulyanovsk Region
  Kaliningrad Region|Primorye|Bashkortostan|Udmurtia|Mordovia|Perm Territory|Tver Region`);
export const GOVERNMENT_BODIES: [name: string, aliases: string[]][] = [
  ['Ministry of Industry and Trade', ['Minpromtorg', 'Минпромторг']],
  ['Ministry of Economic Development', ['Minekonomrazvitiya', 'Минэкономразвития']],
  ['Ministry of Finance', ['Minfin', 'Минфин']],
  ['Federal Customs Service', ['FTS', 'ФТС']],
  ['Federal Antimonopoly Service', ['FAS', 'ФАС']],
  ['Moscow City Government', ['Moscow government', 'Правительство Москвы']],
  ['State Duma', ['the Duma', 'Госдума']],
  ['Ministry of Industry and Information Technology', ['MIIT']],
  ['National Development and Reform Commission', ['NDRC']],
];
export const MEDIA_PREFIXES = list('Auto|Motor|Business|Industry|Market|Delovoy|Avto|Capital|Volga|Ural|Siberia|Eastern|Pacific|Silk Road');
export const MEDIA_SUFFIXES = list('Review|Daily|Herald|Times|Vestnik|Journal|Wire|Post|Digest|Monitor|News|Observer|Courier');
export const MODEL_CODES = list(`C5|S7|X3|X7|T5|V8|M3|M6|E4|Tiger|Sputnik|Sever|Granit|Baltika|Kometa|Zenit|Neva|Vega|Altair|Orion
  Pioneer|Arktika|Taiga|Stepnoy`);
export const EVENT_NAMES = list('Motor Show|Auto Forum|Industry Week|Investment Forum|Automotive Summit|Parts Expo');
export const STORYLINES: [title: string, summary: string][] = [
  ['Chinese partners for Russian plants', 'How Russian carmakers found Chinese partners after Western brands left.'],
  ['Local assembly and components', 'Which parts are made locally, and what the subsidies ask for.'],
  ['Former Western plants', 'What happened to the plants Western carmakers left behind.'],
  ['Trucks and buses', 'Partnerships in commercial vehicles, from kits to joint plants.'],
  ['Electric vehicles', 'Plans for electric cars and the batteries they need.'],
  ['Duties and fees', 'How recycling fees, duties and rules shape the market.'],
  ['Sales and the market', 'What sells, who imports it and what the numbers say.'],
  ['Regional car clusters', 'How regions court carmakers with land, roads and tax relief.'],
  ['Exports and logistics', 'Kits by rail, cars by sea, and the routes between the two countries.'],
  ['People and management', 'Who runs the companies and plants the tracker follows.'],
];
export const PRODUCTS = list(`crossovers|sedans|pickups|trucks|light commercial vehicles|electric cars|buses|hybrids|minibuses|vans
  tractor units|dump trucks|SUVs|hatchbacks`);
export const PRODUCT_SINGULAR = list('crossover|sedan|pickup|truck|van|bus|electric car|hybrid|minibus|hatchback');
export const COMPONENTS = list(`engines|gearboxes|axles|seats|body panels|headlamps|wiring harnesses|batteries|electric motors|tyres
  brake systems|windscreens|dashboards|steering systems|suspension parts|control units|radiators|airbags|cabs|chassis frames`);
export const PROCESSES = list('welding|painting|stamping|final assembly|body assembly|engine assembly|quality control|testing');
export const TOPICS = list(`technology transfer|joint production|localising components|a new engine plant|electric vehicle development
  dealer cooperation|parts supply|contract assembly|exports to Central Asia|joint research|a shared platform|battery supply`);
export const SUPPORT = list('state subsidies|a soft loan|tax relief|a special investment contract|export support|land for a new plant');
export const STAGES = list('early|advanced|final|preliminary|exploratory');
export const MOODS = list('cautious|optimistic|upbeat|guarded|confident|sceptical|hopeful|realistic');
export const UP = list('rose|grew|climbed|increased|jumped');
export const DOWN = list('fell|dropped|slipped|declined|shrank');
export const VERBS = list('expand|double|cut|resume|launch|localise|restart|raise|halt|widen|scale back|speed up');
export const DEAL_NOUNS = list('agreement|deal|partnership|memorandum|joint venture|contract');
export const FEES = list('recycling fee|import duty|customs duty|utilisation fee');
export const SAID = list('said|told reporters|noted|added|stressed|insisted|cautioned|confirmed|argued');
export const CONNECTIVES = list(
  'However,|Meanwhile,|Earlier,|Later,|At the same time,|In addition,|Separately,|Previously,|So far,|Still,',
);
export const QUARTERS = list('first|second|third|fourth');
export const HEADINGS = list(`What the companies said|The numbers|What comes next|Background|Local production|Reaction|The market
  Parts and suppliers|The plant|Money and subsidies|Who else is involved`);

/**
 * Sentence templates. Entities: {A} {B} the article's companies, {CN} a Chinese company, {P} a person
 * ({role} their role), {O} {O2} outlets, {G} a government body, {PL} a plant, {M} a model, {BR} a
 * brand, {PLACE} a place, {CNPLACE} a Chinese place, {EV} an event, {CYR} a Cyrillic name of {A}.
 */
export const SENTENCES = list(`{O} reported that {A} was in talks with {B} on the assembly of {products} at {PL}.
  {P}, {role}, told {O} that the company expected to {verb} output to {qty} a year by {year}.
  According to {O}, the two sides had not yet agreed on the price of the {component} kits.
  {A} declined to comment on the report, while a spokesperson for {B} said the talks were at an {stage} stage.
  The plant in {PLACE} built {qty} last year, down from {qty2} a year earlier.
  Analysts quoted by {O2} estimated that localisation would need at least {money} in new investment.
  {G} has tied its subsidies to the share of locally made {components} in each vehicle.
  The {M} is expected to go on sale through the dealer network of {A} in {month}.
  Neither company disclosed the terms of the {dealNoun}.
  In a statement, {A} said the first {products} would leave the line in {month} {year}.
  The report cited two people familiar with the talks who asked not to be named.
  Production of the {M} depends on deliveries of {components} from {CN} by rail through {CNPLACE}.
  {P} {said} that {A} was {mood} about demand for {products} in the regions.
  Sales of {products} {up} by {pct} in the {quarter} quarter, {O} wrote, citing industry data.
  Sales of {products} {down} by {pct} in the {quarter} quarter, {O} wrote, citing dealers.
  {B} had said it would {verb} its business in {PLACE} only if {G} kept the {fee} unchanged.
  The {dealNoun} follows a difficult year for {A}, which lost {money} on revenue of {money2}.
  Workers at {PL} are being retrained to handle {process} and {process2}.
  {O} noted that the {BR} badge would be used for the vehicles built under the {dealNoun}.
  The Russian name of the company, «{CYR}», appears on the documents filed in {PLACE}.
  {A} plans to raise the share of locally made parts to {pct} by {year}.
  A source close to {B} said the {dealNoun} could still fall apart if the rouble weakened further.
  The first batch of {num} {products} was assembled from kits shipped from {CNPLACE}.
  The project was presented at {EV}, where {P} spoke of {mood} plans for the plant.
  {G} confirmed that it had received an application from {A} for {support}.
  The {M} shares its {components} and {components2} with models that {CN} sells in China.
  Prices for the {M} will start at {price}, {O} reported, citing dealers.
  By {month}, the line at {PL} was running in {small} shifts.
  Registration data showed {num} new {products} in {PLACE} over the period.
  {P} said the company would decide on a second stage of the project by the end of {year}.
  In {month} {year}, {A} and {B} signed a memorandum on {topic}.
  The two companies have worked together since {yearEarly}, when {B} began supplying {components} to {A}.
  Local officials in {PLACE} said the site had room for a second assembly line.
  A spokesperson for {G} said officials were studying the proposal.
  The {M} will be sold under the {BR} name, {P} confirmed.
  {A} said it would {verb} the project in stages, beginning with {process}.
  {P} {said} that talks on {topic} with {CN} were continuing.
  Engineers from {CN} have been working at {PL} since {month}, {O} reported.`);
export const BRIEF_OPENERS = list(`{O} reported on {date} that {A} and {B} were discussing {topic}.
  {A} said on {date} that it would {verb} the output of {products} at {PL}.
  According to {O}, {A} has started {process} of the {M} at {PL}.
  {G} said on {date} that it would support the project of {A} in {PLACE}.
  {P}, {role}, told {O} that the company was {mood} about its plans with {B}.`);
export const LIST_ITEMS = list(
  '**{A}**: {num} {products} in {year}|{PL}: {qty} a year|{CN}: {components} and {components2}|{G}: {support}',
);
export const QUOTE = '> "We are {mood} about {topic}, and we expect the first {products} by {year}," {P} said.';
export const TITLES = list(`{A} and {B} in talks over {product} assembly in {PLACE}|{A} to {verb} {product} output at {PL}
  {P} says {A} will {verb} {product} production by {year}|{G} backs plan by {A} for a {product} plant in {PLACE}
  {B} denies plans to build cars with {A}|{A} starts assembly of the {M} at {PL}|{A} sales {up} {pct} as demand for {products} recovers
  {A} sales {down} {pct} as the {fee} bites|{A} and {B} sign agreement on {topic}|{A} puts its {product} project on hold
  The {M} goes on sale in {PLACE}|{A} looks to {CN} for {components}|{O}: {A} weighs a second line at {PL}|{A} asks {G} for {support}`);
export const SUMMARIES = list(`{O} reported that {A} and {B} were discussing {topic}, with the first {products} possible by {year}.
  {A} plans to {verb} output of {products} at {PL}, {O} reported.
  {P} told {O} that {A} expected to build {qty} a year once {process} was in place.
  {A} and {B} are working on {topic}. {O} said the {dealNoun} was at an {stage} stage.
  {G} is weighing {support} for {A}, which wants to build {products} in {PLACE}.`);
export const EVENT_TEXTS = list(`{A} and {B} sign a memorandum on {topic}.|{A} starts {process} at {PL}.|{G} approves {support} for {A}.
  {P} visits {PL}.`);

/** Every ordinary word of the templates and lists above, lowercased: no name or alias may be one of them. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [SENTENCES, BRIEF_OPENERS, TITLES, SUMMARIES, EVENT_TEXTS, PRODUCTS, COMPONENTS, PROCESSES, TOPICS, SUPPORT, HEADINGS, CONNECTIVES]
    .flat()
    .concat(STAGES, MOODS, UP, DOWN, VERBS, DEAL_NOUNS, FEES, SAID, QUARTERS, PRODUCT_SINGULAR)
    .join(' ')
    .replace(/\{[^}]*\}/g, ' ')
    .toLowerCase()
    .split(/[^a-z-]+/)
    .filter(Boolean),
);
