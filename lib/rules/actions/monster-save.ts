import { areaHolds, describeArea } from '../area';
import { applyConditionPatches, type ConditionOrExhaustion } from '../condition-patches';
import { coverAgainst, coverBonus, type Cover } from '../cover';
import type { Creature } from '../creature';
import { damagePatches } from '../damage';
import { adjustForType, type DamageType } from '../damage-types';
import { defensesAgainst } from '../damage-defenses';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { Save } from '../srd/common';
import type { MonsterArea } from '../srd/monster-schema';
import type { Combatant } from '../state';
import { rollSave } from './saves';

/** What a save action does: its save, damage, area and conditions, from the action or the option chosen. */
export type SaveEffect = {
  name: string;
  save: Save;
  damage: Array<{ dice: string; type: DamageType }>;
  area: MonsterArea | null;
  imposes: ConditionOrExhaustion[];
};

/** How one target fared against a save action. */
export type SaveTargetResult = { targetId: string; total: number; dc: number; saved: boolean; cover: Cover; damage: number; imposed: ConditionOrExhaustion[] };

/** Refuses targets the effect cannot reach: outside its area from where the creature stands, or behind total cover. */
function assertReaches(turn: TurnContext, creature: Creature, effect: SaveEffect, targets: readonly Combatant[]): void {
  const origin = creature.position;
  for (const target of targets) {
    if (coverAgainst(turn.state, creature, target) === 'total') {
      throw new RuleViolation(`${target.name} is behind total cover from ${creature.name}: ${effect.name} cannot reach it. Leave it out of the targets.`);
    }
  }
  if (!effect.area || !origin) return;
  const placed = targets.filter((t) => t.position).map((t) => t.position!);
  if (!areaHolds(effect.area, origin, placed)) {
    throw new RuleViolation(
      `${effect.name} covers ${describeArea(effect.area)}, from where ${creature.name} stands; not all of ${targets.map((t) => t.name).join(', ')} fit in it. Name only creatures one ${effect.area.shape === 'around' ? 'burst' : effect.area.shape} can take in.`,
    );
  }
}

/**
 * A save action (a breath weapon, a wing buffet, a frightful presence):
 * each target in reach saves against the stat block's DC, with cover's
 * bonus on a Dexterity save; the damage is rolled once for all and each
 * takes it, halved on a success when the action says so, through its own
 * defences; a failure imposes the action's conditions, the creature their
 * source.
 */
export function monsterSave(turn: TurnContext, creature: Creature, effect: SaveEffect, targetIds: readonly string[]): SaveTargetResult[] {
  const dc = effect.save.dc;
  if (dc === undefined) throw new RuleViolation(`${effect.name} has no save DC in ${creature.name}'s stat block`);
  if (targetIds.length === 0) throw new RuleViolation(`${effect.name} needs targets: name the creatures in its area`);
  const targets = targetIds.map((id) => turn.living(id));
  if (targets.some((t) => t.id === creature.id)) throw new RuleViolation(`${creature.name} is not caught in its own ${effect.name}`);
  assertReaches(turn, creature, effect, targets);
  const rolled = effect.damage.map((part) => ({ ...part, total: turn.roll(part.dice).total }));
  return targets.map((t) => {
    const cover = coverAgainst(turn.state, creature, t);
    const bonus = effect.save.ability === 'dex' && cover !== 'total' ? coverBonus[cover] : 0;
    const save = rollSave(turn, t.id, effect.save.ability, dc, undefined, bonus);
    const now = turn.combatant(t.id);
    const fraction = save.success ? (effect.save.onSuccess === 'half' ? 0.5 : 0) : 1;
    const amount = rolled.reduce((sum, part) => sum + adjustForType(Math.floor(part.total * fraction), part.type, defensesAgainst(now, { kind: 'other' })).amount, 0);
    if (amount > 0 && !now.dead) turn.commit(damagePatches(now, amount).patches);
    const imposed: ConditionOrExhaustion[] = [];
    for (const condition of save.success ? [] : effect.imposes) {
      const held = turn.combatant(t.id);
      if (held.dead || held.conditionImmunities.includes(condition) || (condition !== 'exhaustion' && held.conditions.includes(condition))) continue;
      turn.commit(applyConditionPatches(held, condition, creature.id));
      imposed.push(condition);
    }
    return { targetId: t.id, total: save.roll.total, dc, saved: save.success, cover, damage: amount, imposed };
  });
}
