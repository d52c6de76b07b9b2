import { applyConditionPatches } from '../condition-patches';
import { has, targetModes } from '../conditions';
import { combineModes, criticalNotation, d20Notation, mergeSources, naturalD20, signed } from '../d20';
import { damagePatches, type DamageOutcome } from '../damage';
import type { DamageType } from '../damage-types';
import type { DiceRollRecord } from '../dice';
import { effectsAgainst, spentEffectPatches } from '../effect-rolls';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { Hazard } from '../scene-hazards';
import { addEffectPatch } from '../sheet/effect-patches';
import { trapDamage, trapNumbers } from '../srd/traps';
import type { Combatant, RulesState } from '../state';
import { rollSave } from './saves';

/** The SRD's falling damage: 1d6 per 10 feet fallen, to a maximum of 20d6. */
const FALL_DIE = 6;
const MAX_FALL_DICE = 20;

/** A hazard's numbers at the party's level, all from the SRD: damage dice, save DC or attack bonus, damage type. */
export type HazardNumbers = { dice: string; type: DamageType; dc: number | null; attackBonus: number | null };

/** What a hazard did to one creature it caught. */
export type HazardTargetResult = {
  targetId: string;
  /** The save or attack roll that decided it, when the hazard calls for one. */
  roll: DiceRollRecord | null;
  /** Saved (for a save), missed (for an attack), or null for a fall, which nobody avoids. */
  avoided: boolean | null;
  damage: number;
  hpBefore: number;
  hpAfter: number;
  outcome: DamageOutcome['result'] | null;
  /** A condition it left, by name. */
  condition: string | null;
};

/** A hazard going off, with the numbers the rules used and what befell each target. */
export type HazardResult = { hazardId: string; hazard: string; how: Hazard['how']['kind']; numbers: HazardNumbers; targets: HazardTargetResult[] };

/** The party's level for the trap table: the average of its living members' levels, rounded down. */
export function partyLevel(state: RulesState): number {
  const living = state.party.filter((c) => !c.dead);
  const members = living.length ? living : state.party;
  return Math.min(20, Math.max(1, Math.floor(members.reduce((sum, c) => sum + c.level, 0) / members.length)));
}

/** The numbers of a hazard at a party level, from the trap table (or the falling rule). */
export function hazardNumbers(hazard: Hazard, level: number): HazardNumbers {
  const how = hazard.how;
  if (how.kind === 'fall') return { dice: `${Math.min(MAX_FALL_DICE, Math.floor(how.feet / 10))}d${FALL_DIE}`, type: 'bludgeoning', dc: null, attackBonus: null };
  const dice = trapDamage(how.severity, level);
  if (how.kind === 'save') return { dice, type: how.damageType, dc: how.dc ?? trapNumbers[how.severity].saveDc.min, attackBonus: null };
  return { dice, type: how.damageType, dc: null, attackBonus: how.attackBonus ?? trapNumbers[how.severity].attackBonus.min };
}

/** Finds a hazard the scene declares, or refuses with the ones it does. */
export function declaredHazard(state: RulesState, hazardId: string): Hazard {
  const hazards = state.scene.hazards;
  const found = hazards.find((h) => h.id === hazardId);
  if (found) return found;
  const declared = hazards.length ? `This scene declares: ${hazards.map((h) => `${h.id} (${h.name})`).join(', ')}.` : 'This scene declares no hazards.';
  throw new RuleViolation(`No hazard "${hazardId}" here: damage outside attacks and spells comes only from a hazard the scene declares. ${declared}`);
}

/** The condition a hazard leaves, as an effect that ends it when its minutes (or, in a fight, their rounds) are up. */
function leaveCondition(turn: TurnContext, hazard: Hazard, target: Combatant): string | null {
  const leaves = hazard.condition;
  if (!leaves || target.dead || target.conditionImmunities.includes(leaves.condition)) return null;
  const combat = turn.state.combat;
  const rounds = combat ? [{ kind: 'rounds' as const, rounds: Math.min(1000, leaves.minutes * 10), startedRound: combat.round }] : [];
  turn.commit([
    ...(has(target, leaves.condition) ? [] : applyConditionPatches(target, leaves.condition)),
    addEffectPatch(target, {
      id: `hazard-${hazard.id}`,
      source: { kind: 'hazard', id: hazard.id, by: target.id },
      modifiers: [{ kind: 'condition', condition: leaves.condition }],
      ends: [{ kind: 'minutes', minutes: leaves.minutes }, ...rounds],
    }),
  ]);
  return leaves.condition;
}

