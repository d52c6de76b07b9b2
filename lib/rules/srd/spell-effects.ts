import { lazy } from './common';
import { spellEffectData } from './spell-effect-data';
import { spellEffectSchema, type SpellEffect } from './spell-effect-schema';
import type { Spell } from './spell-schema';

const effects = lazy(() => new Map(spellEffectData.map((e) => [e.spell, spellEffectSchema.parse(e)])));

/** The overlay's effects for a spell id, or undefined for spells it does not cover. */
export function spellEffect(spellId: string): SpellEffect | undefined {
  return effects().get(spellId);
}

/** Every spell id the overlay covers. */
export function spellsWithEffects(): string[] {
  return [...effects().keys()].sort();
}

/**
 * How many targets (or darts, rays, beams) a spell has when cast with a
 * slot of `slotLevel`, or by a caster of `characterLevel` for cantrips that
 * scale by level: `targetsAt(bless, 3)` → 5, `targetsAt(magicMissile, 2)` →
 * 4. "area" and "self" pass through; undefined when the overlay does not
 * cover the spell.
 */
export function targetsAt(spell: Spell, slotLevel: number, characterLevel = 1): number | 'area' | 'self' | undefined {
  const targets = spellEffect(spell.id)?.targets;
  if (!targets) return undefined;
  if (typeof targets.count !== 'number') return targets.count;
  if (targets.byCharacterLevel) return [...targets.byCharacterLevel].reverse().find((row) => row.level <= characterLevel)?.count ?? targets.count;
  return targets.count + Math.max(0, slotLevel - spell.level) * (targets.perSlotAbove ?? 0);
}
