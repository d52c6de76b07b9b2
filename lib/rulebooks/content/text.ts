// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { Ability, Skill } from '@/lib/rules/abilities';

/**
 * The small vocabulary stat blocks and spell entries are written in, shared
 * by their parsers: dice, numbers in words, abilities and skills by name.
 */

/** Minus signs and dashes typeset before a number read as a hyphen-minus: "−1", "5–6". */
export function plainText(text: string): string {
  return text
    .replace(/[\u2212\u2012\u2013](?=\s?\d)/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

/** Dice as the engine's roller reads them: "2d6 + 5" → "2d6+5". */
export function compactDice(text: string): string {
  return text.replace(/\s+/g, '').replace(/^\+/, '');
}

/** A name as a kebab-case id: "Adult Black Dragon" → "adult-black-dragon". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const abilityByName: Record<string, Ability> = {
  str: 'str',
  strength: 'str',
  dex: 'dex',
  dexterity: 'dex',
  con: 'con',
  constitution: 'con',
  int: 'int',
  intelligence: 'int',
  wis: 'wis',
  wisdom: 'wis',
  cha: 'cha',
  charisma: 'cha',
};

/** "Con", "Constitution" or "CON" as the engine's ability id. */
export function abilityNamed(name: string): Ability | null {
  return abilityByName[name.trim().toLowerCase()] ?? null;
}

export const abilityWords = 'Strength|Dexterity|Constitution|Intelligence|Wisdom|Charisma';

const skillNames: Record<string, Skill> = {
  acrobatics: 'acrobatics',
  'animal handling': 'animalHandling',
  arcana: 'arcana',
  athletics: 'athletics',
  deception: 'deception',
  history: 'history',
  insight: 'insight',
  intimidation: 'intimidation',
  investigation: 'investigation',
  medicine: 'medicine',
  nature: 'nature',
  perception: 'perception',
  performance: 'performance',
  persuasion: 'persuasion',
  religion: 'religion',
  'sleight of hand': 'sleightOfHand',
  stealth: 'stealth',
  survival: 'survival',
};

/** "Sleight of Hand" as the engine's skill id. */
export function skillNamed(name: string): Skill | null {
  return skillNames[name.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

const numberWords: Record<string, number> = { one: 1, once: 1, two: 2, twice: 2, three: 3, thrice: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "three", "twice" or "3" as a number; null for anything else. */
export function countOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return numberWords[lower] ?? null;
}

export const countWords = `\\d+|${Object.keys(numberWords).join('|')}`;

/** A whole number as printed, thousands separated or not: "5,900" → 5900. */
export function wholeNumber(text: string): number {
  return Number(text.replace(/[,\s]/g, ''));
}

/** Text on one line, its runs of white space (line ends, tabs) made single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
