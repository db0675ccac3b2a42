/**
 * The vocabulary of the synthetic tracker: name parts for entities and the
 * words and sentence templates of automotive and business news. Templates
 * name their slots in braces; src/../generate.ts fills them. Entity names are
 * built from these parts and are checked against `COMMON_WORDS` so that an
 * alias never coincides with an ordinary word of the text.
 */

// ---------------------------------------------------------------- entity names

/** Russian-sounding roots for companies, brands and plants. */
export const RU_ROOTS = [
  'Volzhsky', 'Kamsky', 'Uralsky', 'Nevsky', 'Oksky', 'Vyatsky', 'Amursky', 'Sibirsky', 'Baikalsky', 'Donskoy',
  'Tversky', 'Irtyshsky', 'Yeniseisky', 'Severny', 'Zarya', 'Vostok', 'Rubin', 'Almaz', 'Sokol', 'Berkut',
  'Vityaz', 'Burevestnik', 'Zvezda', 'Rassvet', 'Molniya', 'Avrora', 'Tavria', 'Ladoga', 'Onega', 'Pechora',
  'Kuban', 'Terek', 'Selenga', 'Angara', 'Chusovaya', 'Belaya', 'Sura', 'Moksha', 'Vetluga', 'Kerzhenets',
  'Yauza', 'Klyazma', 'Sheksna', 'Mologa', 'Ugra', 'Desna', 'Seim', 'Khoper', 'Medveditsa', 'Ilovlya',
];

export const RU_COMPANY_SUFFIXES = ['Motors', 'Avtozavod', 'Truck Works', 'Machine Plant', 'Avtoprom', 'Automotive Group', 'Bus Works', 'Motor Company'];

/** Pinyin-like syllables for Chinese company and brand names. */
export const CN_SYLLABLES = [
  'Jiang', 'Hua', 'Tai', 'Feng', 'Long', 'Xin', 'Hong', 'Tian', 'Jin', 'Bao', 'Chang', 'Dong', 'Hai', 'Kai', 'Lan', 'Ming',
  'Qi', 'Rui', 'Sheng', 'Wei', 'Xing', 'Yuan', 'Zhong', 'Guang', 'Heng', 'Jun', 'Ling', 'Peng', 'Shun', 'Teng', 'Yi', 'Zhi',
];

export const CN_COMPANY_SUFFIXES = ['Automobile', 'Motor', 'Auto Group', 'Heavy Truck', 'Commercial Vehicles', 'New Energy Vehicles', 'Bus Company'];

export const CN_PROVINCES = ['Anhui', 'Jilin', 'Hebei', 'Zhejiang', 'Chongqing', 'Shandong', 'Guangdong', 'Hubei', 'Jiangsu', 'Liaoning', 'Fujian', 'Henan', 'Hunan', 'Shaanxi', 'Sichuan'];

