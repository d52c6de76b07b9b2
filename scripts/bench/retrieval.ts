import { openPglite } from '@/lib/db/pglite';
import { searchRuleChunks } from '@/lib/db/queries/rule-search';
import { saveRuleSystem, type EmbeddedRuleChunk } from '@/lib/db/queries/rule-systems';
import { exactSearchRuleChunks, HNSW_EF_SEARCH, searchRuleChunksByVector, type VectorHit } from '@/lib/db/queries/rule-vector-search';
import type { Database } from '@/lib/db/types';
import { embedText, LOCAL_EMBEDDING_DIMENSIONS, LOCAL_EMBEDDING_MODEL_ID } from '@/lib/rulebooks/local-embedder';
import type { RuleChunk } from '@/lib/rulebooks/types';
import { percentile } from './load';

// ---------------------------------------------------------------------------------------------
// A synthetic rulebook: chapters of sections, each about one topic (with a second one mixed in),
// written from sentence templates whose blanks are filled mostly with the topic's words. Passages
// of one section resemble each other more than passages of another, as in a real rulebook, so
// the nearest neighbours of a question are meaningful and not a tie among random texts.
// ---------------------------------------------------------------------------------------------

const TOPICS: Record<string, string> = {
  Combat: 'attack weapon melee ranged hit miss critical armor target opponent strike parry flank cover reach disengage dodge shove duel blow',
  Spellcasting: 'spell slot cast concentration component verbal somatic material ritual cantrip arcane divine focus scroll wand incantation caster spellbook prepared',
  Movement: 'move speed feet climb swim jump crawl difficult terrain fly hover teleport dash squares distance path fall land stand leap',
  Conditions: 'blinded charmed deafened frightened grappled incapacitated invisible paralyzed petrified poisoned restrained stunned unconscious exhaustion condition suffer immune afflicted',
  Resting: 'rest short long hour sleep recover spend regain watch camp night interrupted heal respite bedroll fatigue refresh dawn',
  Equipment: 'shield light heavy donning doffing pack rope torch lantern ration coin gold silver weight encumbrance carry load item gear',
  Social: 'persuasion deception intimidation insight attitude friendly hostile indifferent bargain reward favor reputation faction noble merchant negotiation bribe trust rumor',
  Exploration: 'search perception investigation trap door lock secret darkness vision dim bright hidden track survival map dungeon corridor room hazard',
  Stealth: 'hide stealth surprise noticed sneak shadow silent obscured ambush passive unseen lurk conceal quiet detect position reveal',
  Dying: 'points zero dying death stabilize success failure massive instant revive resurrection temporary unconscious wounds fallen grave corpse',
  Turns: 'initiative order turn round bonus reaction ready trigger delay start end opportunity interact object sequence simultaneous tie',
  Abilities: 'strength dexterity constitution intelligence wisdom charisma modifier score proficiency expertise advantage disadvantage contest skill aptitude talent',
  Environment: 'weather cold heat storm wind fog water drowning suffocating altitude ice desert forest swamp lava underwater blizzard rain',
  Mounts: 'mount rider saddle horse gallop vehicle ship crew wagon steer sail oar pilot cargo harness stable canter',
  Downtime: 'downtime craft tool workshop days train research carouse income lifestyle wages apprentice guild commission project labor',
  Afflictions: 'poison disease toxin dose onset incubation symptom cure antidote infected plague fever contagion remedy venom sickness',
  DamageTypes: 'acid bludgeoning fire force lightning necrotic piercing psychic radiant slashing thunder resistance vulnerability immunity elemental burn',
  Creatures: 'creature monster size tiny small large huge gargantuan legendary lair challenge rating beast undead fiend dragon',
  Advancement: 'experience level advancement class feature multiclass feat improvement milestone subclass archetype prerequisite progression hit die',
  Planes: 'plane astral ethereal portal realm elemental shadowfell feywild abyss heaven cosmology travel demiplane border layer infinite',
  Objects: 'object break hardness durability door chest statue lever attend fragile sturdy repair shatter smash container barrier',
  Healing: 'healing potion cure restore wounds medicine kit herbalism spare life remedy tend bandage salve vitality mend',
  Magic_Items: 'attunement wondrous rarity common uncommon rare legendary artifact charges recharge cursed sentient identify enchanted relic',
  Vision: 'darkvision blindsight truesight tremorsense sight heavily lightly obscured illumination shadow glow radius sense blindness',
};

