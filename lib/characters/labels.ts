import { abilities, skillAbility, type Ability, type Skill } from '@/lib/rules/abilities';

/**
 * Words for the sheet's abilities and skills. Plain data with no SRD look-up,
 * so the builder and the sheet in the browser can use it.
 */
export const abilityLabels: Record<Ability, string> = {
  str: 'Strength',
  dex: 'Dexterity',
  con: 'Constitution',
  int: 'Intelligence',
  wis: 'Wisdom',
  cha: 'Charisma',
};

export const abilityOrder = abilities;

/** "sleightOfHand" → "Sleight of Hand". */
export function skillLabel(skill: string): string {
  const words = skill.replace(/([A-Z])/g, ' $1').split(' ');
  return words.map((w, i) => (i > 0 && w.toLowerCase() === 'of' ? 'of' : `${w.charAt(0).toUpperCase()}${w.slice(1)}`)).join(' ');
}

export function skillAbilityOf(skill: Skill): Ability {
  return skillAbility[skill];
}

/** "+2", "−1", "+0": how a sheet prints a modifier. */
export function signedNumber(n: number): string {
  return n < 0 ? `−${-n}` : `+${n}`;
}

export function modifierOf(score: number): number {
  return Math.floor((score - 10) / 2);
}