export const RU_FIRST_NAMES_M = [
  'Aleksei', 'Dmitry', 'Igor', 'Sergei', 'Andrei', 'Nikolai', 'Vladimir', 'Pavel', 'Mikhail', 'Yuri', 'Oleg', 'Maxim',
  'Viktor', 'Konstantin', 'Boris', 'Gennady', 'Vadim', 'Roman', 'Stanislav', 'Anatoly', 'Vasily', 'Leonid', 'Timur', 'Denis',
];
export const RU_FIRST_NAMES_F = ['Olga', 'Natalia', 'Elena', 'Tatiana', 'Irina', 'Anna', 'Svetlana', 'Marina', 'Yulia', 'Ekaterina', 'Vera', 'Larisa'];
export const RU_SURNAMES = [
  'Volkov', 'Morozov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Zaitsev', 'Pavlov', 'Semenov', 'Golubev', 'Vinogradov', 'Bogdanov',
  'Vorobyov', 'Fedorov', 'Belyaev', 'Tarasov', 'Komarov', 'Orlov', 'Kiselev', 'Makarov', 'Kovalev', 'Gusev', 'Titov', 'Kuzmin',
  'Kudryavtsev', 'Baranov', 'Kulikov', 'Stepanov', 'Yakovlev', 'Sorokin', 'Zakharov', 'Borisov', 'Korolev', 'Gerasimov', 'Ponomarev',
  'Lazarev', 'Ershov', 'Nikitin', 'Sobolev', 'Ryabov', 'Polyakov', 'Tsvetkov', 'Danilov', 'Zhukov', 'Frolov', 'Zhuravlev', 'Krylov',
  'Sidorov', 'Osipov', 'Belousov', 'Fedotov', 'Dorofeev', 'Egorov', 'Matveev', 'Bobrov', 'Kalinin', 'Anisimov', 'Petukhov',
  'Timofeev', 'Nikiforov', 'Veselov', 'Filippov', 'Bolshakov', 'Sukhanov', 'Mironov', 'Shiryaev', 'Konovalov', 'Shestakov',
  'Kazakov', 'Efimov', 'Denisov', 'Gromov', 'Davydov', 'Melnikov', 'Shcherbakov', 'Blinov', 'Kolesnikov', 'Karpov', 'Vlasov',
  'Maslov', 'Isakov', 'Tikhonov', 'Aksenov', 'Gavrilov', 'Rodionov', 'Gorbunov', 'Kudryashov', 'Bykov', 'Zuev', 'Tretyakov',
  'Savelyev', 'Rybakov', 'Suvorov', 'Abramov', 'Voronin', 'Mukhin', 'Arkhipov', 'Trofimov', 'Martynov', 'Emelyanov', 'Gorshkov',
  'Chernov', 'Ovchinnikov', 'Seleznev', 'Panfilov', 'Kopylov', 'Mikheev', 'Galkin', 'Nazarov', 'Lobanov', 'Lukin', 'Belyakov',
  'Potapov', 'Nekrasov', 'Khokhlov', 'Zhdanov', 'Naumov', 'Shilov', 'Vorontsov', 'Ermakov', 'Drozdov', 'Ignatiev', 'Savin',
  'Loginov', 'Safonov', 'Kapustin', 'Kirillov', 'Moiseev', 'Eliseev', 'Koshelev', 'Kostin', 'Orekhov', 'Efremov', 'Isaev',
];
export const CN_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo'];
export const CN_GIVEN = ['Wei', 'Jun', 'Lei', 'Yong', 'Jie', 'Tao', 'Ming', 'Hui', 'Qiang', 'Bin', 'Hao', 'Xiaoming', 'Jianguo', 'Zhiwei', 'Haitao', 'Yufeng', 'Guohua', 'Lijun'];

export const PERSON_ROLES = [
  'Chief executive of {org}', 'Chairman of {org}', 'Managing director of {org}', 'Head of sales at {org}', 'Commercial director of {org}',
  'Spokesperson for {org}', 'Deputy chief executive of {org}', 'Head of the plant at {org}', 'Director of development at {org}',
];
export const GOV_ROLES = ['Minister at {org}', 'Deputy minister at {org}', 'Head of {org}', 'Spokesperson for {org}'];
export const ANALYST_ROLES = ['Car industry analyst', 'Independent market analyst', 'Head of research at an industry consultancy'];

export const RU_CITIES = [
  'Kaluga', 'Tula', 'Samara', 'Ulyanovsk', 'Yelabuga', 'Izhevsk', 'Cherkessk', 'Kaliningrad', 'Vladivostok', 'Lipetsk',
  'Yaroslavl', 'Kursk', 'Bryansk', 'Penza', 'Saransk', 'Cheboksary', 'Kostroma', 'Vologda', 'Tambov', 'Orenburg',
];
export const CN_CITIES = ['Hefei', 'Changchun', 'Wuhu', 'Baoding', 'Shenzhen', 'Liuzhou', 'Harbin', 'Tianjin', 'Xiamen', 'Zhengzhou', 'Xiangyang', 'Ningbo'];
export const RU_REGIONS = ['Kaluga Region', 'Tula Region', 'Samara Region', 'Tatarstan', 'Bashkortostan', 'Nizhny Novgorod Region', 'Primorye', 'Udmurtia', 'Chuvashia', 'Lipetsk Region', 'Yaroslavl Region', 'Perm Territory', 'Vladimir Region', 'Kursk Region', 'Penza Region'];

