import type { StatBlockInput } from './creature';
import { RuleViolation } from './rule-violation';
import { statBlockFromMonster } from './srd-stat-block';
import { getMonster, matchMonster } from './srd/monsters';

/**
 * Ids campaigns used before any SRD monster could be placed, kept working:
 * most are the SRD monster's own id; a few name an SRD monster under a name
 * of Roundtable's.
 */
const renamed: Record<string, { monster: string; name: string }> = {
  'tideworn-crab': { monster: 'giant-crab', name: 'Tideworn Crab' },
};

/** The starter foes and folk the campaign generator and the sample campaign place. */
export const starterMonsters = ['goblin', 'kobold', 'skeleton', 'zombie', 'wolf', 'giant-rat', 'bandit', 'orc', 'tideworn-crab', 'commoner'] as const;

/** The id of a starter stat block. */
export type BestiaryId = (typeof starterMonsters)[number];

/** The starter stat blocks by id, each read from the SRD data when first asked for. */
export const bestiary = {} as Readonly<Record<BestiaryId, StatBlockInput>>;
for (const id of starterMonsters) Object.defineProperty(bestiary, id, { enumerable: true, get: () => statBlockById(id) });

/** A stat block by id: an SRD monster's id, or a starter id that renames one. */
export function statBlockById(id: string): StatBlockInput | undefined {
  const alias = Object.hasOwn(renamed, id) ? renamed[id] : undefined;
  const monster = getMonster(alias?.monster ?? id);
  if (!monster) return undefined;
  const block = statBlockFromMonster(monster);
  return alias ? { ...block, id, name: alias.name } : block;
}

/**
 * The stat block a name or id refers to: any SRD monster by name, forgiving
 * case, plurals and small typos ("goblins", "adult red dragon"), or by id.
 * Refuses, with the nearest names, what the SRD does not hold.
 */
export function statBlockFor(reference: string): StatBlockInput {
  const byId = statBlockById(reference.trim());
  if (byId) return byId;
  const match = matchMonster(reference);
  if (match.found) return statBlockFromMonster(match.found);
  const nearest = match.suggestions.length ? ` Nearest names: ${match.suggestions.join(', ')}.` : '';
  throw new RuleViolation(`There is no "${reference}" among the SRD's monsters, so it cannot be placed by name.${nearest} Choose one of them, or give a whole stat block.`);
}
