import { conditionNames } from '@/lib/rules/conditions';
import { damageTypeSchema } from '@/lib/rules/damage-types';
import { allSpells } from '@/lib/rules/srd';
import { lazy } from '@/lib/rules/srd/common';
import type { RuleVocabulary } from './rule-module';

/**
 * The engine's conditions, damage types and spells, which a rule module is
 * built by; worked out at the first import, not when the server loads the
 * importer (reading the SRD's spells takes a few milliseconds).
 */
export const ruleVocabulary: () => RuleVocabulary = lazy(() => ({
  conditions: conditionNames,
  damageTypes: damageTypeSchema.options,
  spellLevels: Object.fromEntries(allSpells().map((s) => [s.id, s.level])),
}));