export const GOVERNMENT_BODIES: [name: string, aliases: string[], country: string][] = [
  ['Ministry of Transport', ['Mintrans', 'Минтранс'], 'RU'],
  ['Federal Antimonopoly Service', ['FAS', 'ФАС'], 'RU'],
  ['Ministry of Economic Development', ['Minekonomrazvitiya', 'Минэкономразвития'], 'RU'],
  ['Federal Customs Service', ['FTS', 'ФТС'], 'RU'],
  ['Ministry of Finance', ['Minfin', 'Минфин'], 'RU'],
  ['State Duma Committee on Industry', ['Комитет Госдумы по промышленности'], 'RU'],
  ['Ministry of Commerce of China', ['MOFCOM', 'Минкоммерции КНР'], 'CN'],
  ['National Development and Reform Commission', ['NDRC', 'Госкомитет по развитию и реформе КНР'], 'CN'],
  ['Eurasian Economic Commission', ['EEC', 'ЕЭК'], 'RU'],
  ['Federal Tax Service', ['FNS', 'ФНС'], 'RU'],
];

export const MEDIA_PREFIXES = ['Avto', 'Motor', 'Delovoy', 'Sibirsky', 'Uralsky', 'Volzhsky', 'Asia', 'Eurasia', 'Baltic', 'Pacific', 'Northern', 'Eastern', 'Kama', 'Neva'];
export const MEDIA_SUFFIXES = ['Vestnik', 'Kurier', 'Gazeta', 'Wire', 'Daily', 'Obozrenie', 'Journal', 'Herald', 'Monitor', 'Telegraph', 'Business News', 'Auto Review'];

export const MODEL_CODES = ['M-40', 'M-70', 'S5', 'S7', 'T3', 'T9', 'X30', 'X50', 'V6', 'Q8', 'E2', 'E5', 'L10', 'P4', 'K12', 'R7', 'D20', 'G3', 'Z1', 'N8'];
export const EVENT_NAMES = ['Motor Show', 'Industry Forum', 'Auto Expo', 'Economic Forum', 'Trucks and Buses Fair', 'Electric Mobility Summit'];

export const STORYLINES: [title: string, summary: string][] = [
  ['Chinese carmakers in Russia', 'How Chinese carmakers moved into the Russian market, from imported kits to local plants and shared brands.'],
  ['Localising car production', 'The push to make more of each car in Russia: parts plants, subsidies tied to local content and the suppliers who follow.'],
  ['Truck makers and their partners', 'Russian truck and bus makers and the foreign partners that supply their cabs, engines and designs.'],
  ['Electric vehicles', 'Plans, prototypes and the first production of electric cars, buses and vans, and the charging networks behind them.'],
  ['The parts shortage', 'How carmakers coped when imported parts stopped arriving, and what they built instead.'],
  ['Plant takeovers', 'Car plants that changed hands as foreign owners left, and what their new owners build there.'],
  ['Soviet brands revived', 'Old Soviet car badges brought back on new cars, and the companies behind the revivals.'],
  ['Assembly in the regions', 'Regional governments competing for assembly lines, with land, tax breaks and promises of jobs.'],
  ['Exports to Central Asia', 'Russian-built cars and trucks sold in Kazakhstan, Uzbekistan and beyond, and the routes that carry them.'],
  ['Prices and the car market', 'Car prices, recycling fees and import duties, and what they did to sales.'],
  ['Buses for the cities', 'City bus orders, electric buses and the plants that build them.'],
  ['Sanctions and supply chains', 'The rules that cut supply chains and the routes found around them.'],
];

// ---------------------------------------------------------------- the words of the text

