import type { Rng } from './rng';

/**
 * Syllable tables of our own: names are assembled from a start, an optional
 * middle and an end, which gives thousands of plausible, pronounceable names
 * without borrowing any published setting's.
 */
export interface SyllableTable {
  starts: readonly string[];
  middles: readonly string[];
  ends: readonly string[];
}

const place: SyllableTable = {
  starts: ['Ash', 'Bel', 'Cor', 'Dun', 'Eld', 'Fal', 'Gar', 'Har', 'Ist', 'Kel', 'Lor', 'Mor', 'Nor', 'Orm', 'Ral', 'Sel', 'Thal', 'Ves', 'Wyn', 'Zar', 'Brin', 'Cael', 'Drak', 'Hollow'],
  middles: ['a', 'e', 'i', 'o', 'en', 'ar', 'is', 'ow', '', '', ''],
  ends: ['dale', 'mere', 'moor', 'wood', 'reach', 'fell', 'march', 'holt', 'vale', 'wick', 'gard', 'heath', 'crag', 'ford', 'mark', 'fen'],
};

/** Makes a name from a table, capitalised, never longer than the table allows. */
export function nameFrom(rng: Rng, table: SyllableTable): string {
  const word = rng.pick(table.starts) + (rng.chance(0.5) ? rng.pick(table.middles) : '') + rng.pick(table.ends);
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** A place name: a plain name, or one dressed as a realm or a wild. */
export function placeName(rng: Rng): string {
  const name = nameFrom(rng, place);
  return rng.pick([name, name, `The ${name} Wilds`, `Vale of ${name}`, `Duchy of ${name}`, `Kingdom of ${name}`]);
}

/** A region name, distinct from those already taken so two regions never share one. */
export function distinctPlaceName(rng: Rng, taken: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = placeName(rng);
    if (!taken.has(name)) return name;
  }
  return `${placeName(rng)} ${taken.size + 1}`;
}
