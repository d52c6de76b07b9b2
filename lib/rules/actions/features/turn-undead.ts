import { creatureKind } from '../../creature-type';
import { distanceFeet } from '../../grid';
import { RuleViolation } from '../../rule-violation';
import { addEffectPatch } from '../../sheet/effect-patches';
import { columnAt } from '../../srd/classes';
import { allCombatants, type Combatant } from '../../state';
import { spellcastingNumbers } from '../../stats';
import { rollSave } from '../saves';
import { spend, spendTurnPart, type FeatureOutcome, type FeatureUse } from './feature-use';

const TURN_UNDEAD = 'channel-divinity-turn-undead';
const REACH_FEET = 30;
const ROUNDS_PER_MINUTE = 10;

/** Undead within 30 feet of the cleric (every undead here, off the map), alive. */
function undeadInReach(use: FeatureUse): Combatant[] {
  const here = use.user.position;
  return allCombatants(use.turn.state).filter(
    (c) => !c.dead && creatureKind(c) === 'undead' && (!here || !c.position || distanceFeet(here, c.position) <= REACH_FEET),
  );
}

/** The turning as an effect on the undead: a minute long (in a fight, ten rounds), for the DM to play it fleeing. */
function turned(use: FeatureUse, undead: Combatant) {
  const combat = use.turn.state.combat;
  return addEffectPatch(undead, {
    id: `turned-by-${use.user.id}`,
    source: { kind: 'feature', id: TURN_UNDEAD, by: use.user.id },
    modifiers: [],
    ends: [{ kind: 'minutes', minutes: 1 }, ...(combat ? [{ kind: 'rounds' as const, rounds: ROUNDS_PER_MINUTE, startedRound: combat.round }] : [])],
  });
}

/**
 * Channel Divinity: Turn Undead: an action; each undead within 30 feet
 * makes a Wisdom save against the cleric's spell save DC, and one that
 * fails is turned for a minute, or destroyed outright if its challenge is
 * at or below the class table's Destroy Undead rating (from level 5).
 */
export function turnUndead(use: FeatureUse): FeatureOutcome {
  const { user, turn } = use;
  const numbers = spellcastingNumbers(user);
  if (!numbers) throw new RuleViolation(`${user.name} has no spell save DC to turn undead with`);
  const undead = undeadInReach(use);
  if (undead.length === 0) throw new RuleViolation(`No undead within ${REACH_FEET} feet of ${user.name} to turn`);
  spendTurnPart(use, 'action');
  const spent = spend(use, 'channel-divinity-1-rest', 1, 'Channel Divinity');
  const destroyUpTo = Number(columnAt(user.build.class.id, user.level, 'destroyUndeadCr') ?? 0);
  const targets = undead.map((u) => {
    const save = rollSave(turn, u.id, 'wis', numbers.saveDc);
    if (save.success) return { id: u.id, result: `resists (${save.roll.total} against DC ${numbers.saveDc})` };
    const now = turn.combatant(u.id);
    if (destroyUpTo > 0 && 'challenge' in now && now.challenge <= destroyUpTo) {
      turn.commit([{ op: 'character.hp', characterId: u.id, hp: 0 }, { op: 'character.dead', characterId: u.id, dead: true }]);
      return { id: u.id, result: `is destroyed (${save.roll.total} against DC ${numbers.saveDc})` };
    }
    turn.commit([turned(use, now)]);
    return { id: u.id, result: `is turned for a minute (${save.roll.total} against DC ${numbers.saveDc})` };
  });
  return { outcome: `${user.name} presents their holy symbol and turns the undead (spent ${spent})`, targets };
}
