import { has } from '../conditions';
import { criticalNotation, signed } from '../d20';
import { damagePatches } from '../damage';
import { defensesAgainst } from '../damage-defenses';
import { adjustForType, damageTypeSchema, type DamageAdjustment, type DamageType } from '../damage-types';
import type { TurnContext } from '../turn-context';
import { spellEffect } from '../srd/spell-effects';
import { spellDamageAt } from '../srd/spells';
import type { Spell } from '../srd/spell-schema';

/** A spell's damage dice and type as one cast deals them. */
export type SpellDice = { dice: string; type: DamageType | null };

/** What one roll of a spell's damage did to a creature. */
export type DealtDamage = { roll: string; dice: string; amount: number; type: DamageType | null; adjustment: DamageAdjustment; halved: boolean; hp: number; result: string };

/**
 * A spell's damage at the level it scales by (the slot for levelled spells,
 * the caster's level for cantrips), with the spellcasting modifier when the
 * spell adds it; each dart, ray or beam's own dice where it has several.
 * A type the data leaves open (a roll or a choice picks it) comes from the
 * caster's option when that names one.
 */
export function spellDice(spell: Spell, scaleLevel: number, modifier: number, option?: string): SpellDice | undefined {
  const each = spellEffect(spell.id)?.each;
  const chosen = damageTypeSchema.safeParse(option?.toLowerCase()).data;
  if (each) return { dice: each.dice, type: each.type };
  const damage = spellDamageAt(spell, scaleLevel);
  if (!damage) return undefined;
  const dice = damage.addsModifier && modifier !== 0 ? `${damage.dice}${signed(modifier)}` : damage.dice;
  return { dice, type: damage.type ?? chosen ?? null };
}

/**
 * Rolls a spell's damage against one creature and applies it: doubled dice
 * on a critical hit, halved on a save that halves it, then the creature's
 * defences, counting those that hold against spells.
 */
export function dealSpellDamage(turn: TurnContext, targetId: string, damage: SpellDice, how: { critical?: boolean; half?: boolean } = {}): DealtDamage {
  const roll = turn.roll(how.critical ? criticalNotation(damage.dice) : damage.dice);
  const target = turn.combatant(targetId);
  const rolled = how.half ? Math.floor(Math.max(0, roll.total) / 2) : Math.max(0, roll.total);
  const adjusted = damage.type ? adjustForType(rolled, damage.type, defensesAgainst(target, { kind: 'spell' }), has(target, 'petrified')) : { amount: rolled, adjustment: null };
  const dealt = damagePatches(target, adjusted.amount, { critical: how.critical });
  turn.commit(dealt.patches);
  const after = turn.combatant(targetId);
  return {
    roll: roll.text,
    dice: roll.notation,
    amount: adjusted.amount,
    type: damage.type,
    adjustment: adjusted.adjustment,
    halved: how.half === true,
    hp: after.hp,
    result: dealt.outcome.result,
  };
}