const GENERAL = {
  creature: ['creature', 'character', 'target', 'foe', 'ally', 'adventurer', 'monster', 'combatant'],
  ability: ['Strength', 'Dexterity', 'Constitution', 'Intelligence', 'Wisdom', 'Charisma'],
  condition: ['blinded', 'charmed', 'frightened', 'grappled', 'poisoned', 'prone', 'restrained', 'stunned'],
  damage: ['acid', 'cold', 'fire', 'force', 'lightning', 'necrotic', 'poison', 'psychic', 'radiant', 'thunder'],
  time: ['until the end of its next turn', 'for 1 minute', 'for 1 hour', 'until it finishes a long rest', 'until the start of your next turn'],
  verb: ['uses', 'ignores', 'gains', 'loses', 'spends', 'chooses', 'targets', 'crosses', 'avoids', 'triggers'],
};

const TEMPLATES = [
  'When a {creature} {verb} {a} {t} {t}, it must succeed on a {ability} saving throw against DC {dc} or be {condition} {time}.',
  'You can {tv} {a} {t} as an action; doing so requires a {ability} check using your {t} {t}.',
  'A {t} {t} counts as {t} for the purpose of {t} and {t} rules.',
  'On a hit, the {creature} takes {n}d{die} {damage} damage, and its {t} is reduced by {n}0 feet.',
  'If the {t} is {t}, the {creature} has advantage on {t} checks made to {tv} it.',
  'While {condition}, a {creature} cannot {tv} {t} or take {t} actions.',
  'The {t} lasts {time}, after which the {t} ends and any {t} is lost.',
  'Each {t} has {n} {t}, which it regains when it finishes a long rest.',
  'You add your proficiency bonus to {t} rolls made with a {t} {t} you are proficient with.',
  'The Game Master decides whether a {t} {t} succeeds, using the {t} as a guide.',
  'A {creature} that {verb} {a} {t} gains {n} temporary hit points and can {tv} {t} {time}.',
  'Unless a rule says otherwise, {t} and {t} stack, but two {t} effects of the same name do not.',
  'To {tv} a {t}, make a {ability} ({t}) check against the {t} DC of {dc}.',
  'Some {t} require {t}: a {creature} without {t} has disadvantage on {t} rolls.',
  'A {t} {t} deals {n}d{die} {damage} damage to each {creature} within {n}0 feet of the {t}.',
  'Halve the {t} of any {creature} that is {condition} or standing in {t} {t}.',
  'Table: {t} and {t}. Roll {n}d{die} to determine the {t}; on a {dc} or higher the {t} is {t}.',
  'If you {tv} {a} {t} during your turn, you cannot also {tv} {t} until your next turn.',
  'The {t} of a {t} equals 8 + your {ability} modifier + your {t} bonus.',
  'A {creature} can end the {t} early by spending its {t} to {tv} the {t}.',
  'Example: a {creature} with {n} {t} tries to {tv} the {t}; the Game Master calls for a {ability} check.',
  'Variant rule: instead of {t}, groups may use {t} {t}, which makes {t} faster.',
];