/** Deals a hazard's damage to one target and reports it. */
function hurt(turn: TurnContext, target: Combatant, amount: number, type: DamageType, critical: boolean): Pick<HazardTargetResult, 'damage' | 'hpBefore' | 'hpAfter' | 'outcome'> {
  const dealt = damagePatches(target, amount, { type, critical });
  turn.commit(dealt.patches);
  return { damage: dealt.outcome.amount, hpBefore: target.hp, hpAfter: turn.combatant(target.id).hp, outcome: dealt.outcome.result };
}

/** A trap's attack against one creature: d20 + its bonus against AC, with what the target's state gives. */
function trapAttack(turn: TurnContext, target: Combatant, bonus: number): { roll: DiceRollRecord; hit: boolean; critical: boolean } {
  const dodging = turn.state.combat?.dodging.includes(target.id) === true;
  const against = effectsAgainst(target);
  const mode = combineModes(mergeSources(targetModes(target, true), against.modes, { advantage: [], disadvantage: dodging ? ['target dodging'] : [] }));
  const roll = turn.roll(d20Notation(mode, bonus));
  turn.commit(spentEffectPatches(target, against.spent));
  const natural = naturalD20(roll, mode);
  const hit = natural === 20 || (natural !== 1 && roll.total >= target.ac);
  return { roll, hit, critical: natural === 20 };
}

function resolveOn(turn: TurnContext, hazard: Hazard, numbers: HazardNumbers, target: Combatant, shared: DiceRollRecord | null): HazardTargetResult {
  const how = hazard.how;
  const none = { damage: 0, hpBefore: target.hp, hpAfter: target.hp, outcome: null, condition: null };
  if (how.kind === 'save') {
    const save = rollSave(turn, target.id, how.ability, numbers.dc!);
    const amount = save.success ? (how.onSuccess === 'half' ? Math.floor(shared!.total / 2) : 0) : shared!.total;
    const dealt = amount > 0 ? hurt(turn, turn.combatant(target.id), amount, numbers.type, false) : none;
    const condition = save.success ? null : leaveCondition(turn, hazard, turn.combatant(target.id));
    return { targetId: target.id, roll: save.roll, avoided: save.success, ...dealt, condition };
  }
  if (how.kind === 'attack') {
    const attack = trapAttack(turn, target, numbers.attackBonus!);
    if (!attack.hit) return { targetId: target.id, roll: attack.roll, avoided: true, ...none };
    const damage = turn.roll(attack.critical ? criticalNotation(numbers.dice) : numbers.dice);
    const dealt = hurt(turn, target, damage.total, numbers.type, attack.critical);
    return { targetId: target.id, roll: attack.roll, avoided: false, ...dealt, condition: leaveCondition(turn, hazard, turn.combatant(target.id)) };
  }
  const dealt = hurt(turn, target, turn.roll(numbers.dice).total, numbers.type, false);
  const fallen = turn.combatant(target.id);
  // A creature lands prone from a fall it took damage from.
  if (dealt.damage > 0 && !fallen.dead && !has(fallen, 'prone')) turn.commit(applyConditionPatches(fallen, 'prone'));
  return { targetId: target.id, roll: null, avoided: null, ...dealt, condition: leaveCondition(turn, hazard, turn.combatant(target.id)) };
}

/**
 * A hazard the scene declares goes off on the creatures it catches: each
 * saves or is attacked as the hazard says, and takes its damage from the
 * SRD's trap table (one roll for everyone a save-for-half hazard catches,
 * as for an area spell) or the falling rule; a one-shot trap is spent.
 */
export function triggerHazard(turn: TurnContext, hazardId: string, targetIds: readonly string[]): HazardResult {
  const hazard = declaredHazard(turn.state, hazardId);
  if (hazard.sprung) throw new RuleViolation(`${hazard.name} has already gone off and does not rearm`);
  const ids = [...new Set(targetIds)];
  if (ids.length === 0) throw new RuleViolation(`${hazard.name} needs someone to catch`);
  const targets = ids.map((id) => turn.living(id));
  const numbers = hazardNumbers(hazard, partyLevel(turn.state));
  const shared = hazard.how.kind === 'save' ? turn.roll(numbers.dice) : null;
  const results = targets.map((t) => resolveOn(turn, hazard, numbers, turn.combatant(t.id), shared));
  if (!hazard.rearms) turn.commit([{ op: 'scene.hazardSprung', hazardId: hazard.id }]);
  return { hazardId: hazard.id, hazard: hazard.name, how: hazard.how.kind, numbers, targets: results };
}

/** A hazard's numbers as one phrase for the log: "2d10 piercing, DC 12 Dexterity save". */
export function describeNumbers(hazard: Hazard, numbers: HazardNumbers): string {
  const how = hazard.how;
  const test = how.kind === 'save' ? `, DC ${numbers.dc} ${how.ability} save` : how.kind === 'attack' ? `, ${signed(numbers.attackBonus!)} to hit` : ` from a ${how.feet} ft fall`;
  return `${numbers.dice} ${numbers.type}${test}`;
}
