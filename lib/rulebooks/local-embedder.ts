/** The local embedder's id and vector length (the model is lib/ai/local-embedding-model.ts), recorded with every rule system it embeds. */
export const LOCAL_EMBEDDING_MODEL_ID = 'local-hash-384';
export const LOCAL_EMBEDDING_DIMENSIONS = 384;

/** Words that say little about which rule a passage is about. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to ' +
    'too under until up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves also may must might shall us one ones'
  ).split(' '),
);

// How much each kind of feature counts: whole words carry the meaning, word pairs the phrasing,
// and the letter triples of a word let "grapple" meet "grappled" when stemming misses.
const UNIGRAM_WEIGHT = 1;
const BIGRAM_WEIGHT = 0.6;
/** The length (L2) of one word's letter triples together, beside 1 for the word: long words do not outweigh short ones. */
const TRIGRAM_NORM_PER_WORD = 0.5;

/** A light suffix stripper: enough that "attacks", "attacked" and "attacking" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "grappl" from "grappled" and "grapple" alike; doubled letters from "-ing"/"-ed" ("hitting") fold once.
  if (w.length > 3 && w.at(-1) === w.at(-2) && !'lsz'.includes(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

/** Lower case, accents folded, anything but letters and digits a separator. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** The stems of a text's words that say what it is about (see STOP_WORDS), each once. */
export function keyStems(text: string): Set<string> {
  return new Set(words(text).filter((word) => !STOP_WORDS.has(word)).map((word) => (/^\d+$/.test(word) ? word : stem(word))));
}

/** 32-bit FNV-1a of a string, seeded so feature kinds do not collide by construction. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche (murmur3's fmix32) so the low bits used for the bucket are well mixed.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED_WORD = 0x9e3779b9;
const SEED_PAIR = 0x85ebca77;
const SEED_TRIGRAM = 0xc2b2ae3d;

/**
 * Embeds one text: features are counted (per feature, weighted by kind), their counts
 * dampened (1 + ln tf), hashed to a bucket with a hashed sign, and the vector is
 * scaled to unit length. Texts without a single feature get the zero vector.
 */
export function embedText(text: string, dimensions = LOCAL_EMBEDDING_DIMENSIONS): number[] {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  let previous: string | null = null;
  for (const word of words(text)) {
    if (STOP_WORDS.has(word)) continue;
    // Numbers are kept as words (DC 15, 30 feet) but not broken into letter triples.
    const stemmed = /^\d+$/.test(word) ? word : stem(word);
    add(`w:${stemmed}`, UNIGRAM_WEIGHT);
    if (previous !== null) add(`b:${previous} ${stemmed}`, BIGRAM_WEIGHT);
    previous = stemmed;
    if (word.length >= 4 && !/^\d+$/.test(word)) {
      const padded = `<${word}>`;
      const n = padded.length - 2;
      const weight = TRIGRAM_NORM_PER_WORD / Math.sqrt(n);
      for (let i = 0; i < n; i++) add(`t:${padded.slice(i, i + 3)}`, weight);
    }
  }
  const vector = new Float64Array(dimensions);
  for (const [feature, weight] of counts) {
    const kind = feature.charCodeAt(0);
    const h = hash(feature, kind === 119 ? SEED_WORD : kind === 98 ? SEED_PAIR : SEED_TRIGRAM);
    // Sublinear term frequency: the count relative to one occurrence of its kind.
    const unit = kind === 119 ? UNIGRAM_WEIGHT : kind === 98 ? BIGRAM_WEIGHT : null;
    const value = unit === null ? weight : unit * (1 + Math.log(weight / unit));
    vector[h % dimensions]! += h & 0x80000000 ? -value : value;
  }
  let norm = 0;
  for (let i = 0; i < dimensions; i++) norm += vector[i]! * vector[i]!;
  norm = Math.sqrt(norm);
  const out = new Array<number>(dimensions);
  for (let i = 0; i < dimensions; i++) out[i] = norm > 0 ? vector[i]! / norm : 0;
  return out;
}
