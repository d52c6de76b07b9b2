import type { Skill } from '@/lib/rules/abilities';

export type Intent = {
  skill: Skill;
  /** Failing this kind of action against the scene's hazard hurts. */
  risky: boolean;
  /** The action is meant to restore someone's hit points. */
  heals: boolean;
};

// First match wins, so the more specific verbs come first.
const rules: Array<{ skill: Skill; words: RegExp }> = [
  { skill: 'medicine', words: /\b(heal|tend|bandage|treat|stabili[sz]e|wounds?|first aid)\b/i },
  { skill: 'sleightOfHand', words: /\b(disarm|pick the lock|lockpick|pickpocket|steal|palm|pocket)\b/i },
  { skill: 'stealth', words: /\b(sneak|hide|creep|quietly|unseen|shadows)\b/i },
  { skill: 'athletics', words: /\b(climb|jump|swim|push|lift|force|break|shove|wade|pry|drag)\b/i },
  { skill: 'acrobatics', words: /\b(balance|tumble|leap|flip|vault|dodge)\b/i },
  { skill: 'intimidation', words: /\b(threaten|intimidate|scare|menace)\b/i },
  { skill: 'deception', words: /\b(lie|bluff|trick|deceive|pretend)\b/i },
  { skill: 'persuasion', words: /\b(persuade|convince|ask|talk|plead|negotiate|greet|call out)\b/i },
  { skill: 'religion', words: /\b(pray|rites?|holy|divine|god|prayer|bless)\b/i },
  { skill: 'arcana', words: /\b(magic|arcane|spell|runes?|glyphs?|enchant)\b/i },
  { skill: 'history', words: /\b(recall|remember|history|lore|legend)\b/i },
  { skill: 'survival', words: /\b(track|tracks|forage|trail|follow)\b/i },
  { skill: 'insight', words: /\b(sense|motive|intentions|read (his|her|their) face)\b/i },
  { skill: 'investigation', words: /\b(search|examine|inspect|investigate|study|check|traps?|clues?)\b/i },
  { skill: 'perception', words: /\b(look|listen|watch|scan|spot|peer|survey|guard|keep watch)\b/i },
  { skill: 'nature', words: /\b(plants?|animals?|moss|fish|tide|weather)\b/i },
];

const riskyWords = /\b(traps?|disarm|climb|jump|touch|grab|wade|swim|pry|open|leap|force|lift|ring)\b/i;

/** Reads what a character is trying to do from the words of their action. */
export function classifyIntent(action: string): Intent {
  const skill = rules.find((r) => r.words.test(action))?.skill ?? 'perception';
  return { skill, risky: riskyWords.test(action), heals: skill === 'medicine' };
}
