import { abilityModifier, proficiencyBonus, skillAbility, type Ability, type Skill } from './abilities';
import { proficiencyForChallenge } from './creature';
import { effectiveSpeed } from './conditions';
import { isCharacter, type Combatant } from './state';

/** Characters earn proficiency by level, monsters by challenge rating. */
export function proficiencyOf(c: Combatant): number {
  return isCharacter(c) ? proficiencyBonus(c.level) : proficiencyForChallenge(c.challenge);
}

export function abilityMod(c: Combatant, ability: Ability): number {
  return abilityModifier(c.abilities[ability] ?? 10);
}

/** A skill's modifier: a stat block's printed bonus, else ability, proficiency and expertise. */
export function skillMod(c: Combatant, skill: Skill): number {
  const printed = isCharacter(c) ? undefined : c.skillBonuses[skill];
  if (printed !== undefined) return printed;
  const base = abilityMod(c, skillAbility[skill]);
  if (c.expertise.includes(skill)) return base + 2 * proficiencyOf(c);
  return base + (c.proficiencies.includes(skill) ? proficiencyOf(c) : 0);
}

/** A saving throw's modifier: ability, proficiency, and a character's bonuses from items and effects (Ring of Protection). */
export function saveMod(c: Combatant, ability: Ability): number {
  const bonus = isCharacter(c) ? c.saveBonus[ability] : 0;
  return abilityMod(c, ability) + (c.saveProficiencies.includes(ability) ? proficiencyOf(c) : 0) + bonus;
}

/** Spell save DC and spell attack bonus, from the creature's spellcasting ability. */
export function spellcastingNumbers(c: Combatant): { saveDc: number; attackBonus: number } | null {
  if (!c.spellcasting) return null;
  const mod = abilityMod(c, c.spellcasting.ability) + proficiencyOf(c);
  return { saveDc: 8 + mod, attackBonus: mod };
}

/** Speed this creature can actually use, after conditions and exhaustion. */
export function speedOf(c: Combatant): number {
  return effectiveSpeed(c, c.speed);
}

/** Whether a creature at 0 hit points is still fighting for its life. */
export function isDying(c: Combatant): boolean {
  return c.hp === 0 && !c.dead && !c.stable;
}

/** Party members and friendly creatures are on one side, hostile creatures on the other. */
export function sideOf(c: Combatant): 'party' | 'foes' {
  return isCharacter(c) || !c.hostile ? 'party' : 'foes';
}
