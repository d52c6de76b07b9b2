import type { RuleVocabulary } from '../rule-module.ts';

/**
 * What reading a stat block needs besides its text: the engine's names for
 * damage types and conditions, and the levels of the spells the same
 * chosen sections define, by id (a creature's innate spells name no level).
 */
export type ContentContext = { vocabulary: RuleVocabulary; spellLevels: ReadonlyMap<string, number> };