// Paraphrases a question might use in place of the rulebook's words.
const SYNONYMS: Record<string, string> = {
  creature: 'monster', character: 'hero', target: 'victim', attack: 'strike', damage: 'harm', succeed: 'pass', hit: 'connect',
  spell: 'magic', move: 'go', speed: 'pace', rest: 'break', gains: 'gets', loses: 'drops', ends: 'stops', must: 'has to',
  action: 'move', advantage: 'edge', disadvantage: 'penalty', check: 'roll', reduced: 'lowered', cannot: "can't", lasts: 'holds',
  weapon: 'blade', hidden: 'concealed', darkness: 'dark', recover: 'regain', heal: 'cure', proficient: 'trained', deals: 'does',
  makes: 'takes', within: 'inside', each: 'every', decides: 'rules', effects: 'results', requires: 'needs', equals: 'is',
};

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const topicNames = Object.keys(TOPICS);
const topicWords = Object.fromEntries(topicNames.map((t) => [t, TOPICS[t]!.split(' ')]));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(rng: Rng, main: string[], second: string[]): string {
  const template = pick(rng, TEMPLATES);
  // Most blanks take a word of the section's topic; some its second topic's, a few any topic's.
  const word = () => {
    const r = rng();
    return r < 0.72 ? pick(rng, main) : r < 0.92 ? pick(rng, second) : pick(rng, topicWords[pick(rng, topicNames)]!);
  };
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 't':
      case 'tv':
        return word();
      case 'a':
        return rng() < 0.5 ? 'a' : 'the';
      case 'n':
        return String(1 + Math.floor(rng() * 6));
      case 'die':
        return String(pick(rng, [4, 6, 8, 10, 12]));
      case 'dc':
        return String(10 + Math.floor(rng() * 11));
      default:
        return pick(rng, GENERAL[slot as keyof typeof GENERAL]);
    }
  });
}

type Section = { id: string; heading: string; main: string[]; second: string[]; chunks: number };

/** A rulebook of `size` passages: chapters by topic, sections of 3 to 40 passages, 4 to 8 sentences each. */
export function syntheticRulebook(size: number, seed: number): RuleChunk[] {
  const rng = random(seed);
  const sections: Section[] = [];
  let planned = 0;
  for (let chapter = 1; planned < size; chapter++) {
    const topic = pick(rng, topicNames);
    const sectionCount = 4 + Math.floor(rng() * 12);
    for (let s = 1; s <= sectionCount && planned < size; s++) {
      const second = pick(rng, topicNames);
      // A section narrows its topic to part of the topic's words, as "Grappling" narrows "Combat".
      const main = topicWords[topic]!.filter(() => rng() < 0.6);
      const chunks = Math.min(size - planned, 3 + Math.floor(rng() * 38));
      const title = `${capitalise(pick(rng, main.length ? main : topicWords[topic]!))} and ${capitalise(pick(rng, topicWords[second]!))}`;
      sections.push({
        id: `ch${chapter}-s${s}`,
        heading: `${topic.replace('_', ' ')} › ${title}`,
        main: main.length ? main : topicWords[topic]!,
        second: topicWords[second]!,
        chunks,
      });
      planned += chunks;
    }
  }
  const out: RuleChunk[] = [];
  let page = 1;
  for (const section of sections) {
    for (let i = 0; i < section.chunks; i++) {
      const sentences = Array.from({ length: 4 + Math.floor(rng() * 5) }, () => sentence(rng, section.main, section.second));
      out.push({ ordinal: out.length, sectionId: section.id, heading: section.heading, pageStart: page, pageEnd: page + (rng() < 0.2 ? 1 : 0), text: sentences.join(' ') });
      if (rng() < 0.4) page++;
    }
  }
  return out;
}

/**
 * A question about a passage, the way a player might ask it: one or two of
 * its sentences, cut short, some words dropped, and in half of the
 * questions some words said another way.
 */
export function questionAbout(chunk: RuleChunk, rng: Rng, paraphrase: boolean): string {
  const sentences = chunk.text.split(/(?<=\.)\s+/);
  const start = Math.floor(rng() * sentences.length);
  const words = sentences.slice(start, start + 1 + Math.floor(rng() * 2)).join(' ').replace(/[.;:,]/g, '').split(/\s+/);
  const length = Math.max(6, Math.floor(words.length * (0.5 + rng() * 0.4)));
  const kept = words.slice(0, length).filter(() => rng() > 0.15);
  return kept.map((w) => (paraphrase && SYNONYMS[w.toLowerCase()] && rng() < 0.7 ? SYNONYMS[w.toLowerCase()]! : w)).join(' ');
}

