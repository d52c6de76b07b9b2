import { signed } from '../d20';
import { healPatches } from '../healing';
import type { TurnContext } from '../turn-context';
import { featureResource } from '../srd/feature-resources';
import { spellHealingAt } from '../srd/spells';
import type { Spell } from '../srd/spell-schema';
import { isCharacter, type Combatant } from '../state';

/** What a healing spell did for one creature. */
export type Healed = { roll: string; amount: number; hpBefore: number; hp: number };

/**
 * Hit points a caster's features add to a healing spell of 1st level or
 * higher (Disciple of Life: 2 + the spell's level), from the features data.
 */
function healingBonus(caster: Combatant, slotLevel: number): number {
  if (!isCharacter(caster) || slotLevel < 1) return 0;
  return caster.features.reduce((sum, id) => {
    const effect = featureResource(id, caster.level)?.effect;
    return effect?.kind === 'healing bonus' ? sum + effect.flat + (effect.addSpellLevel ? slotLevel : 0) : sum;
  }, 0);
}

/** The dice a healing spell restores at a slot level: the data's dice, the spellcasting modifier where it adds it, and features' bonuses. */
export function healingDice(spell: Spell, slotLevel: number, modifier: number, caster: Combatant): string | undefined {
  const healing = spellHealingAt(spell, slotLevel);
  if (!healing) return undefined;
  const flat = (healing.addsModifier ? modifier : 0) + healingBonus(caster, slotLevel);
  return flat === 0 ? healing.dice : `${healing.dice}${signed(flat)}`;
}

/** Rolls a healing spell for one creature and restores what it rolled, never past the maximum; a dying creature wakes. */
export function healWithSpell(turn: TurnContext, targetId: string, dice: string): Healed {
  const roll = turn.roll(dice);
  const target = turn.combatant(targetId);
  turn.commit(healPatches(target, Math.max(0, roll.total)));
  return { roll: roll.text, amount: Math.max(0, roll.total), hpBefore: target.hp, hp: turn.combatant(targetId).hp };
}
