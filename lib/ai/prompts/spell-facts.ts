import { usesLeft } from '@/lib/rules/actions/action-uses';
import { castables } from '@/lib/rules/actions/spell-repertoire';
import { spellEffect, targetsAt } from '@/lib/rules/srd/spell-effects';
import type { Usage } from '@/lib/rules/srd/common';
import type { Spell } from '@/lib/rules/srd/spell-schema';
import { isCharacter, type Combatant } from '@/lib/rules/state';

/**
 * A spell a creature can cast, as the models see it: its name and level,
 * what it is for (healing, harming, helping, filling an area, the caster
 * alone), how many it affects at its own level, its range and how long it
 * takes to cast. The numbers it rolls stay with the rules.
 */
export type TableSpell = {
  name: string;
  level: number;
  use: 'heal' | 'harm' | 'help' | 'area' | 'self' | 'other';
  /** Creatures (or darts, rays, beams) it reaches at its own level; absent for areas and the caster alone. */
  targets?: number;
  /** Feet; 5 for touch; absent for self, sight and the like. */
  rangeFt?: number;
  time: 'action' | 'bonus action' | 'reaction' | 'longer';
  concentration?: true;
  /** A stat block's innate spell: cast with no slot, at will or as many times a day as are left. */
  innate?: 'at will' | { leftToday: number };
};

function useOf(spell: Spell): TableSpell['use'] {
  const overlay = spellEffect(spell.id);
  const count = overlay?.targets.count;
  const buffs = overlay?.effects.some((p) => p.kind !== 'hit point pool' && p.kind !== 'condition') ?? false;
  if (spell.healing && !overlay?.effects.some((p) => p.kind === 'temporary hit points' || p.kind === 'hit point maximum')) return 'heal';
  if (count === 'area' || spell.area) return 'area';
  if (spell.attack || spell.save || overlay?.each) return 'harm';
  if (count === 'self' || (spell.range.kind === 'self' && !overlay)) return 'self';
  return buffs || spell.healing ? 'help' : 'other';
}

function rangeOf(spell: Spell): number | undefined {
  if (spell.range.kind === 'touch') return 5;
  return spell.range.kind === 'feet' ? spell.range.amount : undefined;
}

/** How an innate spell may still be cast: at will, or the day's uses it has left, as the rules count them. */
function innateUse(c: Combatant, spell: Spell, usage: Usage): NonNullable<TableSpell['innate']> {
  const left = isCharacter(c) ? null : usesLeft(c, { name: spell.name, usage });
  return left === null ? 'at will' : { leftToday: left };
}

/** The spells a creature can cast now, each with what the models need to choose one and its targets. */
export function spellFacts(c: Combatant): TableSpell[] {
  return castables(c).map(({ spell, numbers, usage }) => {
    const count = targetsAt(spell, spell.level, numbers.casterLevel);
    const unit = spell.castingTime.unit;
    const range = rangeOf(spell);
    return {
      name: spell.name,
      level: spell.level,
      use: useOf(spell),
      ...(typeof count === 'number' ? { targets: count } : {}),
      ...(range !== undefined ? { rangeFt: range } : {}),
      time: unit === 'action' || unit === 'bonus action' || unit === 'reaction' ? unit : 'longer',
      ...(spell.concentration ? { concentration: true as const } : {}),
      ...(usage ? { innate: innateUse(c, spell, usage) } : {}),
    };
  });
}