// ---------------------------------------------------------------------------------------------

/**
 * The vector search's p95 and recall@10 per library size, and the whole hybrid
 * look-up's p95 at the size of one real rulebook (the SRD 5.1 is 2,579 passages).
 */
type Goal = { p95Ms?: number; recallAt10?: number; hybridP95Ms?: number };
const GOALS: Record<number, Goal> = {
  2_500: { hybridP95Ms: 20 },
  10_000: { p95Ms: 10, recallAt10: 0.98 },
  100_000: { p95Ms: 25, recallAt10: 0.95 },
};

function goalMet(goal: Goal, vector: { p95Ms: number; recallAt10: { mean: number } }, hybrid: { p95Ms: number }): boolean {
  return (
    (goal.p95Ms === undefined || vector.p95Ms <= goal.p95Ms) &&
    (goal.recallAt10 === undefined || vector.recallAt10.mean >= goal.recallAt10) &&
    (goal.hybridP95Ms === undefined || hybrid.p95Ms <= goal.hybridP95Ms)
  );
}

const INDEX = 'rule_chunks_embedding_384_idx';
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const ms = (from: number) => performance.now() - from;

function latency(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1) ?? 0) };
}

/**
 * Recall@k of an approximate answer against the exact one. A passage counts
 * if it is among the exact k or no farther than the exact k-th (ties at the
 * k-th distance are equally right answers).
 */
function recall(approximate: VectorHit[], exact: VectorHit[], k: number): number {
  if (exact.length === 0) return 1;
  const truth = new Set(exact.slice(0, k).map((h) => h.chunkId));
  const kth = exact[Math.min(k, exact.length) - 1]!.distance;
  const found = approximate.slice(0, k).filter((h) => truth.has(h.chunkId) || h.distance <= kth + 1e-6).length;
  return found / Math.min(k, exact.length);
}

function recallStats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { mean: round(values.reduce((s, v) => s + v, 0) / values.length, 4), p5: round(percentile(sorted, 5), 4), min: round(sorted[0] ?? 0, 4) };
}

type Options = { sizes: number[]; queries: number; efSearch: number[]; m?: number; efConstruction?: number; workMem: string };

function parseArgs(args: string[]): Options {
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const list = (name: string) => value(name)?.split(',').map(Number);
  // Besides the app's setting, a few points of the latency / recall curve.
  const efSearch = list('ef-search') ?? [64, 100, 400];
  return {
    sizes: list('sizes') ?? [2_500, 10_000, 100_000],
    queries: Number(value('queries') ?? 200),
    // The app's setting is measured first; others are extra points on the curve.
    efSearch: [HNSW_EF_SEARCH, ...efSearch.filter((ef) => ef !== HNSW_EF_SEARCH)],
    m: value('m') ? Number(value('m')) : undefined,
    efConstruction: value('ef-construction') ? Number(value('ef-construction')) : undefined,
    workMem: memory(value('maintenance-work-mem') ?? '1GB'),
  };
}

function memory(setting: string): string {
  if (!/^\d+(kB|MB|GB)$/.test(setting)) throw new Error(`--maintenance-work-mem must look like 512MB or 1GB, not "${setting}"`);
  return setting;
}

async function indexDefinition(db: Database): Promise<string> {
  const { rows } = await db.query<{ def: string }>(`select pg_get_indexdef($1::regclass) as def`, [`public.${INDEX}`]);
  return rows[0]!.def;
}

function withParameter(def: string, name: string, value: number | undefined): string {
  return value === undefined ? def : def.replace(new RegExp(`${name}='?\\d+'?`), `${name}='${value}'`);
}

