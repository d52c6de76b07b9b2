import type { Skill } from '@/lib/rules/abilities';
import { castWords } from './spell-words';

export type Intent =
  /** The foe named, when one is; the attack plan picks one otherwise. */
  | { kind: 'attack'; targetId?: string }
  /** Casting a spell: the words after "cast", which name the spell and whom or where it goes. */
  | { kind: 'spell'; words: string }
  /** Going on by one of the scene's exits: to the place named, or by the one way there is. */
  | { kind: 'travel'; locationId?: string }
  /** Doing something with an object the scene declares: the skill the words suggest, if any. */
  | { kind: 'use-object'; objectId: string; skill?: Skill }
  | { kind: 'talk'; personId: string }
  | { kind: 'help'; allyId: string }
  | { kind: 'hide' }
  | { kind: 'dash' }
  /** Not sure what the player means: one question back instead of a roll nobody asked for. */
  | { kind: 'clarify'; question: string }
  | { kind: 'dodge' }
  | { kind: 'disengage' }
  | { kind: 'rest'; rest: 'short' | 'long'; hitDice: number }
  | { kind: 'rule-question' }
  | { kind: 'feature'; feature: string; option?: string }
  | { kind: 'check'; skill: Skill; risky: boolean; tends: boolean };

/** Class features as players name them, and the name the use_feature tool is given. */
const featureWords: Array<{ feature: string; words: RegExp }> = [
  { feature: 'Second Wind', words: /\bsecond wind\b/i },
  { feature: 'Action Surge', words: /\baction surge\b/i },
  { feature: 'Divine Smite', words: /\bsmites?\b/i },
  { feature: 'Lay on Hands', words: /\blay(s|ing)? (my )?hands\b/i },
  { feature: 'Bardic Inspiration', words: /\b(bardic inspiration|inspire|inspires)\b/i },
  { feature: 'Turn Undead', words: /\bturn(s)? (the )?undead\b/i },
  { feature: 'Preserve Life', words: /\bpreserve life\b/i },
  { feature: 'Flurry of Blows', words: /\bflurry\b/i },
  { feature: 'Patient Defense', words: /\bpatient defen[cs]e\b/i },
  { feature: 'Step of the Wind', words: /\bstep of the wind\b/i },
  { feature: 'Cunning Action', words: /\bcunning action\b/i },
  { feature: 'Arcane Recovery', words: /\barcane recovery\b/i },
  { feature: 'Rage', words: /\b(rage|rages|raging)\b/i },
];

const counts: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "spend a hit die", "spending two hit dice", "3 hit dice": how many the player chose. */
function hitDiceWanted(action: string): number {
  const m = /\b(a|an|one|two|three|four|five|\d+) hit (die|dice)\b/i.exec(action);
  if (!m) return 0;
  return counts[m[1]!.toLowerCase()] ?? Number(m[1]);
}

function featureIntent(action: string): Intent | null {
  const found = featureWords.find((f) => f.words.test(action));
  if (!found) return null;
  const option = /\b(dash|disengage|hide)\b/i.exec(action)?.[1]?.toLowerCase();
  return { kind: 'feature', feature: found.feature, ...(option ? { option } : {}) };
}

// First match wins, so the more specific verbs come first.
const skillRules: Array<{ skill: Skill; words: RegExp }> = [
  { skill: 'medicine', words: /\b(heal|tend|bandage|treat|stabili[sz]e|wounds?|first aid)\b/i },
  { skill: 'sleightOfHand', words: /\b(disarm|pick the lock|lockpick|pickpocket|steal|palm|pocket|jams?|jamming|wedges?)\b/i },
  { skill: 'stealth', words: /\b(sneak|hide|creep|quietly|unseen|keeping to the shadows)\b/i },
  { skill: 'athletics', words: /\b(climb|jump|swim|push|lift|force|break|shove|wade|pry|drag|silence)\b/i },
  { skill: 'acrobatics', words: /\b(balance|tumble|leap|flip|vault)\b/i },
  { skill: 'intimidation', words: /\b(threaten|intimidate|scare|menace)\b/i },
  { skill: 'deception', words: /\b(lie|bluff|trick|deceive|pretend)\b/i },
  { skill: 'persuasion', words: /\b(persuade|convince|ask|talk|plead|negotiate|greet|call out|give me)\b/i },
  { skill: 'religion', words: /\b(pray|rites?|holy|divine|god|prayer|bless)\b/i },
  { skill: 'arcana', words: /\b(magic|arcane|runes?|glyphs?|enchant)\b/i },
  { skill: 'history', words: /\b(recall|remember|history|lore|legend)\b/i },
  { skill: 'survival', words: /\b(track|tracks|forage|trail|follow)\b/i },
  { skill: 'insight', words: /\b(sense|motive|intentions|read (his|her|their) face)\b/i },
  { skill: 'investigation', words: /\b(search|examine|inspect|investigate|study|check|traps?|clues?|carvings?)\b/i },
  { skill: 'perception', words: /\b(look|listen|watch|scan|spot|peer|survey|guard|keep watch|keep an eye|eyes? on)\b/i },
  { skill: 'nature', words: /\b(plants?|animals?|moss|fish|tide|weather)\b/i },
];

const riskyWords = /\b(traps?|disarm|climb|jump|touch|grab|wade|swim|pry|open|leap|force|lift|ring)\b/i;

/** Reads what a character is trying to do from the words of their action. */
export function classifyIntent(action: string): Intent {
  if (/\b(how does|how do|what are the rules|rules? for|what happens when)\b/i.test(action)) return { kind: 'rule-question' };
  const words = castWords(action);
  if (words) return { kind: 'spell', words };
  const feature = featureIntent(action);
  if (feature) return feature;
  // Before attacks: "spend a hit die" is no hit.
  if (/\b(short rest|long rest|take a rest|rest for)\b/i.test(action)) {
    return { kind: 'rest', rest: /\blong rest\b/i.test(action) ? 'long' : 'short', hitDice: hitDiceWanted(action) };
  }
  // Before attacks: "disengage and fall back" strikes nobody.
  if (/\bdisengages?\b/i.test(action)) return { kind: 'disengage' };
  if (/\b(attack|attacks|strike|strikes|stab|shoot|shoots|slash|swing|hit|fire at|charge)\b/i.test(action)) return { kind: 'attack' };
  if (/\b(go deeper|press on|descend|move on|head down|continue on|onward|next room|go on)\b/i.test(action)) return { kind: 'travel' };
  if (/\bdodge\b/i.test(action)) return { kind: 'dodge' };
  return checkIntent(action, skillIn(action) ?? 'perception');
}

/** The skill an action's words call on, if any ("search" investigation, "sneak" stealth). */
export function skillIn(action: string): Skill | null {
  return skillRules.find((r) => r.words.test(action))?.skill ?? null;
}

export function checkIntent(action: string, skill: Skill): Intent {
  return { kind: 'check', skill, risky: riskyWords.test(action), tends: skill === 'medicine' };
}
