import { modifiersOf } from './sheet/effects';
import { isCharacter, type Combatant } from './state';
import { abilityMod } from './stats';

/**
 * A creature's armour class as attacks meet it now. A character's sheet
 * already derives it from gear and effects; a creature keeps its stat
 * block's number, so the armour class effects on it are added here (Shield,
 * Shield of Faith, Mage Armor when it beats the printed AC, Barkskin's
 * floor).
 */
export function armorClassOf(c: Combatant): number {
  if (isCharacter(c)) return c.ac;
  const dex = abilityMod(c, 'dex');
  const base = Math.max(c.ac, ...modifiersOf(c.effects, 'base ac').map((m) => m.base + (m.addsDex ? dex : 0)));
  const bonus = modifiersOf(c.effects, 'ac bonus').reduce((sum, m) => sum + m.bonus, 0);
  return Math.max(base + bonus, ...modifiersOf(c.effects, 'minimum ac').map((m) => m.ac));
}
