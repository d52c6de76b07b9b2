import { skillAbility, type Ability, type Skill } from '../abilities';
import { abilityCheck, type CheckResult } from '../checks';
import { noModeSources, type ModeSources } from '../d20';
import { effectsOnRoll, spentEffectPatches } from '../effect-rolls';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { Obstacle } from '../scene-hazards';
import { fireTriggers, type Triggered } from './story-triggers';

/** Advantage or disadvantage the DM grants on a check, as the SRD lets a DM do; the log names it the DM's ruling. */
export type CheckRuling = { advantage?: boolean; disadvantage?: boolean };

/** What a check is made against: an obstacle the scene declares, a creature's own roll, or the scene's DC. */
export type CheckAgainst = { obstacleId?: string; opposedBy?: { creatureId: string; skill: Skill | Ability } };

/** A check and what it was made against. */
export type CheckOutcome = {
  check: CheckResult;
  /** The obstacle it was made against, with what its success or failure does and the hazard a failure sets off. */
  obstacle: Pick<Obstacle, 'id' | 'name' | 'success' | 'failure' | 'hazardId'> | null;
  /** The opposing creature's check in a contest; a tie leaves things as they were, so the one who tried fails. */
  contest: { creatureId: string; check: CheckResult } | null;
  /** What overcoming the obstacle set off in the story (story-triggers.ts). */
  triggered: Triggered[];
};

export const DM_RULING = 'DM ruling';

function rulingSources(ruling: CheckRuling): ModeSources {
  return { advantage: ruling.advantage ? [DM_RULING] : [], disadvantage: ruling.disadvantage ? [DM_RULING] : [] };
}

const isSkill = (s: Skill | Ability): s is Skill => s in skillAbility;

/** Rolls a check with the effects on the creature, and the effects the roll uses up (Guidance). */
function rollWithEffects(turn: TurnContext, id: string, skill: Skill | Ability, dc: number, sources: ModeSources): { result: CheckResult; spend: () => void } {
  const creature = turn.able(id);
  const spent = effectsOnRoll(creature, 'ability check', isSkill(skill) ? skillAbility[skill] : skill).spent;
  const result = abilityCheck(creature, skill, dc, turn.roll, sources);
  return { result, spend: () => turn.commit(spentEffectPatches(creature, spent)) };
}

/** One ability check rolled inside an action, recorded for the log. */
export function rollCheck(turn: TurnContext, id: string, skill: Skill | Ability, dc: number, sources: ModeSources = noModeSources): CheckResult {
  const { result, spend } = rollWithEffects(turn, id, skill, dc, sources);
  turn.recordCheck(result);
  spend();
  return result;
}

/** A contest: both roll, and the one who tries must beat the other's total (a tie leaves things as they were). */
function contest(turn: TurnContext, characterId: string, skill: Skill | Ability, opposedBy: { creatureId: string; skill: Skill | Ability }, sources: ModeSources) {
  if (opposedBy.creatureId === characterId) throw new RuleViolation('A contest needs someone else to oppose');
  const mine = rollWithEffects(turn, characterId, skill, 0, sources);
  const theirs = rollWithEffects(turn, opposedBy.creatureId, opposedBy.skill, 0, noModeSources);
  const mineTotal = mine.result.roll.total;
  const theirTotal = theirs.result.roll.total;
  const check = { ...mine.result, dc: theirTotal + 1, success: mineTotal > theirTotal };
  const opposing = { ...theirs.result, dc: mineTotal, success: theirTotal >= mineTotal };
  turn.recordCheck(check);
  turn.recordCheck(opposing);
  mine.spend();
  theirs.spend();
  return { check, opposing };
}

function declaredObstacle(turn: TurnContext, obstacleId: string, skill: Skill | Ability): Obstacle {
  const obstacles = turn.state.scene.obstacles;
  const found = obstacles.find((o) => o.id === obstacleId);
  if (!found) {
    const declared = obstacles.length ? `It declares: ${obstacles.map((o) => `${o.id} (${o.name})`).join(', ')}.` : 'It declares none; checks here use its DC.';
    throw new RuleViolation(`This scene has no obstacle "${obstacleId}". ${declared}`);
  }
  if (!found.skills.includes(skill)) throw new RuleViolation(`${found.name} is overcome with ${found.skills.join(' or ')}, not ${skill}`);
  return found;
}

/**
 * An ability check whose DC the rules own: an obstacle's (written by the
 * campaign's author), the scene's own, or, in a contest, the opposing
 * creature's roll (the one who tries must beat it; a tie changes nothing).
 */
export function makeCheck(turn: TurnContext, characterId: string, skill: Skill | Ability, against: CheckAgainst = {}, ruling: CheckRuling = {}): CheckOutcome {
  if (against.obstacleId !== undefined && against.opposedBy) throw new RuleViolation('A check is made against an obstacle or against a creature, not both');
  turn.able(characterId);
  const sources = rulingSources(ruling);
  if (against.opposedBy) {
    const { check, opposing } = contest(turn, characterId, skill, against.opposedBy, sources);
    return { check, obstacle: null, contest: { creatureId: against.opposedBy.creatureId, check: opposing }, triggered: [] };
  }
  const obstacle = against.obstacleId !== undefined ? declaredObstacle(turn, against.obstacleId, skill) : null;
  const check = rollCheck(turn, characterId, skill, obstacle?.dc ?? turn.state.scene.dc, sources);
  const seen = obstacle && { id: obstacle.id, name: obstacle.name, success: obstacle.success, failure: obstacle.failure, hazardId: obstacle.hazardId };
  const triggered = obstacle && check.success ? fireTriggers(turn, { kind: 'overcome', obstacleId: obstacle.id }) : [];
  return { check, obstacle: seen, contest: null, triggered };
}
