import { conditionNames } from '@/lib/rules/conditions';
import { damageTypeSchema } from '@/lib/rules/damage-types';
import { allSpells } from '@/lib/rules/srd';
import type { RuleVocabulary } from './rule-module';

/** The engine's conditions, damage types and spells, which a rule module is built by. */
export const ruleVocabulary: RuleVocabulary = {
  conditions: conditionNames,
  damageTypes: damageTypeSchema.options,
  spellLevels: Object.fromEntries(allSpells().map((s) => [s.id, s.level])),
};
