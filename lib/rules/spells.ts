import { isIncapacitated } from './conditions';
import type { StatePatch } from './patches';
import { RuleViolation } from './rule-violation';
import type { Combatant } from './state';
import { spellcastingNumbers } from './stats';

/** A spell being cast: its level (0 for a cantrip) and the slot spent, which may be higher to upcast. */
export type SpellCast = { name: string; level: number; slotLevel?: number; castingTime?: 'action' | 'bonus' };

/** What casting spent, and the numbers the spell's effects are resolved with. */
export type CastResult = {
  casterId: string;
  spell: string;
  /** The slot level spent, or null for a cantrip. */
  slotLevel: number | null;
  slotsLeft: number | null;
  /** The numbers the spell's own rules use for saves and spell attacks. */
  saveDc: number;
  attackBonus: number;
};

/** Spends one slot of a level; a creature cannot spend what it does not have. */
export function spendSlot(c: Combatant, level: number): { patch: StatePatch; remaining: number } {
  const slot = c.spellSlots.find((s) => s.level === level);
  if (!slot || slot.max === 0) throw new RuleViolation(`${c.name} has no level ${level} spell slots`);
  if (slot.remaining === 0) throw new RuleViolation(`${c.name} has no level ${level} spell slots left`);
  const remaining = slot.remaining - 1;
  return { patch: { op: 'character.spellSlot', characterId: c.id, level, remaining }, remaining };
}

/**
 * Checks a caster can cast a spell and spends the slot it needs. The
 * spell's effects (attacks, saves, damage, conditions) are resolved through
 * the other tools with the save DC and attack bonus returned here.
 */
export function castSpellPatches(c: Combatant, spell: SpellCast): { patches: StatePatch[]; result: CastResult } {
  const numbers = spellcastingNumbers(c);
  if (!numbers) throw new RuleViolation(`${c.name} cannot cast spells`);
  if (c.dead || isIncapacitated(c)) throw new RuleViolation(`${c.name} is in no state to cast a spell`);
  if (!Number.isInteger(spell.level) || spell.level < 0 || spell.level > 9) throw new RuleViolation(`Spell level must be 0 to 9`);
  const base = { casterId: c.id, spell: spell.name, ...numbers };
  if (spell.level === 0) return { patches: [], result: { ...base, slotLevel: null, slotsLeft: null } };
  const slotLevel = spell.slotLevel ?? spell.level;
  if (slotLevel < spell.level) throw new RuleViolation(`${spell.name} needs a slot of level ${spell.level} or higher`);
  const spent = spendSlot(c, slotLevel);
  return { patches: [spent.patch], result: { ...base, slotLevel, slotsLeft: spent.remaining } };
}
