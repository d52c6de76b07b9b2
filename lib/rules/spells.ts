import type { StatePatch } from './patches';
import { RuleViolation } from './rule-violation';
import type { Combatant } from './state';

/**
 * Spends one slot of a level outside casting (a feature that burns one); a
 * creature cannot spend what it does not have. Casting a spell spends its
 * slot through the cast itself (actions/cast-checks.ts).
 */
export function spendSlot(c: Combatant, level: number): { patch: StatePatch; remaining: number } {
  const slot = c.spellSlots.find((s) => s.level === level);
  if (!slot || slot.max === 0) throw new RuleViolation(`${c.name} has no level ${level} spell slots`);
  if (slot.remaining === 0) throw new RuleViolation(`${c.name} has no level ${level} spell slots left`);
  const remaining = slot.remaining - 1;
  return { patch: { op: 'character.spellSlot', characterId: c.id, level, remaining }, remaining };
}
