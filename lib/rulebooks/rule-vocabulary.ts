import { conditionNames } from '@/lib/rules/conditions';
import { damageTypeSchema } from '@/lib/rules/damage-types';
import type { RuleVocabulary } from './rule-module';

/** The engine's conditions and damage types, which a rule module is built by. */
export const ruleVocabulary: RuleVocabulary = { conditions: conditionNames, damageTypes: damageTypeSchema.options };