export const PRODUCTS = [
  'compact crossovers', 'pickup trucks', 'light commercial vans', 'city buses', 'heavy trucks', 'electric cars', 'mid-size sedans',
  'hatchbacks', 'tractors', 'minibuses', 'off-road vehicles', 'delivery vans', 'dump trucks', 'electric buses', 'hybrid crossovers',
  'liftbacks', 'estate cars', 'refrigerated trucks', 'tow trucks', 'school buses',
];
export const PRODUCT_SINGULAR = [
  'crossover', 'pickup', 'van', 'bus', 'truck', 'electric car', 'sedan', 'hatchback', 'tractor', 'minibus', 'liftback', 'electric bus',
];
export const COMPONENTS = [
  'engines', 'gearboxes', 'axles', 'seats', 'body panels', 'headlamps', 'wiring harnesses', 'batteries', 'electric motors',
  'brake systems', 'tyres', 'windscreens', 'dashboards', 'steering systems', 'suspension parts', 'control units', 'chips',
  'radiators', 'exhaust systems', 'infotainment units', 'airbags', 'cabs', 'chassis frames', 'fuel tanks',
];
export const PROCESSES = ['welding', 'painting', 'stamping', 'final assembly', 'body assembly', 'engine assembly', 'quality control', 'testing', 'logistics'];
export const TOPICS = [
  'technology transfer', 'joint production', 'localising components', 'a new engine plant', 'electric vehicle development',
  'dealer cooperation', 'parts supply', 'contract assembly', 'exports to Central Asia', 'joint research', 'a shared platform',
  'after-sales service', 'battery supply', 'a training centre for engineers',
];
export const SUPPORT = ['state subsidies', 'a soft loan', 'tax relief', 'a special investment contract', 'export support', 'land for a new plant', 'cheaper electricity'];
export const STAGES = ['early', 'advanced', 'final', 'preliminary', 'exploratory'];
export const MOODS = ['cautious', 'optimistic', 'upbeat', 'guarded', 'confident', 'sceptical', 'hopeful', 'realistic'];
export const CHANGES_UP = ['rose', 'grew', 'climbed', 'increased', 'jumped'];
export const CHANGES_DOWN = ['fell', 'dropped', 'slipped', 'declined', 'shrank'];
export const VERBS = ['expand', 'double', 'cut', 'resume', 'launch', 'localise', 'restart', 'raise', 'halt', 'widen', 'scale back', 'speed up'];
export const DEAL_NOUNS = ['agreement', 'deal', 'partnership', 'memorandum', 'joint venture', 'contract', 'arrangement'];
export const FEES = ['recycling fee', 'import duty', 'customs duty', 'utilisation fee', 'excise on engines'];
export const SAID = ['said', 'told reporters', 'noted', 'added', 'stressed', 'insisted', 'cautioned', 'confirmed', 'argued', 'suggested'];
export const CONNECTIVES = ['However,', 'Meanwhile,', 'Earlier,', 'Later,', 'At the same time,', 'In addition,', 'By contrast,', 'Separately,', 'Previously,', 'For now,', 'So far,', 'Still,'];
export const QUARTERS = ['first', 'second', 'third', 'fourth'];
export const ORDINALS = ['second', 'third', 'fourth', 'fifth'];
export const FAIL_VERBS = ['collapse', 'stall', 'fall apart', 'be delayed', 'be scaled back'];
export const HEADINGS = [
  'What the companies said', 'The numbers', 'What comes next', 'Background', 'Local production', 'Reaction',
  'The market', 'Parts and suppliers', 'The plant', 'Money and subsidies', 'Who else is involved', 'The road so far',
];

/**
 * Sentence templates. Slots: {A} {B} companies of the article, {CN} a Chinese
 * company, {P} a person and {role} the person's role, {O} {O2} outlets, {G} a
 * government body, {PL} a plant, {M} a model, {BR} a brand, {PLACE} a place,
 * {CNPLACE} a Chinese place, {EV} an event, {CYR} a Cyrillic name of {A};
 * numbers {qty} {qty2} {num} {small} {pct} {pctSmall} {money} {money2} {price};
 * times {month} {year} {yearEarly} {quarter}; words {product} {products}
 * {products2} {component} {components} {components2} {process} {process2}
 * {topic} {support} {stage} {mood} {up} {down} {verb} {dealNoun} {fee} {said}
 * {ordinal} {fail}.
 */
