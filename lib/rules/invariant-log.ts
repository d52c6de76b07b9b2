import { checkInvariants, type InvariantViolation } from './invariants';
import { gameStateSchema } from './state';
import { reducePatch, type StatePatch } from './patches';
import type { GameState, RulesState } from './state';

type Sheet = RulesState['party'][number] | RulesState['creatures'][number];

function sheets(state: RulesState): Map<string, Sheet> {
  return new Map([...state.party, ...state.creatures].map((c) => [c.id, c]));
}

/** Experience only grows (a game master's correction aside), and levels come one at a time. */
function checkProgress(previous: RulesState, after: RulesState, patch: StatePatch, step: number): InvariantViolation[] {
  return after.party.flatMap((c) => {
    const was = previous.party.find((p) => p.id === c.id);
    if (!was) return [];
    const found: InvariantViolation[] = [];
    if (c.xp < was.xp && patch.op !== 'character.xpCorrection') found.push({ rule: 'xp-decreased', message: `${c.name}'s XP fell from ${was.xp} to ${c.xp} (${patch.op})`, subjectId: c.id, step });
    if (c.level < was.level || c.level > was.level + 1) found.push({ rule: 'level-jump', message: `${c.name} went from level ${was.level} to ${c.level} (${patch.op})`, subjectId: c.id, step });
    return found;
  });
}

/**
 * Changes no patch may make: rollCount only grows, experience and levels
 * only go up (levels one at a time), and whoever was dead when the step
 * began stays dead with no more hit points than it had.
 */
function checkTransition(
  previous: RulesState,
  stepStart: RulesState,
  after: RulesState,
  patch: StatePatch,
  step: number,
): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  if (after.rollCount < previous.rollCount) found.push({ rule: 'roll-count-decreased', message: 'rollCount went backwards', step });
  found.push(...checkProgress(previous, after, patch, step));
  const old = sheets(stepStart);
  for (const [id, c] of sheets(after)) {
    const was = old.get(id);
    if (!was?.dead) continue;
    if (!c.dead) found.push({ rule: 'raised-from-dead', message: `${c.name} came back from the dead (${patch.op})`, subjectId: id, step });
    if (c.hp > was.hp) found.push({ rule: 'dead-healed', message: `${c.name} regained HP while dead (${patch.op})`, subjectId: id, step });
  }
  return found;
}

/**
 * Replays a session's log, one step (a tool call or a turn) at a time, and
 * reports every invariant broken after a step and every forbidden change a
 * patch made. States inside a step may be briefly inconsistent (hit points
 * drop before unconsciousness is added), so state checks run between steps.
 */
export function checkLog(initial: GameState, steps: readonly (readonly StatePatch[])[]): InvariantViolation[] {
  const violations: InvariantViolation[] = checkInvariants(initial).map((v) => ({ ...v, step: 0 }));
  const parsed = gameStateSchema.safeParse(initial);
  if (!parsed.success) {
    return violations.length ? violations : [{ rule: 'schema', message: parsed.error.issues[0]?.message ?? 'invalid', step: 0 }];
  }
  let state = parsed.data;
  steps.forEach((patches, index) => {
    const step = index + 1;
    const stepStart = state;
    for (const patch of patches) {
      try {
        const next = reducePatch(state, patch);
        violations.push(...checkTransition(state, stepStart, next, patch, step));
        state = next;
      } catch (error) {
        violations.push({ rule: 'patch-rejected', message: `${patch.op}: ${(error as Error).message}`, step });
      }
    }
    violations.push(...checkInvariants(state).map((v) => ({ ...v, step })));
  });
  return violations;
}