async function benchSize(size: number, options: Options) {
  const seed = 20261126 + size;
  const started = performance.now();
  const db = await openPglite('memory://');
  const openSeconds = ms(started) / 1000;

  // The migration's index, dropped for the bulk load and built again afterwards (with overrides when tuning).
  const migrationIndex = await indexDefinition(db);
  const definition = withParameter(withParameter(migrationIndex, 'm', options.m), 'ef_construction', options.efConstruction);
  await db.query(`drop index ${INDEX}`);

  let t = performance.now();
  const chunks = syntheticRulebook(size, seed);
  const generateSeconds = ms(t) / 1000;
  t = performance.now();
  const embedded: EmbeddedRuleChunk[] = chunks.map((c) => ({ ...c, embedding: embedText(`${c.heading}\n${c.text}`) }));
  const embedSeconds = ms(t) / 1000;

  t = performance.now();
  const id = crypto.randomUUID();
  await saveRuleSystem(db, {
    id,
    name: `Synthetic ${size}`,
    sourceName: `synthetic-${size}.pdf`,
    pageCount: embedded.at(-1)!.pageEnd,
    embeddingModel: LOCAL_EMBEDDING_MODEL_ID,
    dimensions: LOCAL_EMBEDDING_DIMENSIONS,
    module: { conditions: [], actions: [], abilities: [], skills: [], damageTypes: [], monsters: [], spells: [] },
    structure: [],
    chunks: embedded,
  });
  const loadSeconds = ms(t) / 1000;

  t = performance.now();
  // PGlite is one process: no parallel maintenance workers. A graph that fits in
  // maintenance_work_mem is built in memory, many times faster than on pages.
  await db.transaction(async (tx) => {
    await tx.query(`set local maintenance_work_mem = '${options.workMem}'`);
    await tx.query(definition);
  });
  const buildSeconds = ms(t) / 1000;
  const parallelWorkers = Number(
    (await db.query<{ workers: string }>(`select current_setting('max_parallel_maintenance_workers') as workers`)).rows[0]!.workers,
  );
  const sizes = (
    await db.query<{ index_mb: number; table_mb: number }>(
      `select pg_relation_size($1::regclass) / 1048576.0 as index_mb, pg_total_relation_size('rule_chunks') / 1048576.0 as table_mb`,
      [`public.${INDEX}`],
    )
  ).rows[0]!;
  console.error(`${size}: generated ${round(generateSeconds)} s, embedded ${round(embedSeconds)} s, loaded ${round(loadSeconds)} s, HNSW built ${round(buildSeconds)} s`);

  // Questions about random passages: half cut-down quotes, half paraphrased.
  const rng = random(seed ^ 0x5eed);
  const sources = Array.from({ length: options.queries }, () => Math.floor(rng() * chunks.length));
  const questions = sources.map((ordinal, i) => questionAbout(chunks[ordinal]!, rng, i % 2 === 1));
  const idOf = new Map(
    (await db.query<{ id: string | number; ordinal: number }>('select id, ordinal from rule_chunks where rule_system_id = $1', [id])).rows.map((r) => [r.ordinal, String(r.id)]),
  );
  const isSource = (i: number) => (h: { chunkId: string }) => h.chunkId === idOf.get(sources[i]!);
  t = performance.now();
  const vectors = questions.map((q) => embedText(q));
  const queryEmbedUs = (ms(t) * 1000) / questions.length;

  const input = (i: number) => ({ ruleSystemIds: [id], embedding: vectors[i]!, dimensions: LOCAL_EMBEDDING_DIMENSIONS, limit: 10 });
  // Warm up caches and the planner.
  for (let i = 0; i < Math.min(20, questions.length); i++) {
    await searchRuleChunksByVector(db, { ...input(i), strategy: 'hnsw' });
    await searchRuleChunks(db, { ...input(i), query: questions[i]! });
  }

  const exact: VectorHit[][] = [];
  const exactMs: number[] = [];
  for (let i = 0; i < questions.length; i++) {
    t = performance.now();
    exact.push(await exactSearchRuleChunks(db, input(i)));
    exactMs.push(ms(t));
  }

  const byEfSearch = [];
  for (const efSearch of options.efSearch) {
    const times: number[] = [];
    const recalls: number[] = [];
    let found = 0;
    for (let i = 0; i < questions.length; i++) {
      t = performance.now();
      const hits = await searchRuleChunksByVector(db, { ...input(i), strategy: 'hnsw', efSearch });
      times.push(ms(t));
      recalls.push(recall(hits, exact[i]!, 10));
      if (hits.some(isSource(i))) found++;
    }
    byEfSearch.push({ efSearch, ...latency(times), recallAt10: recallStats(recalls), sourceInTop10: round(found / questions.length, 3) });
    console.error(`${size} ef_search=${efSearch}: p95 ${latency(times).p95Ms} ms, recall@10 ${JSON.stringify(recallStats(recalls))}`);
  }

  const hybridMs: number[] = [];
  const hybridFound = { quoted: 0, paraphrased: 0 };
  const exactFound = { quoted: 0, paraphrased: 0 };
  for (let i = 0; i < questions.length; i++) {
    t = performance.now();
    const hits = await searchRuleChunks(db, { ...input(i), query: questions[i]! });
    hybridMs.push(ms(t));
    const kind = i % 2 === 1 ? 'paraphrased' : 'quoted';
    if (hits.some(isSource(i))) hybridFound[kind]++;
    if (exact[i]!.some(isSource(i))) exactFound[kind]++;
  }
  const half = (n: number) => round(n / (questions.length / 2), 3);

  const index = /with \((.*)\)/i.exec(definition)?.[1] ?? '';
  const chosen = byEfSearch[0]!;
  const goal = GOALS[size];
  const result = {
    chunks: size,
    index: { definition: index, m: Number(/m='?(\d+)/.exec(index)?.[1]), efConstruction: Number(/ef_construction='?(\d+)/.exec(index)?.[1]), efSearch: chosen.efSearch },
    seconds: { open: round(openSeconds), generate: round(generateSeconds), embed: round(embedSeconds), load: round(loadSeconds), build: round(buildSeconds) },
    build: { maintenanceWorkMem: options.workMem, parallelMaintenanceWorkers: parallelWorkers },
    embedPerSecond: Math.round(size / embedSeconds),
    queryEmbedUs: round(queryEmbedUs),
    sizeMb: { index: round(Number(sizes.index_mb), 1), tableWithIndexes: round(Number(sizes.table_mb), 1) },
    vector: { p50Ms: chosen.p50Ms, p95Ms: chosen.p95Ms, maxMs: chosen.maxMs, recallAt10: chosen.recallAt10 },
    hybrid: { ...latency(hybridMs) },
    // How often the passage a question was written from is among the first 10: a check that the corpus and embedder make sense.
    sourceInTop10: {
      exactVector: { quoted: half(exactFound.quoted), paraphrased: half(exactFound.paraphrased) },
      hybrid: { quoted: half(hybridFound.quoted), paraphrased: half(hybridFound.paraphrased) },
    },
    anchor: { exactScan: latency(exactMs) },
    byEfSearch,
    goal: goal ?? null,
    met: goal ? goalMet(goal, chosen, latency(hybridMs)) : null,
    memory: { maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssMb: Math.round(process.memoryUsage().rss / 1048576) },
  };
  await db.close();
  return result;
}

/**
 * Rules retrieval on the embedded database: synthetic rulebooks of 2,500
 * (one real rulebook), 10k and 100k passages embedded by the local embedder,
 * the HNSW index built after the bulk load, then questions about random
 * passages. Reports the HNSW query's latency and recall@10 against an exact
 * scan (the anchor, measured in the same run) and the hybrid query's latency.
 */
export async function retrievalBench(args: string[] = []) {
  const options = parseArgs(args);
  const started = performance.now();
  const sizes = [];
  for (const size of options.sizes) sizes.push(await benchSize(size, options));
  return {
    bench: 'retrieval',
    database: 'PGlite 0.5.14 in memory, pgvector 0.8',
    embedder: LOCAL_EMBEDDING_MODEL_ID,
    queries: options.queries,
    recallDefinition: 'recall@10 of the HNSW search against an exact scan; a passage as near as the exact 10th counts',
    goals: GOALS,
    met: Object.fromEntries(sizes.map((s) => [String(s.chunks), s.met])),
    sizes,
    totalSeconds: round(ms(started) / 1000, 1),
  };
}