export const SENTENCES = [
  '{O} reported that {A} was in talks with {B} on the assembly of {products} at {PL}.',
  '{P}, {role}, told {O} that the company expected to {verb} output to {qty} a year by {year}.',
  'According to {O}, the two sides had not yet agreed on the price of the {component} kits.',
  '{A} declined to comment on the report, while a spokesperson for {B} said the talks were at an {stage} stage.',
  'The plant in {PLACE} built {qty} last year, down from {qty2} a year earlier.',
  'Analysts quoted by {O2} estimated that localisation would need at least {money} in new investment.',
  '{G} has tied its subsidies to the share of locally made {components} in each vehicle.',
  'The {M} is expected to go on sale through the dealer network of {A} in {month}.',
  'Neither company disclosed the terms of the {dealNoun}.',
  'In a statement, {A} said the first {products} would leave the line in {month} {year}.',
  'The report cited two people familiar with the talks who asked not to be named.',
  'Production of the {M} depends on deliveries of {components} from {CN} by rail through {CNPLACE}.',
  '{P} {said} that {A} was {mood} about demand for {products} in the regions.',
  'Sales of {products} {up} by {pct} in the {quarter} quarter, {O} wrote, citing industry data.',
  'Sales of {products} {down} by {pct} in the {quarter} quarter, {O} wrote, citing dealers.',
  '{B} had said it would {verb} its business in {PLACE} only if {G} kept the {fee} unchanged.',
  'The {dealNoun} follows a difficult year for {A}, which lost {money} on revenue of {money2}.',
  'Workers at {PL} are being retrained to handle {process} and {process2}.',
  '{O} noted that the {BR} badge would be used for the vehicles built under the {dealNoun}.',
  'The Russian name of the company, «{CYR}», appears on the documents filed in {PLACE}.',
  '{A} plans to raise the share of locally made parts to {pct} by {year}.',
  'A source close to {B} said the {dealNoun} could still {fail} if the rouble weakened further.',
  'The first batch of {num} {products} was assembled from kits shipped from {CNPLACE}.',
  'The project was presented at {EV}, where {P} spoke of {mood} plans for the plant.',
  '{G} confirmed that it had received an application from {A} for {support}.',
  'The {M} shares its {components} and {components2} with models that {CN} sells in China.',
  'Prices for the {M} will start at {price}, {O} reported, citing dealers.',
  '{A} did not say how many jobs the project would create.',
  'By {month}, the line at {PL} was running in {small} shifts.',
  'The {dealNoun} is the {ordinal} of its kind between a Russian and a Chinese carmaker this year.',
  'Registration data showed {num} new {products} in {PLACE} over the period.',
  '{P} said the company would decide on a second stage of the project by the end of {year}.',
  'Competition from imported {products} has put pressure on margins at {A}.',
  'In {month} {year}, {A} and {B} signed a memorandum on {topic}.',
  'The report did not say whether {G} would take a stake in the venture.',
  'The two companies have worked together since {yearEarly}, when {B} began supplying {components} to {A}.',
  'Local officials in {PLACE} said the site had room for a second assembly line.',
  'The agency said the figures were preliminary and could be revised.',
  '{O} said the {dealNoun} covered {products} at first and {products2} later.',
  'Shares in {A} rose {pctSmall} on the news, while the wider market was flat.',
  'A spokesperson for {G} said officials were studying the proposal.',
  'The {M} will be sold under the {BR} name, {P} confirmed.',
  'Logistics remain a problem: kits take up to {small} weeks to arrive by rail from {CNPLACE}.',
  'The plant can build {qty} a year, but it has rarely used more than half of that capacity.',
  '{A} said it would {verb} the project in stages, beginning with {process}.',
  'Dealers in {PLACE} said waiting times for the {M} had grown to {small} months.',
  '{P} {said} that talks on {topic} with {CN} were continuing.',
  'The {fee} rose again in {month}, adding about {price} to the price of an imported car.',
  'Engineers from {CN} have been working at {PL} since {month}, {O} reported.',
  'The company expects {process} to start at {PL} within {small} months.',
];

