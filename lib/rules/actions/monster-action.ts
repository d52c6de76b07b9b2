import { coverAgainst } from '../cover';
import type { Creature } from '../creature';
import { distanceFeet } from '../grid';
import type { CreatureAbility } from '../monster-shape';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { isCharacter, type Combatant, type RulesState } from '../state';
import { requireCombat, spendAction, turnPatch } from '../turn-order';
import { assertAvailable, spendLegendary, spendUse, usesLeft } from './action-uses';
import { findCreatureAction, stepAction, type ActionKind, type ActionOption } from './creature-actions';
import { monsterAttack, profileFor, type MonsterAttackResult } from './monster-attack';
import { monsterSave, type SaveEffect, type SaveTargetResult } from './monster-save';
import { spendReaction } from './reactions';

/** What the DM asks a creature to do: one of its actions by name, against whom. */
export type MonsterActionInput = { creatureId: string; action: string; targetIds?: readonly string[]; option?: string };

/** Everything a creature's action did, naming the stat block entry it came from. */
export type MonsterActionResult = {
  creatureId: string;
  action: string;
  kind: ActionKind;
  /** Where the action comes from, for the log: "Adult Red Dragon's Fire Breath". */
  source: string;
  attacks: Array<MonsterAttackResult & { action: string }>;
  saves: Array<SaveTargetResult & { action: string }>;
  /** Uses left of a limited action (recharge: 1 ready, 0 spent), when it is limited. */
  usesLeft: number | null;
  /** Legendary actions left until its next turn, after a legendary action. */
  legendaryLeft: number | null;
  /** Said when the stat block gives the action no numbers for the engine to resolve. */
  note: string | null;
};

type Outcome = Pick<MonsterActionResult, 'attacks' | 'saves' | 'note'>;

/** Why an attack could not be made against a target from where both stand, or null when it can. */
function reachProblem(state: RulesState, c: Creature, action: CreatureAbility, target: Combatant): string | null {
  const profile = profileFor(action);
  if (coverAgainst(state, c, target) === 'total') return `${target.name} is behind total cover`;
  if (!c.position || !target.position) return null;
  const distance = distanceFeet(c.position, target.position);
  const reach = profile.kind === 'melee' ? profile.reach : 0;
  const range = profile.range?.long ?? 0;
  if (distance > Math.max(reach, range)) return `${target.name} is ${distance} ft away, beyond ${action.name}'s ${profile.kind === 'melee' && !profile.range ? `${reach} ft reach` : `range`}`;
  return null;
}

function saveEffect(action: CreatureAbility, option: ActionOption | null): SaveEffect | null {
  const save = option?.save ?? action.save;
  if (!save) return null;
  const entries = option ? (option.damage ?? []) : (action.damage ?? []);
  const damage = entries.map((e) => ('oneOf' in e ? e.oneOf[0]! : e)).map((p) => ({ dice: p.dice, type: p.type }));
  return { name: option?.name ?? action.name, save, damage, area: option?.area ?? action.area ?? null, imposes: option ? [] : (action.imposes ?? []) };
}

/** One action that is not a multiattack: an attack at one target, a save action at several, or words alone. */
function perform(turn: TurnContext, c: Creature, action: CreatureAbility, option: ActionOption | null, targetIds: readonly string[], named?: string): Outcome {
  const effect = saveEffect(action, option);
  if (action.attack?.kind && !option) {
    if (targetIds.length !== 1) throw new RuleViolation(`${action.name} is one attack against one target; name exactly one`);
    const attack = monsterAttack(turn, c, action, targetIds[0]!, { named });
    return { attacks: [{ ...attack, action: action.name }], saves: [], note: null };
  }
  if (effect) return { attacks: [], saves: monsterSave(turn, c, effect, targetIds).map((s) => ({ ...s, action: effect.name })), note: null };
  if (action.options?.mode === 'choose one') {
    throw new RuleViolation(`${action.name} offers a choice: use ${action.options.list.map((o) => o.name).join(' or ')} by name`);
  }
  return { attacks: [], saves: [], note: `${c.name}'s stat block gives ${action.name} no numbers for the rules engine to roll: narrate what it does` };
}

