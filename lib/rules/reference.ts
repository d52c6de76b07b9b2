/**
 * A short built-in rules reference in our own words, following the SRD 5.1
 * mechanics, so the DM can look a rule up and cite it even before any
 * rulebook is imported.
 */
import type { RuleCitation } from './session-log';

export type RuleEntry = { section: string; keywords: string[]; text: string };

/** What a look-up found, best first, and why the rulebooks could not be searched when they could not (null when they were). */
export type RuleFindings = { found: RuleCitation[]; problem: string | null };

/** Searches the rulebooks a table plays by. */
export type RulebookSearch = (query: string) => Promise<RuleFindings>;

export const REFERENCE_SOURCE = 'Roundtable quick reference (SRD 5.1 mechanics)';

export const ruleReference: RuleEntry[] = [
  { section: 'Ability checks', keywords: ['check', 'skill', 'dc', 'difficulty'], text: 'Roll a d20 and add the ability modifier, plus the proficiency bonus if proficient in the skill. Meeting or beating the DC succeeds.' },
  { section: 'Advantage and disadvantage', keywords: ['advantage', 'disadvantage'], text: 'Roll two d20s and keep the higher (advantage) or lower (disadvantage). Having both cancels them out.' },
  { section: 'Attack rolls', keywords: ['attack', 'hit', 'ac', 'armor class', 'critical'], text: 'Roll a d20 plus the attack bonus; meeting or beating the target’s AC hits. A natural 20 always hits and is a critical hit (roll the damage dice twice); a natural 1 always misses.' },
  { section: 'Melee reach', keywords: ['reach', 'melee', 'adjacent', 'range'], text: 'Most melee attacks reach 5 feet: the attacker must stand next to the target. Ranged attacks beyond normal range have disadvantage and cannot go past long range.' },
  { section: 'Damage and hit points', keywords: ['damage', 'hit points', 'hp', 'resistance', 'vulnerability'], text: 'Damage lowers hit points, never below 0. Resistance halves damage of a type, vulnerability doubles it. Temporary hit points are lost first.' },
  { section: 'Dropping to 0 hit points', keywords: ['unconscious', 'dying', '0 hit points', 'massive damage'], text: 'A character at 0 hit points falls unconscious and starts making death saving throws, unless the remaining damage equals their hit point maximum, which kills outright.' },
  { section: 'Death saving throws', keywords: ['death save', 'death saving throw', 'stabilize', 'dying'], text: 'At the start of each turn at 0 hit points, roll a d20: 10 or higher is a success, lower a failure. Three successes stabilise, three failures mean death. A 20 regains 1 hit point; a 1 counts as two failures. Damage while at 0 is a failure.' },
  { section: 'Healing', keywords: ['heal', 'healing', 'cure', 'hit points'], text: 'Healing restores hit points up to the maximum. Any healing wakes a creature at 0 hit points.' },
  { section: 'Initiative and turns', keywords: ['initiative', 'turn', 'round', 'combat'], text: 'When a fight starts everyone rolls initiative (d20 + Dexterity modifier); turns go from highest to lowest. On its turn a creature can move and take one action.' },
  { section: 'Movement', keywords: ['move', 'movement', 'speed', 'difficult terrain', 'dash'], text: 'A creature moves up to its speed on its turn, in 5-foot squares. Difficult terrain costs double. Dash doubles the movement available this turn.' },
  { section: 'Dodge', keywords: ['dodge'], text: 'Until its next turn, attacks against a dodging creature have disadvantage and it makes Dexterity saves with advantage.' },
  { section: 'Cover', keywords: ['cover'], text: 'Half cover gives +2 to AC and Dexterity saves.' },
  { section: 'Prone', keywords: ['prone'], text: 'A prone creature can only crawl; melee attacks against it have advantage, ranged attacks disadvantage. Standing up costs half its movement.' },
  { section: 'Spell slots', keywords: ['spell', 'slot', 'cast', 'cure wounds'], text: 'Casting a spell of level 1 or higher spends a slot of that level or higher. Slots return on a long rest.' },
  { section: 'Resting', keywords: ['rest', 'short rest', 'long rest', 'hit dice'], text: 'A short rest lets a character spend hit dice to heal. A long rest restores all hit points, spell slots and half the spent hit dice.' },
];

/** The entries that match a question best, by shared keywords and words. */
export function lookUpRule(query: string, limit = 2): RuleEntry[] {
  const q = query.toLowerCase();
  const words = new Set(q.split(/\W+/).filter((w) => w.length > 2));
  const scored = ruleReference.map((entry) => {
    const keywordHits = entry.keywords.filter((k) => q.includes(k)).length * 3;
    const wordHits = entry.text.toLowerCase().split(/\W+/).filter((w) => words.has(w)).length;
    return { entry, score: keywordHits + wordHits + (q.includes(entry.section.toLowerCase()) ? 5 : 0) };
  });
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.entry);
}

/**
 * What a rule look-up finds: the passages of the table's rulebooks, or, when
 * they have nothing (or the table plays by none), the built-in reference's
 * entries, with the reason the rulebooks could not be searched, if any. The
 * DM's tool and a player's look-up at the table read the same.
 */
export async function findRules(query: string, search?: RulebookSearch): Promise<RuleFindings> {
  const imported = search ? await search(query) : { found: [], problem: null };
  if (imported.found.length > 0) return imported;
  const reference = lookUpRule(query).map((entry) => ({ source: REFERENCE_SOURCE, section: entry.section, page: null, text: entry.text }));
  return { found: reference, problem: imported.problem };
}