export const BRIEF_OPENERS = [
  '{O} reported on {date} that {A} and {B} were discussing {topic}.',
  '{A} said on {date} that it would {verb} the output of {products} at {PL}.',
  'According to {O}, {A} has started {process} of the {M} at {PL}.',
  '{G} said on {date} that it would support the project of {A} in {PLACE}.',
  '{P}, {role}, told {O} that the company was {mood} about its plans with {B}.',
];

export const TITLES = [
  '{A} and {B} in talks over {product} assembly in {PLACE}',
  '{A} to {verb} {product} output at {PL}',
  '{P} says {A} will {verb} {product} production by {year}',
  '{G} backs plan by {A} for a {product} plant in {PLACE}',
  '{B} denies plans to build cars with {A}',
  '{A} starts assembly of the {M} at {PL}',
  '{A} sales {up} {pct} as demand for {products} recovers',
  '{A} sales {down} {pct} as the {fee} bites',
  '{A} and {B} sign agreement on {topic}',
  '{A} puts its {product} project on hold',
  'The {M} goes on sale in {PLACE}',
  '{A} looks to {CN} for {components}',
  '{O}: {A} weighs a second line at {PL}',
  '{A} asks {G} for {support}',
  '{A} and {B} agree on {topic} at {PL}',
];

export const SUMMARIES = [
  '{O} reported that {A} and {B} were discussing {topic}, with the first {products} possible by {year}.',
  '{A} plans to {verb} output of {products} at {PL}, {O} reported.',
  '{P} told {O} that {A} expected to build {qty} a year once {process} was in place.',
  '{A} and {B} are working on {topic}. {O} said the {dealNoun} was at an {stage} stage.',
  '{G} is weighing {support} for {A}, which wants to build {products} in {PLACE}.',
  'Sales at {A} {up} by {pct}, {O} reported. The company credited demand for {products}.',
];

export const ENTITY_PROFILE_SENTENCES: Record<string, string[]> = {
  company: [
    '{name} builds {products} and sells them through its own dealer network.',
    'It was founded in {yearEarly} and is based in {PLACE}.',
    'Its partners have included {X}, which supplies {components}.',
    'The company employs several thousand people at its main plant.',
  ],
  brand: ['{name} is a brand of {X}, used on {products}.', 'The badge first appeared in {yearEarly}.'],
  government: ['{name} oversees rules that affect carmakers, from the {fee} to {support}.', 'Its officials comment on plans by {X} from time to time.'],
  person: ['{name} is {role}.', 'In interviews {name} has spoken about {topic}.'],
  media: ['{name} covers the car industry and business news.', 'Its reports are often quoted by other outlets.'],
  plant: ['{name} builds {products} in {PLACE}.', 'Its lines cover {process} and {process2}.'],
  model: ['The {name} is built by {X}.', 'It went on sale in {yearEarly}.'],
  place: ['{name} is home to several suppliers of {components}.', 'Its authorities have courted carmakers with {support}.'],
  event: ['{name} brings together carmakers, suppliers and officials.', 'Several agreements on {topic} were signed there.'],
};

/** Every ordinary word of the templates and lists above, lowercased: no alias may be one of them. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [
    ...SENTENCES, ...BRIEF_OPENERS, ...TITLES, ...SUMMARIES, ...Object.values(ENTITY_PROFILE_SENTENCES).flat(),
    ...PRODUCTS, ...PRODUCT_SINGULAR, ...COMPONENTS, ...PROCESSES, ...TOPICS, ...SUPPORT, ...STAGES, ...MOODS,
    ...CHANGES_UP, ...CHANGES_DOWN, ...VERBS, ...DEAL_NOUNS, ...FEES, ...SAID, ...CONNECTIVES, ...QUARTERS, ...ORDINALS,
    ...FAIL_VERBS, ...HEADINGS,
  ]
    .join(' ')
    .replace(/\{[^}]*\}/g, ' ')
    .toLowerCase()
    .split(/[^a-z-]+/)
    .filter(Boolean),
);