/** The steps of the multiattack list to make: the one naming `option`, else the first whose attacks all reach their targets. */
function chooseSteps(turn: TurnContext, c: Creature, lists: NonNullable<CreatureAbility['multiattack']>, targetIds: readonly string[], option?: string) {
  if (option) {
    const wanted = stepAction(c, option).name;
    const list = lists.find((steps) => steps.some((s) => stepAction(c, s.action).name === wanted));
    if (!list) throw new RuleViolation(`${c.name}'s Multiattack has no choice with ${option}`);
    return list;
  }
  const problems = lists.map((steps) => {
    let k = 0;
    for (const step of steps) {
      const action = stepAction(c, step.action);
      if (!action.attack?.kind) continue;
      const target = turn.living(targetIds[Math.min(k++, targetIds.length - 1)]!);
      const problem = reachProblem(turn.state, c, action, target);
      if (problem) return problem;
    }
    return null;
  });
  const fits = problems.findIndex((p) => p === null);
  if (fits < 0) throw new RuleViolation(`${c.name}'s Multiattack cannot be made as named: ${problems[0]}. Name a target in reach for each attack, or use one attack alone.`);
  return lists[fits]!;
}

/** How many times a step is taken: a number, dice rolled now, or a hydra's heads (five, as it starts). */
function stepCount(turn: TurnContext, count: number | string): number {
  if (typeof count === 'number') return count;
  return count === 'heads' ? 5 : turn.roll(count).total;
}

/**
 * Multiattack: the listed actions, each as many times as listed, as one
 * action. Attacks take the named targets in order (the last named takes
 * any attacks left over); a save action among them takes every target.
 */
function multiattack(turn: TurnContext, c: Creature, entry: CreatureAbility, targetIds: readonly string[], option?: string): Outcome {
  if (targetIds.length === 0) throw new RuleViolation(`${c.name}'s Multiattack needs targets: name whom its attacks go against`);
  const steps = chooseSteps(turn, c, entry.multiattack!, targetIds, option);
  const outcome: Outcome = { attacks: [], saves: [], note: null };
  let k = 0;
  for (const step of steps) {
    const action = stepAction(c, step.action);
    for (let i = stepCount(turn, step.count); i > 0; i--) {
      const now = turn.combatant(c.id) as Creature;
      if (now.dead || now.hp === 0) return outcome;
      spendUse(turn, now, action);
      const targets = action.attack?.kind ? [targetIds[Math.min(k++, targetIds.length - 1)]!] : targetIds;
      const living = targets.filter((id) => !turn.combatant(id).dead);
      if (living.length === 0) continue;
      const done = perform(turn, now, action, null, living);
      outcome.attacks.push(...done.attacks);
      outcome.saves.push(...done.saves);
    }
  }
  return outcome;
}

/** Spends what the action costs: the action (or one attack of the Attack action), the reaction, or legendary actions. */
function spendFor(turn: TurnContext, c: Creature, kind: ActionKind, entry: CreatureAbility): number | null {
  if (kind === 'legendary') return spendLegendary(turn, c, entry);
  if (kind === 'reaction') {
    requireCombat(turn.state);
    turn.able(c.id);
    spendReaction(turn, c, entry.name);
    return null;
  }
  turn.actor(c.id);
  const combat = turn.state.combat;
  const single = entry.attack?.kind && !entry.multiattack;
  if (combat) turn.commit([turnPatch(combat, spendAction(combat, c, single ? 'attack' : 'action'))]);
  return null;
}

/**
 * A creature uses one of its stat block's actions, reactions or legendary
 * actions by name: an attack, a save action (a breath weapon), a choice of
 * options, or its Multiattack as one action. Its recharge or daily uses
 * must allow it, and it costs what the rules say it costs. The stat block
 * decides every number: the DM only names the action and the targets.
 */
export function monsterAction(turn: TurnContext, input: MonsterActionInput): MonsterActionResult {
  const c = turn.combatant(input.creatureId);
  if (isCharacter(c)) throw new RuleViolation(`${c.name} is a player character: characters act with attack, cast_spell and the other actions, not with a stat block's actions`);
  const found = findCreatureAction(c, input.action);
  const option = found.option ?? (input.option && found.entry.options ? (found.entry.options.list.find((o) => o.name.toLowerCase() === input.option!.toLowerCase()) ?? null) : null);
  assertAvailable(c, found.entry);
  const made = found.makes ?? found.entry;
  const legendaryLeft = spendFor(turn, c, found.kind, found.entry);
  spendUse(turn, turn.combatant(c.id) as Creature, found.entry);
  const targetIds = [...new Set(input.targetIds ?? [])];
  const acting = turn.combatant(c.id) as Creature;
  const outcome = made.multiattack ? multiattack(turn, acting, made, targetIds, input.option) : perform(turn, acting, made, option, targetIds, found.makes ? undefined : input.action);
  const after = turn.combatant(c.id) as Creature;
  return {
    creatureId: c.id,
    action: option ? `${found.entry.name}: ${option.name}` : found.entry.name,
    kind: found.kind,
    source: `${c.name}'s ${option?.name ?? found.entry.name}${found.makes ? ` (its ${found.makes.name})` : ''}`,
    ...outcome,
    usesLeft: usesLeft(after, found.entry),
    legendaryLeft,
  };
}
