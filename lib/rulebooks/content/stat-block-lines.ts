// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { DamageType } from '@/lib/rules/damage-types';
import type { DamageDefense, Monster } from '@/lib/rules/srd/monster-schema';
import type { RuleVocabulary } from '../rule-module.ts';

/** The values of a stat block's Speed, Senses and damage lines. */

/** "30 ft., fly 60 ft. (hover), swim 30 ft."; the walking speed comes first and has no name. */
export function monsterSpeed(text: string | undefined): Monster['speed'] | null {
  const walk = /^(\d+)\s*ft\./.exec(text ?? '');
  if (!walk) return null;
  const speed: Monster['speed'] = { walk: Number(walk[1]), hover: /\(hover\)/i.test(text!) };
  for (const match of text!.matchAll(/\b(fly|swim|climb|burrow) (\d+)\s*ft\./g)) {
    const mode = match[1] as 'fly';
    speed[mode] ??= Number(match[2]);
  }
  return speed;
}

/** "blindsight 30 ft. (blind beyond this radius), darkvision 60 ft., passive Perception 12". */
export function monsterSenses(text: string | undefined): Monster['senses'] {
  const line = text ?? '';
  const senses: Monster['senses'] = { passivePerception: Number(/passive Perception (\d+)/i.exec(line)?.[1] ?? 10) };
  for (const match of line.matchAll(/\b(darkvision|blindsight|tremorsense|truesight) (\d+)\s*ft\./gi)) {
    const sense = match[1]!.toLowerCase() as 'darkvision';
    senses[sense] ??= Number(match[2]);
  }
  if (/blind beyond/i.test(line)) senses.blindBeyond = true;
  return senses;
}

/**
 * "poison; bludgeoning, piercing, and slashing from nonmagical attacks that
 * aren't silvered": each part between semicolons is one defence with its
 * qualifiers, or, unqualified, one for each type it names. A part that
 * names no damage type is left out.
 */
export function damageDefenses(text: string | undefined, vocabulary: RuleVocabulary): DamageDefense[] {
  return (text ?? '').split(';').flatMap((part): DamageDefense[] => {
    const lower = part.trim().toLowerCase();
    if (lower === 'damage from spells') return [{ types: [...vocabulary.damageTypes] as DamageType[], nonmagical: false, except: null, only: 'spells' }];
    const types = vocabulary.damageTypes.filter((t) => new RegExp(`\\b${t}\\b`).test(lower)) as DamageType[];
    if (types.length === 0) return [];
    const nonmagical = lower.includes('nonmagical');
    const except = lower.includes('silvered') ? 'silvered' : lower.includes('adamantine') ? 'adamantine' : null;
    const only = lower.includes('wielded by good creatures') ? 'magic weapons wielded by good creatures' : null;
    // "cold, fire, lightning" are three defences; only a qualifier binds types together.
    if (!nonmagical && !only) return types.map((type) => ({ types: [type], nonmagical, except, only }));
    return [{ types, nonmagical, except, only }];
  });
}
