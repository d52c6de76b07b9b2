/**
 * How the offline DM keeps its prose from repeating. Every pool of flavour
 * sentences holds exactly CYCLE of them, and a narration takes the same
 * place (its cursor) in each pool; the next narration moves the cursor on by
 * one, so no flavour sentence comes back within CYCLE narrations.
 */
export const CYCLE = 12;

export type Cycle = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** What a template's {slots} are filled with: a name, a skill's words, the place. */
export type Fill = Partial<Record<'name' | 'how' | 'place' | 'Place', string>>;

/** The place's title as it reads in a sentence: "The Flooded Nave" to open one, "the Flooded Nave" within it. */
export function placeWords(title: string): { place: string; Place: string } {
  const Place = title.trim() || 'This place';
  return { Place, place: Place.replace(/^The /, 'the ').replace(/^This /, 'this ') };
}

export function fill(template: string, values: Fill): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: keyof Fill) => values[key] ?? slot);
}

/** The pool's sentence at the cursor, filled in. */
export function say(pool: Cycle, cursor: number, values: Fill = {}): string {
  return fill(pool[((cursor % CYCLE) + CYCLE) % CYCLE]!, values);
}

/** A template as a pattern for a whole sentence, any words standing in for its slots. */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`);
}
