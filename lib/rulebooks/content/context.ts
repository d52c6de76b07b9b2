import type { RuleVocabulary } from '../rule-module.ts';

/**
 * What reading an entry needs besides its text: the engine's names for
 * damage types and conditions, and the levels of the spells the same
 * chosen sections define, by id (a creature's innate spells name no level).
 */
export type ContentContext = { vocabulary: RuleVocabulary; spellLevels: ReadonlyMap<string, number> };

/** What parsing an entry gives: the record, or why it could not be read (which a model may then try). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
