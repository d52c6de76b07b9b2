// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import { pageAt, selectSections } from './chunk.ts';
import type { RuleTerms, RulebookSection, RulebookStructure } from './types.ts';

/**
 * The rules engine's own names for the conditions and damage types a module
 * looks for. They come from the caller, so this module loads nothing of the
 * engine in the thread it runs in (see rule-vocabulary.ts).
 */
export type RuleVocabulary = {
  conditions: readonly string[];
  damageTypes: readonly string[];
  /** The engine's own spells' levels by id, for the innate spells a stat block names that its book does not define. */
  spellLevels: Readonly<Record<string, number>>;
};

const abilityNames = ['Strength', 'Dexterity', 'Constitution', 'Intelligence', 'Wisdom', 'Charisma'];

const skillNames = [
  'Acrobatics',
  'Animal Handling',
  'Arcana',
  'Athletics',
  'Deception',
  'History',
  'Insight',
  'Intimidation',
  'Investigation',
  'Medicine',
  'Nature',
  'Perception',
  'Performance',
  'Persuasion',
  'Religion',
  'Sleight of Hand',
  'Stealth',
  'Survival',
];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const actionNames = ['Attack', 'Cast a Spell', 'Dash', 'Disengage', 'Dodge', 'Help', 'Hide', 'Ready', 'Search', 'Use an Object'];

/**
 * The mechanics a rulebook's chosen sections talk about, found by the SRD's
 * own vocabulary. Only what the chosen text mentions is reported, so a book
 * of another system yields little rather than a made-up D&D module.
 */
export function buildRuleModule(structure: RulebookStructure, selectedIds: Set<string> | null, vocabulary: RuleVocabulary): RuleTerms {
  const sections = selectSections(structure, selectedIds);
  const all = sections.map((section) => `${section.title}\n${section.text}`).join('\n\n');
  // Exhaustion too, which the engine keeps as levels rather than as a condition.
  const conditions = [...vocabulary.conditions, 'exhaustion'].sort().map(capitalise);
  return {
    conditions: defined(sections, conditions, conditionKind),
    actions: defined(sections, actionNames, actionKind),
    abilities: abilityNames.filter((name) => new RegExp(`\\b${name}\\b`).test(all)),
    skills: skillNames.filter((name) => namedSkill(name).test(all)),
    damageTypes: mentionedDamageTypes(all, vocabulary.damageTypes),
  };
}

/**
 * A capitalised skill name inside a sentence ("a Dexterity (Stealth) check",
 * "make a Perception check") is the skill; at a sentence's start, "Nature"
 * or "History" is just a word.
 */
function namedSkill(name: string): RegExp {
  return new RegExp(`(?:\\(|[\\p{Ll},;][^\\S\\n]+)${name.replace(/ /g, '\\s+')}\\b`, 'u');
}

/** Types named before "damage", alone or in lists: "fire damage", "acid, cold, or thunder damage". */
function mentionedDamageTypes(text: string, damageTypes: readonly string[]): string[] {
  const type = `(?:${damageTypes.join('|')})`;
  const list = new RegExp(`\\b${type}(?:(?:\\s*,\\s*|\\s+)(?:(?:or|and)\\s+)?${type})*\\s+damage\\b`, 'gi');
  const found = new Set<string>();
  for (const match of text.matchAll(list)) {
    for (const word of match[0].toLowerCase().split(/[\s,]+/)) if (damageTypes.includes(word)) found.add(word);
  }
  return damageTypes.filter((t) => found.has(t));
}

type Definition = { name: string; summary: string; page: number };

/** How to recognise one kind of term: where it is only used, and whether a definition is really of this kind. */
type TermKind = {
  /** A sentence that uses the term as this kind of thing ("take the Dash action"). */
  usage: (name: string) => RegExp;
  /** "Hide" names an armour as well as an action: a definition must read like one of its kind. */
  fits: (definition: string, name: string) => boolean;
};

const conditionKind: TermKind = {
  usage: (name) => new RegExp(`\\b(?:the\\s+)?${name}\\s+condition\\b`, 'i'),
  fits: (definition, name) => new RegExp(`\\b${name}\\b|\\bcondition\\b`, 'i').test(definition),
};

const actionKind: TermKind = {
  usage: (name) => new RegExp(`\\bthe\\s+${name}\\s+action\\b`),
  fits: (definition) => /\baction\b/i.test(definition),
};

/**
 * Where each term is defined: a section named after it, or a line that
 * starts with it ("Prone" above its text, or "Prone. A prone creature...").
 * A term only used ("take the Dash action") is summed up by the first
 * sentence that uses it that way.
 */
function defined(sections: RulebookSection[], names: readonly string[], kind: TermKind): Definition[] {
  return names.flatMap((name) => {
    const found = definitionOf(sections, name, kind) ?? firstUse(sections, name, kind.usage(name));
    return found ? [found] : [];
  });
}

/** How far into a definition to look for the signs of its kind. */
const definitionReach = 1000;

function definitionOf(sections: RulebookSection[], name: string, kind: TermKind): Definition | null {
  // As written or in capitals, never lower case: "prone. " inside a sentence is no label.
  const label = new RegExp(`(?:^|\\n)(?:${name}|${name.toUpperCase()})(?:[.:]?\\n|[.:]\\s+)`);
  for (const section of sections) {
    if (normalisedTitle(section.title) !== name.toLowerCase()) continue;
    // A run-in heading leaves its title at the start of the text.
    const runIn = label.exec(section.text);
    const start = runIn?.index === 0 ? runIn[0].length : 0;
    if (kind.fits(section.text.slice(start, start + definitionReach), name)) {
      return { name, summary: sentenceAt(section.text, start), page: pageAt(section, start) };
    }
  }
  for (const section of sections) {
    for (const match of section.text.matchAll(new RegExp(label, 'g'))) {
      const start = match.index + match[0].length;
      if (kind.fits(section.text.slice(start, start + definitionReach), name)) {
        return { name, summary: sentenceAt(section.text, start), page: pageAt(section, match.index + 1) };
      }
    }
  }
  return null;
}

function firstUse(sections: RulebookSection[], name: string, usage: RegExp): Definition | null {
  for (const section of sections) {
    const match = usage.exec(section.text);
    if (!match) continue;
    return { name, summary: sentenceAt(section.text, sentenceStart(section.text, match.index)), page: pageAt(section, match.index) };
  }
  return null;
}

function sentenceStart(text: string, index: number): number {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let start = lineStart;
  for (const end of text.slice(lineStart, index).matchAll(/[.!?]["'\u201d\u2019)]?\s+/g)) start = lineStart + end.index + end[0].length;
  return start;
}

function normalisedTitle(title: string): string {
  return title.toLowerCase().replace(/[.:]$/, '').trim();
}

/** The sentence starting at `offset` (within its line: list items end without a full stop), without bullets, kept to a readable length. */
function sentenceAt(text: string, offset: number): string {
  const line = text.slice(offset).replace(/^[\s•●▪◦*–-]+/, '').split('\n')[0]!;
  const end = /[.!?](?=["'\u201d\u2019)]?(?:\s|$))/.exec(line);
  const sentence = (end ? line.slice(0, end.index + 1) : line).replace(/\s+/g, ' ').trim();
  return sentence.length <= 300 ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', 299))}…`;
}
