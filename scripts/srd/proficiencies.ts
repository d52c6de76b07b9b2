import type { Skill } from '@/lib/rules/abilities';
import { skill } from './common';
import type { RefProficiency } from './reference';

export type ProficiencySets = { armor: Array<'light' | 'medium' | 'heavy' | 'shield'>; weapons: string[]; tools: string[]; skills: Skill[] };

/**
 * Sorts reference proficiencies into armour categories, weapons ("simple",
 * "martial" or a weapon's id), tools by equipment id and skills by the
 * engine's names. Saving throws are left to the records that own them.
 */
export function proficiencySets(indexes: string[], byIndex: Map<string, RefProficiency>): ProficiencySets {
  const result: ProficiencySets = { armor: [], weapons: [], tools: [], skills: [] };
  for (const index of indexes) {
    const prof = byIndex.get(index);
    if (!prof) throw new Error(`Unknown proficiency "${index}"`);
    const target = prof.reference.index;
    if (prof.type === 'Saving Throws') continue;
    if (prof.type === 'Skills') result.skills.push(skill(index));
    else if (prof.type === 'Armor') result.armor.push(...(target === 'armor' ? (['light', 'medium', 'heavy'] as const) : [target.replace(/-armor$/, '') as 'light']));
    else if (prof.type === 'Weapons') result.weapons.push(target.replace(/-weapons$/, ''));
    else result.tools.push(target);
  }
  return result;
}
