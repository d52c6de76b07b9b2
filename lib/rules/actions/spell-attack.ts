import { resolveAttack, type AttackResult } from '../attack';
import type { AttackProfile } from '../attack-profile';
import type { ModeSources } from '../d20';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { baseOf } from '../sheet/items';
import { getMonster } from '../srd/monsters';
import type { Spell } from '../srd/spell-schema';
import { spellEffect } from '../srd/spell-effects';
import { isCharacter, type Combatant } from '../state';
import type { SpellDice } from './spell-damage';

/** Armour made of metal, which Shocking Grasp finds easy to strike. */
const metalArmour = new Set(['chain-shirt', 'scale-mail', 'breastplate', 'half-plate', 'ring-mail', 'chain-mail', 'splint', 'plate']);

function wearsMetal(c: Combatant): boolean {
  if (isCharacter(c)) return c.inventory.some((e) => e.equipped && metalArmour.has(baseOf(e) ?? e.item));
  const armour = c.statBlockId ? getMonster(c.statBlockId)?.armorClass[0]?.armor : undefined;
  return armour?.some((id) => metalArmour.has(id)) ?? false;
}

/** A spell's attack as an attack profile: the caster's spell attack bonus, touch or the spell's range, and its damage. */
function spellProfile(spell: Spell, attackBonus: number, damage: SpellDice): AttackProfile {
  if (!damage.type) throw new RuleViolation(`${spell.name}'s damage type is the caster's to choose: give it as the option (acid, cold, fire, lightning, poison or thunder)`);
  const feet = spell.range.kind === 'feet' ? spell.range.amount : 5;
  const melee = spell.attack === 'melee';
  return {
    name: spell.name,
    kind: melee ? 'melee' : 'ranged',
    toHit: Math.max(-5, Math.min(20, attackBonus)),
    damage: { dice: damage.dice, type: damage.type },
    extraDamage: [],
    reach: melee ? Math.max(5, Math.min(30, feet)) : 5,
    range: melee ? null : { normal: Math.min(600, feet), long: Math.min(600, feet) },
    source: { kind: 'spell', spellId: spell.id },
  };
}

/**
 * One spell attack roll (a ray, a beam, a bolt) against a creature, as any
 * attack is resolved: the caster's and target's conditions and effects,
 * range on the grid, cover, a critical's doubled dice, the target's
 * defences. The damage lands at once.
 */
export function spellAttack(turn: TurnContext, caster: Combatant, targetId: string, spell: Spell, attackBonus: number, damage: SpellDice): AttackResult {
  const target = turn.combatant(targetId);
  const metal = spellEffect(spell.id)?.effects.some((e) => e.kind === 'advantage' && e.on === 'attacks against metal-armoured target') && wearsMetal(target);
  const sources: ModeSources = { advantage: metal ? ['metal armour'] : [], disadvantage: [] };
  const { result, patches } = resolveAttack(turn.state, turn.combatant(caster.id), target, spellProfile(spell, attackBonus, damage), turn.roll, { sources });
  turn.commit(patches);
  return result;
}
