import { isIncapacitated } from '../../conditions';
import { RuleViolation } from '../../rule-violation';
import { addEffectPatch } from '../../sheet/effect-patches';
import { allCombatants } from '../../state';
import { sideOf, skillMod, speedOf } from '../../stats';
import { requireCombat, turnPatch } from '../../turn-order';
import { rollCheck } from '../ability-check';
import type { FeatureUse } from './feature-use';

/** The actions a feature lets a creature take as a bonus action (Cunning Action, Step of the Wind, Patient Defense). */
export type QuickAction = 'dash' | 'disengage' | 'dodge' | 'hide';

/** Reads which of the allowed actions the player chose ("dash", "I disengage", "hide"). */
export function chosenAction(use: FeatureUse, allowed: readonly QuickAction[]): QuickAction {
  const option = (use.input.option ?? '').toLowerCase();
  const found = allowed.find((a) => option.includes(a));
  if (!found) throw new RuleViolation(`${use.feature.name} takes ${allowed.map((a) => a[0]!.toUpperCase() + a.slice(1)).join(', ').replace(/, ([^,]*)$/, ' or $1')}: say which`);
  return found;
}

/** Extra movement equal to the creature's speed for the rest of its turn. */
function dash(use: FeatureUse): string {
  const combat = requireCombat(use.turn.state);
  const speed = speedOf(use.user);
  use.turn.commit([turnPatch(combat, { ...combat.turn, movementBonus: combat.turn.movementBonus + speed })]);
  return `dashes (+${speed} ft this turn)`;
}

/** For the rest of its turn, its movement provokes no opportunity attacks. */
function disengage(use: FeatureUse): string {
  const combat = requireCombat(use.turn.state);
  if (combat.turn.disengaged) throw new RuleViolation(`${use.user.name} has already disengaged this turn`);
  use.turn.commit([turnPatch(combat, { ...combat.turn, disengaged: true })]);
  return 'disengages: moving away provokes no opportunity attacks this turn';
}

/** Attacks against it have disadvantage and its Dexterity saves advantage until its next turn. */
function dodge(use: FeatureUse): string {
  const combat = requireCombat(use.turn.state);
  if (!combat.dodging.includes(use.user.id)) use.turn.commit([{ op: 'combat.dodging', dodging: [...combat.dodging, use.user.id] }]);
  return 'dodges until their next turn';
}

/**
 * A Stealth check against the best passive Perception among the foes who
 * could notice (the scene's DC when none can). Hidden, its next attack
 * roll has advantage, as an unseen attacker's does, until its next turn ends.
 */
function hide(use: FeatureUse): string {
  const { user, turn } = use;
  const watchers = allCombatants(turn.state).filter((c) => sideOf(c) !== sideOf(user) && !c.dead && c.hp > 0 && !isIncapacitated(c));
  const dc = watchers.length ? Math.max(...watchers.map((w) => 10 + skillMod(w, 'perception'))) : turn.state.scene.dc;
  const check = rollCheck(turn, user.id, 'stealth', dc);
  if (!check.success) return `tries to hide but is noticed (${check.roll.total} against ${dc})`;
  const combat = turn.state.combat;
  turn.commit([
    addEffectPatch(turn.combatant(user.id), {
      id: 'hidden',
      source: { kind: 'feature', id: use.feature.id, by: user.id },
      modifiers: [{ kind: 'advantage', on: 'attack rolls', once: true }],
      ends: combat ? [{ kind: 'turn', edge: 'end', of: user.id, round: combat.round + 1 }] : [{ kind: 'minutes', minutes: 1 }],
    }),
  ]);
  return `hides (${check.roll.total} against ${dc}): the next attack roll has advantage`;
}

/** Takes one of these actions and says what it did. */
export function takeQuickAction(use: FeatureUse, action: QuickAction): string {
  if (action !== 'hide' && !use.turn.state.combat) throw new RuleViolation(`${action[0]!.toUpperCase()}${action.slice(1)} matters only in a fight, where movement and attacks are counted`);
  switch (action) {
    case 'dash':
      return dash(use);
    case 'disengage':
      return disengage(use);
    case 'dodge':
      return dodge(use);
    case 'hide':
      return hide(use);
  }
}
