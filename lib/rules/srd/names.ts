/**
 * Name look-ups that forgive what people and models type: any case,
 * punctuation, a leading "the", plurals ("skeletons"), inverted names
 * ("light crossbow" for "Crossbow, light") and small typos ("firebal").
 */

const articles = new Set(['the', 'a', 'an']);

/** One word in its singular form; only needs to agree with itself, not with a dictionary. */
function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ves')) return `${word.slice(0, -3)}f`;
  if (/(ches|shes|xes|zes|sses|oes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Lower case, accents and apostrophes gone, punctuation as spaces, no leading article. */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && articles.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** The key names are compared by: normalized, every word singular. */
export function nameKey(name: string): string {
  return normalizeName(name).split(' ').map(singular).join(' ');
}

/** Other ways people write a name: "Crossbow, light" is also "light crossbow", "Rope, hempen (50 feet)" "hempen rope". */
function spellings(name: string): string[] {
  const plain = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const forms = new Set([name, plain]);
  for (const form of [name, plain]) {
    const comma = form.indexOf(', ');
    if (comma > 0) forms.add(`${form.slice(comma + 2)} ${form.slice(0, comma)}`);
  }
  return [...forms];
}

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typos forgiven for a key of this length: one in a short name, more in a long one. */
function typoBudget(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : length <= 16 ? 2 : 3;
}

/**
 * What a look-up found: the record, and whether the name matched exactly
 * (up to case, punctuation, articles and plurals) or only as a near miss;
 * or nothing, with the closest names to offer back ("did you mean…").
 */
export type NameMatch<T> =
  | { found: T; exact: boolean; suggestions?: undefined }
  | { found: undefined; exact: false; suggestions: string[] };

/**
 * An index of records by name. Records earlier in the list win when two
 * share a name, so callers list the record a player most likely means first.
 */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly names: Array<{ key: string; name: string; record: T }> = [];

  constructor(records: Iterable<T>, nameOf: (record: T) => string, aliasesOf: (record: T) => string[] = () => []) {
    for (const record of records) {
      const name = nameOf(record);
      for (const spelling of [...spellings(name), ...aliasesOf(record)]) {
        const key = nameKey(spelling);
        if (!key || this.byKey.has(key)) continue;
        this.byKey.set(key, record);
        this.names.push({ key, name, record });
      }
    }
  }

  match(query: string): NameMatch<T> {
    const key = nameKey(query);
    const exact = this.byKey.get(key);
    if (exact !== undefined) return { found: exact, exact: true };
    if (!key) return { found: undefined, exact: false, suggestions: [] };
    const budget = typoBudget(key.length);
    const scored = this.names
      .map((entry) => ({ entry, distance: editDistance(key, entry.key, Math.max(budget, 3)) }))
      .sort((x, y) => x.distance - y.distance || x.entry.name.localeCompare(y.entry.name));
    const best = scored[0];
    const runnerUp = scored.find((s) => s.entry.record !== best?.entry.record);
    // A near miss counts only when it is clearly nearer than any other record's name.
    if (best && best.distance <= budget && (!runnerUp || runnerUp.distance > best.distance)) {
      return { found: best.entry.record, exact: false };
    }
    const suggestions = [...new Set(scored.filter((s) => s.distance <= 3).map((s) => s.entry.name))].slice(0, 5);
    return { found: undefined, exact: false, suggestions };
  }

  find(query: string): T | undefined {
    return this.match(query).found;
  }
}
