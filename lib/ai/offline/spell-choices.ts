import type { TableCombatant } from '@/lib/ai/prompts/format';
import type { TableSpell } from '@/lib/ai/prompts/spell-facts';
import { squares } from './tactics';

/** Whether the caster can cast it now: a cantrip, an innate spell with a use left today, or a slot of its level or higher. */
function castable(self: TableCombatant, spell: TableSpell): boolean {
  if (spell.level === 0 || spell.innate === 'at will') return true;
  if (spell.innate) return spell.innate.leftToday > 0;
  return Object.entries(self.slots).some(([level, left]) => Number(level) >= spell.level && left > 0);
}

function inReach(self: TableCombatant, other: TableCombatant, spell: TableSpell): boolean {
  if (!self.at || !other.at || spell.rangeFt === undefined) return true;
  return squares(self.at, other.at) * 5 <= spell.rangeFt;
}

/**
 * The healing spell an AI player reaches for: one it has a slot for that
 * reaches the wounded; in a fight the quicker (a bonus action) first.
 */
export function healingSpell(self: TableCombatant, hurt: TableCombatant, fighting: boolean): TableSpell | undefined {
  const heals = (self.spells ?? []).filter((s) => s.use === 'heal' && s.time !== 'longer' && castable(self, s) && inReach(self, hurt, s));
  const quick = (s: TableSpell) => (s.time === 'bonus action' ? 0 : 1);
  return [...heals].sort((a, b) => (fighting ? quick(a) - quick(b) : 0) || a.level - b.level)[0];
}

/**
 * A levelled spell an AI player who does not heal casts at a foe in reach,
 * while it has the slot: those that need no attack roll (darts) first.
 */
export function harmfulSpell(self: TableCombatant, foe: TableCombatant): TableSpell | undefined {
  if ((self.spells ?? []).some((s) => s.use === 'heal')) return undefined;
  return harmfulInReach(self, foe)[0];
}

/** The levelled harmful spells of one action the caster can cast now at a foe in reach, in the order it knows them. */
function harmfulInReach(self: TableCombatant, foe: TableCombatant): TableSpell[] {
  return (self.spells ?? []).filter((s) => s.use === 'harm' && s.level > 0 && s.time === 'action' && castable(self, s) && inReach(self, foe, s));
}

/**
 * The spell a creature the DM plays casts at a foe in reach on its turn:
 * its highest-level harmful one that it can cast now, so a mage spends its
 * best slots first and a creature with innate spells uses them while the
 * day's uses last.
 */
export function monsterSpell(self: TableCombatant, foe: TableCombatant): TableSpell | undefined {
  return harmfulInReach(self, foe).sort((a, b) => b.level - a.level)[0];
}
