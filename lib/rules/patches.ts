import { z } from 'zod';
import { gameStateSchema, type GameState } from './state';

/**
 * A state change the engine decided. Patches carry resulting values, not
 * deltas, so applying one twice changes nothing the second time.
 */
export const statePatchSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('character.hp'), characterId: z.string(), hp: z.number().int() }),
  z.object({ op: z.literal('character.conditions'), characterId: z.string(), conditions: z.array(z.string()) }),
  z.object({ op: z.literal('session.rollCount'), rollCount: z.number().int() }),
  z.object({ op: z.literal('session.round'), round: z.number().int() }),
]);

export type StatePatch = z.infer<typeof statePatchSchema>;

export class RuleViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleViolation';
  }
}

function applyOne(state: GameState, patch: StatePatch): GameState {
  switch (patch.op) {
    case 'character.hp':
    case 'character.conditions': {
      if (!state.party.some((c) => c.id === patch.characterId)) {
        throw new RuleViolation(`No character "${patch.characterId}" at this table`);
      }
      return {
        ...state,
        party: state.party.map((c) => {
          if (c.id !== patch.characterId) return c;
          return patch.op === 'character.hp' ? { ...c, hp: patch.hp } : { ...c, conditions: patch.conditions };
        }),
      };
    }
    case 'session.rollCount':
      return { ...state, rollCount: patch.rollCount };
    case 'session.round':
      return { ...state, round: patch.round };
  }
}

/** Applies patches and proves the result is still a valid game state. */
export function applyPatches(state: GameState, patches: readonly StatePatch[]): GameState {
  const next = patches.reduce(applyOne, state);
  const checked = gameStateSchema.safeParse(next);
  if (!checked.success) throw new RuleViolation(`Rejected change: ${checked.error.issues[0]?.message}`);
  return checked.data;
}
