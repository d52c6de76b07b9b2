import type { StatePatch } from '@/lib/rules/patches';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { GameState } from '@/lib/rules/state';

/** A session log as the invariant checker replays it: the opening state, then each committed step's patches. */
export function logSteps(events: SessionEvent[]): { initial: GameState; steps: StatePatch[][] } {
  const start = events.find((e) => e.type === 'session.started');
  if (!start || start.type !== 'session.started' || !start.data.initialState) throw new Error('The log has no opening state to replay from');
  const steps = events.flatMap((e) => {
    switch (e.type) {
      case 'dm.narrated':
      case 'turn.advanced':
      case 'combat.ended':
      case 'map.arrived':
      case 'party.joined':
      case 'xp.awarded':
      case 'character.leveled':
        return [e.data.patches];
      default:
        return [];
    }
  });
  return { initial: start.data.initialState, steps };
}
